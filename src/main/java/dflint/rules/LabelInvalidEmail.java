package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** A label the schema types as email holds something else. */
@RuleInfo(id = "DF3058", slug = "label-invalid-email", severity = Severity.WARNING,
        summary = "An email label from the label schema is not an email address",
        aliases = {"DL3058"}, tags = {"labels"})
public final class LabelInvalidEmail implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "email")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not an email address (name@example.com), as the label schema requires");
            }
        }
    }

    static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~.-";

    static boolean valid(String v) {
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1 || v.length() > 254) return false;
        String local = v.substring(0, at), domain = v.substring(at + 1);
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) return false;
        for (int k = 0; k < local.length(); k++) {
            char c = local.charAt(k);
            if (!Character.isLetterOrDigit(c) && LOCAL_SPECIALS.indexOf(c) < 0) return false;
        }
        String[] parts = domain.split("\\.", -1);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 63 || p.startsWith("-") || p.endsWith("-")) return false;
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (!Character.isLetterOrDigit(c) && c != '-') return false;
            }
        }
        return true;
    }
}
