package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import java.util.List;
import java.util.Locale;

/** {@code ENV key value} and {@code LABEL key value}: the legacy form without '=' that takes one pair only. */
@RuleInfo(id = "DF2010", slug = "legacy-key-value-format", severity = Severity.INFO,
        summary = "ENV or LABEL uses the legacy 'key value' form instead of key=value",
        aliases = {"LegacyKeyValueFormat"},
        tags = {"style", "buildkit"})
public final class LegacyKeyValueFormat implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (DispatchScope.Unit u : DispatchScope.units(cx)) {
            for (Instruction i : u.instructions()) {
                List<Instruction.KeyValue> pairs;
                if (i instanceof Instruction.Env e && e.legacyForm()) pairs = e.pairs();
                else if (i instanceof Instruction.Label l && l.legacyForm()) pairs = l.pairs();
                else continue;
                if (pairs.isEmpty()) continue;
                Instruction.KeyValue kv = pairs.get(0);
                String kw = i.node().keyword().toUpperCase(Locale.ROOT);
                String value = kv.value() == null ? "" : kv.value().value();
                String shown = needsQuotes(value) ? "\"" + value + "\"" : value;
                cx.report(kv.range(), kw + " " + kv.name() + " " + abbreviate(value) + " uses the legacy space-separated form; "
                        + "write " + kw + " " + kv.name() + "=" + abbreviate(shown));
            }
        }
    }

    private static String abbreviate(String v) {
        String one = String.join(" ", v.strip().split("\\s+"));
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    /** Unquoted text with blanks needs quotes in key=value form. */
    private static boolean needsQuotes(String v) {
        if (v.startsWith("\"") || v.startsWith("'")) return false;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (Character.isWhitespace(c)) return true;
        }
        return v.isEmpty();
    }
}
