package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** A label the schema types as hash holds something else. */
@RuleInfo(id = "DF3055", slug = "label-invalid-hash", severity = Severity.WARNING,
        summary = "A hash label from the label schema is not a git commit hash",
        aliases = {"DL3055"}, tags = {"labels"})
public final class LabelInvalidHash implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "hash")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not a git commit hash (7 to 40 lower-case hex digits, or 64), as the label schema requires");
            }
        }
    }

    static boolean valid(String v) {
        if (!((v.length() >= 7 && v.length() <= 40) || v.length() == 64)) return false;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) return false;
        }
        return true;
    }
}
