package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import java.util.Locale;

/** A label the schema requires is set to an empty value. */
@RuleInfo(id = "DF3051", slug = "label-empty", severity = Severity.WARNING,
        summary = "A label from the label schema has an empty value",
        aliases = {"DL3051"}, tags = {"labels"})
public final class LabelEmpty implements Rule {
    @Override
    public void check(RuleContext cx) {
        if (cx.options().labelSchema().isEmpty()) return;
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Label label)) continue;
            for (Instruction.KeyValue kv : label.pairs()) {
                String key = WordValues.literal(kv.key(), cx.file().escape());
                if (key == null || !cx.options().labelSchema().containsKey(key)) continue;
                String value = kv.value() == null ? "" : WordValues.literal(kv.value(), cx.file().escape());
                if (value != null && value.isBlank()) {
                    String kind = cx.options().labelSchema().get(key).toLowerCase(Locale.ROOT);
                    cx.report(SchemaLabels.at(kv), "LABEL " + key + " is empty; the label schema requires a "
                            + kind + " value");
                }
            }
        }
    }
}
