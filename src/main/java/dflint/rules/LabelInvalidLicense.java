package dflint.rules;

import dflint.engine.Packaged;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A label the schema types as spdx is not an SPDX license expression. */
@RuleInfo(id = "DF3054", slug = "label-invalid-license", severity = Severity.WARNING,
        summary = "An spdx label from the label schema is not an SPDX license expression",
        aliases = {"DL3054"}, tags = {"labels"})
public final class LabelInvalidLicense implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SchemaLabels.Typed label : SchemaLabels.of(cx, "spdx")) {
            if (!label.value().isBlank() && !valid(label.value())) {
                cx.report(label.at(), "LABEL " + label.key() + "=" + label.value()
                        + " is not an SPDX license expression (MIT, Apache-2.0, GPL-2.0-only OR MIT), as the label schema requires");
            }
        }
    }

    private static final class Ids {
        static final Set<String> LICENSES = new HashSet<>();
        static final Set<String> EXCEPTIONS = new HashSet<>();

        static {
            // rules/spdx-ids.txt, compiled in by the build: no jar to open
            for (String line : Packaged.SPDX_IDS.split("\n")) {
                if (line.startsWith("license ")) LICENSES.add(line.substring(8).trim().toLowerCase(Locale.ROOT));
                if (line.startsWith("exception ")) EXCEPTIONS.add(line.substring(10).trim().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** True for an SPDX expression of known ids: {@code A}, {@code A+}, {@code A WITH E}, AND/OR, parentheses. */
    static boolean valid(String v) {
        if (Ids.LICENSES.isEmpty()) return true;
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c == '(' || c == ')' || Character.isWhitespace(c)) {
                if (cur.length() > 0) tokens.add(cur.toString());
                cur.setLength(0);
                if (!Character.isWhitespace(c)) tokens.add(String.valueOf(c));
            } else {
                cur.append(c);
            }
        }
        if (cur.length() > 0) tokens.add(cur.toString());
        int depth = 0;
        boolean wantOperand = true;
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            String u = t.toUpperCase(Locale.ROOT);
            if (wantOperand) {
                if (t.equals("(")) {
                    depth++;
                } else if (isLicense(t)) {
                    wantOperand = false;
                    if (k + 2 < tokens.size() && tokens.get(k + 1).equalsIgnoreCase("WITH")) {
                        if (!Ids.EXCEPTIONS.contains(tokens.get(k + 2).toLowerCase(Locale.ROOT))) return false;
                        k += 2;
                    }
                } else {
                    return false;
                }
            } else if (t.equals(")")) {
                if (--depth < 0) return false;
            } else if (u.equals("AND") || u.equals("OR")) {
                wantOperand = true;
            } else {
                return false;
            }
        }
        return !wantOperand && depth == 0;
    }

    private static boolean isLicense(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        if (l.startsWith("licenseref-") || (l.startsWith("documentref-") && l.contains(":licenseref-"))) return l.length() > 11;
        if (l.endsWith("+")) l = l.substring(0, l.length() - 1);
        return Ids.LICENSES.contains(l);
    }
}
