package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.GoText;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ENV key value} and {@code LABEL key value}: the legacy form without '=' that takes one pair only.
 *
 * <p>The fix writes {@code key=value} in place: the blanks after the key become {@code =}, and
 * when the value has blanks outside quotes (which would split it into several pairs) it is
 * put in double quotes, or, when it already holds quotes or escapes, each such blank is
 * escaped. The legacy value and the new one are checked to read back as the same text before
 * the fix is offered.
 */
@RuleInfo(id = "DF2010", slug = "legacy-key-value-format", severity = Severity.INFO,
        summary = "ENV or LABEL uses the legacy 'key value' form instead of key=value",
        aliases = {"LegacyKeyValueFormat"},
        tags = {"style", "buildkit"}, fix = FixSafety.SAFE)
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
                        + "write " + kw + " " + kv.name() + "=" + abbreviate(shown), fix(cx.file(), i, kv));
            }
        }
    }

    /** The in-place edits to key=value form, or null when the new form cannot be shown to mean the same. */
    static Fix fix(Dockerfile file, Instruction i, Instruction.KeyValue kv) {
        List<Word> args = i.node().args();
        if (kv.value() == null || args.size() != 3) return null;
        Word separator = args.get(2);
        Word value = kv.value();
        String v = value.value();
        SourceRange sep = separator.range();
        if (sep.startLine() != sep.endLine() || v.isEmpty()) return null;
        char escape = file.escape();
        List<Integer> blanks = unquotedBlanks(v, escape);
        List<Fix.Edit> edits = new ArrayList<>();
        edits.add(new Fix.Edit(sep, "="));
        String written;
        if (blanks.isEmpty()) {
            written = v;
        } else if (v.indexOf('"') < 0 && v.indexOf('\'') < 0 && v.indexOf(escape) < 0) {
            written = "\"" + v + "\"";
            edits.add(Edits.before(i.node().rangeWithin(value, 0, 0), "\""));
            edits.add(Edits.after(i.node().rangeWithin(value, v.length() - 1, v.length()), "\""));
        } else {
            StringBuilder b = new StringBuilder(v);
            for (int k = blanks.size() - 1; k >= 0; k--) {
                int at = blanks.get(k);
                b.insert(at, escape);
                edits.add(Edits.before(i.node().rangeWithin(value, at, at), String.valueOf(escape)));
            }
            written = b.toString();
        }
        return meansTheSame(file, i, kv.name(), v, written) ? Fix.of("write key=value", edits) : null;
    }

    /**
     * Offsets of the blanks BuildKit's word splitter would split {@code v} at in key=value form:
     * outside quotes and not escaped (single quotes escape nothing).
     */
    static List<Integer> unquotedBlanks(String v, char escape) {
        List<Integer> out = new ArrayList<>();
        char quote = 0;
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (quote == 0) {
                if (GoText.isSpace(c)) out.add(k);
                else if (c == '"' || c == '\'') quote = c;
                else if (c == escape) k++;
            } else if (c == quote) {
                quote = 0;
            } else if (c == escape && quote != '\'') {
                k++;
            }
        }
        return out;
    }

    /**
     * The new pair reads as one key=value pair with this key, and its value expands to what the
     * legacy value expanded to, under any values of the variables it names.
     */
    private static boolean meansTheSame(Dockerfile file, Instruction i, String key, String legacy, String written) {
        String kw = i.node().keyword();
        String text = (file.escape() == '`' ? "# escape=`\n" : "") + "FROM scratch\n" + kw + " " + key + "=" + written + "\n";
        Dockerfile probe = DockerfileSyntax.parse("probe", text);
        if (!probe.errors().isEmpty() || probe.instructions().size() != 2) return false;
        Instruction got = probe.instructions().get(1);
        List<Instruction.KeyValue> pairs = got instanceof Instruction.Env e && !e.legacyForm() ? e.pairs()
                : got instanceof Instruction.Label l && !l.legacyForm() ? l.pairs() : null;
        if (pairs == null || pairs.size() != 1 || !pairs.get(0).name().equals(key) || pairs.get(0).value() == null) return false;
        if (!pairs.get(0).value().value().equals(written)) return false;
        return VariableExpander.expand(legacy, file.escape(), NAME_IN_BRACKETS).value()
                .equals(VariableExpander.expand(written, file.escape(), NAME_IN_BRACKETS).value());
    }

    /** Expands every variable to its name in angle brackets, so two spellings compare by what they refer to. */
    private static final java.util.function.Function<String, String> NAME_IN_BRACKETS =
            new java.util.function.Function<String, String>() {
                @Override
                public String apply(String name) {
                    return "<" + name + ">";
                }
            };

    private static String abbreviate(String v) {
        String one = String.join(" ", Scan.words(v.strip(), Scan.WHITESPACE));
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
