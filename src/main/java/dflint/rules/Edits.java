package dflint.rules;

import dflint.engine.Fix;
import dflint.syntax.Dockerfile;
import dflint.syntax.SourceRange;

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

    /** The edits of a stage rename (package graph) as fix edits. */
    static java.util.List<Fix.Edit> of(java.util.List<dflint.graph.StageRename.Edit> edits) {
        java.util.List<Fix.Edit> out = new java.util.ArrayList<>(edits.size());
        for (dflint.graph.StageRename.Edit e : edits) out.add(new Fix.Edit(e.range(), e.text()));
        return out;
    }
}
