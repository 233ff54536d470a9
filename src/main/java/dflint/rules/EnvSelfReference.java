package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ENV that reads a variable it sets itself: every value of one ENV is expanded
 * before any of its assignments happen, so the read sees the old value.
 */
@RuleInfo(id = "DF3044", slug = "env-self-reference", severity = Severity.WARNING,
        summary = "ENV uses a variable set earlier in the same ENV, which reads the old value",
        aliases = {"DL3044"}, tags = {"correctness"})
public final class EnvSelfReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        char escape = cx.file().escape();
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Env env)) continue;
            Map<String, String> setHere = new LinkedHashMap<>();
            for (Instruction.KeyValue kv : env.pairs()) {
                if (kv.value() != null) {
                    for (VariableExpander.Reference ref : VariableExpander.references(kv.value().value(), escape)) {
                        String earlier = setHere.get(ref.name());
                        if (earlier == null) continue;
                        int len = ref.name().length() + (kv.value().value().startsWith("${", ref.offset()) ? 3 : 1);
                        cx.report(WordValues.within(kv.value(), ref.offset(), len),
                                "ENV sets " + ref.name() + "=" + earlier + " and reads $" + ref.name() + " for " + kv.name()
                                        + " in the same instruction; the read sees the value from before this ENV, not "
                                        + earlier + "; set " + ref.name() + " in an earlier ENV");
                        break;
                    }
                    String literal = WordValues.literal(kv.value(), escape);
                    setHere.put(kv.name(), literal == null ? kv.value().value() : literal);
                } else {
                    setHere.put(kv.name(), "");
                }
            }
        }
    }
}
