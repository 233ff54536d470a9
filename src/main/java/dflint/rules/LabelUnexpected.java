package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;

/** With strict labels on, a LABEL outside the label schema. */
@RuleInfo(id = "DF3050", slug = "label-unexpected", severity = Severity.INFO,
        summary = "With strict labels, a LABEL key is not in the label schema",
        aliases = {"DL3050"}, tags = {"labels"})
public final class LabelUnexpected implements Rule {
    @Override
    public void check(RuleContext cx) {
        if (!cx.options().strictLabels()) return;
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Label label)) continue;
            for (Instruction.KeyValue kv : label.pairs()) {
                String key = WordValues.literal(kv.key(), cx.file().escape());
                if (key == null || cx.options().labelSchema().containsKey(key)) continue;
                cx.report(kv.key().range(), "LABEL " + key + " is not in the label schema and strict labels are on; "
                        + (cx.options().labelSchema().isEmpty() ? "the schema is empty"
                        : "allowed: " + String.join(", ", new java.util.TreeSet<>(cx.options().labelSchema().keySet()))));
            }
        }
    }
}
