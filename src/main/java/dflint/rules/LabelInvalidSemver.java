package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;

/** A label the schema types as semver holds something else. */
@RuleInfo(id = "DF3056", slug = "label-invalid-semver", severity = Severity.WARNING,
        summary = "A semver label from the label schema is not a semantic version",
        aliases = {"DL3056"}, tags = {"labels"})
public final class LabelInvalidSemver implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "semver")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not a semantic version (MAJOR.MINOR.PATCH[-pre][+build]), as the label schema requires");
            }
        }
    }

    static boolean valid(String v) {
        int plus = v.indexOf('+');
        String build = plus < 0 ? null : v.substring(plus + 1);
        String rest = plus < 0 ? v : v.substring(0, plus);
        int dash = rest.indexOf('-');
        String pre = dash < 0 ? null : rest.substring(dash + 1);
        String core = dash < 0 ? rest : rest.substring(0, dash);
        String[] nums = core.split("\\.", -1);
        if (nums.length != 3) return false;
        for (String n : nums) {
            if (!numeric(n)) return false;
        }
        return (pre == null || identifiers(pre, true)) && (build == null || identifiers(build, false));
    }

    private static boolean numeric(String n) {
        if (n.isEmpty() || (n.length() > 1 && n.charAt(0) == '0')) return false;
        return Scan.asciiDigits(n);
    }

    private static boolean identifiers(String s, boolean noLeadingZeros) {
        for (String id : s.split("\\.", -1)) {
            if (id.isEmpty()) return false;
            boolean digits = true;
            for (int k = 0; k < id.length(); k++) {
                char c = id.charAt(k);
                boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                if (!alnum) return false;
                digits &= c >= '0' && c <= '9';
            }
            if (noLeadingZeros && digits && id.length() > 1 && id.charAt(0) == '0') return false;
        }
        return true;
    }
}
