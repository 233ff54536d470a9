package dflint.rules;

import dflint.engine.Fix;
import dflint.syntax.Dockerfile;
import dflint.syntax.Flag;
import dflint.syntax.SourceRange;
import java.util.Locale;

/** Small builders for the edits rules propose: insertions next to a range, values inside a flag. */
final class Edits {
    private Edits() {}

    /** Inserts {@code text} just after {@code r}. */
    static Fix.Edit after(SourceRange r, String text) {
        return Fix.Edit.insert(r.endLine(), r.endColumn(), text);
    }

    /**
     * A fix that adds {@code text} (" -y") right after a word of a shell command, or null when
     * the command was read from an exec-form array, whose word positions are approximate.
     */
    static Fix shellInsert(String description, dflint.shell.Command c, dflint.shell.ShellWord after, String text) {
        if (c.script() == null || c.script().fromExecForm() || after == null) return null;
        return Fix.of(description, java.util.List.of(after(after.range(), text)));
    }

    /** Inserts {@code text} just before {@code r}. */
    static Fix.Edit before(SourceRange r, String text) {
        return Fix.Edit.insert(r.startLine(), r.startColumn(), text);
    }

    /**
     * True when replacing {@code r} as a whole loses no comment: no line after its first one,
     * up to its last, is a {@code #} comment (BuildKit drops those from a continued
     * instruction, but a person wrote them).
     */
    static boolean keepsComments(Dockerfile file, SourceRange r) {
        for (int line = r.startLine() + 1; line <= r.endLine(); line++) {
            if (file.lineText(line).strip().startsWith("#")) return false;
        }
        return true;
    }

    /**
     * Where the value of {@code key=} is written inside a {@code --mount} flag on one line
     * ({@code from} of {@code --mount=type=cache,from=build,target=/x}), or null when the flag
     * spans lines, the key is missing or the value is quoted.
     */
    static SourceRange mountValue(Dockerfile file, Flag f, String key) {
        SourceRange r = f.range();
        if (r.startLine() != r.endLine()) return null;
        String line = file.lineText(r.startLine());
        if (r.endColumn() - 1 > line.length()) return null;
        String text = line.substring(r.startColumn() - 1, r.endColumn() - 1);
        int eq = text.indexOf('=');
        if (!text.startsWith("--mount=") || eq < 0) return null;
        int i = eq + 1;
        while (i <= text.length()) {
            int comma = text.indexOf(',', i);
            int end = comma < 0 ? text.length() : comma;
            String field = text.substring(i, end);
            int feq = field.indexOf('=');
            if (feq > 0 && field.substring(0, feq).trim().toLowerCase(Locale.ROOT).equals(key)) {
                String value = field.substring(feq + 1);
                if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || !value.equals(value.trim())) return null;
                int col = r.startColumn() + i + feq + 1;
                return SourceRange.ofLine(r.startLine(), col, col + value.length());
            }
            if (comma < 0) break;
            i = comma + 1;
        }
        return null;
    }
}
