package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;

/** LABEL keys outside Docker's key format: lower-case, dotted namespaces, no reserved prefixes. */
@RuleInfo(id = "DF3048", slug = "label-key-invalid", severity = Severity.STYLE,
        summary = "A LABEL key breaks Docker's label key format or uses a reserved namespace",
        aliases = {"DL3048"}, tags = {"style"})
public final class LabelKeyInvalid implements Rule {
    static final String[] RESERVED = {"com.docker.", "io.docker.", "org.dockerproject."};

    @Override
    public void check(RuleContext cx) {
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Label label)) continue;
            for (Instruction.KeyValue kv : label.pairs()) {
                String key = WordValues.literal(kv.key(), cx.file().escape());
                if (key == null) {
                    cx.report(kv.key().range(), "LABEL key " + kv.key().value() + " is built from a variable, so the label's"
                            + " name changes with the build arguments; use a fixed lower-case key");
                    continue;
                }
                String problem = problem(key);
                if (problem != null) {
                    cx.report(kv.key().range(), "LABEL key \"" + key + "\" " + problem);
                }
            }
        }
    }

    /** What is wrong with a key, or null when it is fine. */
    static String problem(String key) {
        if (key.isEmpty()) return "is empty";
        for (String r : RESERVED) {
            if (key.startsWith(r)) return "uses the namespace " + r + " that Docker reserves for itself; use your own reverse-DNS prefix";
        }
        char first = key.charAt(0), last = key.charAt(key.length() - 1);
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (c >= 'A' && c <= 'Z') return "has upper-case letters; label keys are lower-case: " + lower(key);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && ".-_/".indexOf(c) < 0) {
                return "contains '" + c + "'; keys use lower-case letters, digits, '.', '-', '_' and '/'";
            }
            if (k > 0 && ".-".indexOf(c) >= 0 && ".-".indexOf(key.charAt(k - 1)) >= 0) {
                return "has consecutive separators \"" + key.charAt(k - 1) + c + "\"";
            }
        }
        if (!(first >= 'a' && first <= 'z')) return "must start with a lower-case letter";
        if (!(last >= 'a' && last <= 'z') && !(last >= '0' && last <= '9')) return "must end with a letter or digit";
        return null;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
