package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.List;

/**
 * A blank line inside a continued instruction. BuildKit reports it at the last
 * line of the instruction, and so does this rule (that is where the pragma and
 * the conformance line are); the message names the blank lines. The fix deletes them, which
 * BuildKit skips anyway.
 */
@RuleInfo(id = "DF2002", slug = "empty-continuation", severity = Severity.WARNING,
        summary = "A continued instruction contains a blank line",
        aliases = {"NoEmptyContinuation"},
        tags = {"correctness", "buildkit"}, fix = FixSafety.SAFE)
public final class EmptyContinuationLine implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            List<Integer> blanks = i.node().emptyContinuationLines();
            if (blanks.isEmpty()) continue;
            int last = lastLogicalLine(i);
            // a continuation that runs into the end of the file (blank and comment lines only):
            // BuildKit's instruction ends on the file's last line
            if (blanks.get(blanks.size() - 1) > last) last = Math.max(last, cx.file().lineCount());
            String lines = blanks.size() == 1 ? "line " + blanks.get(0) : "lines " + join(blanks);
            String kw = i.node().keyword().toUpperCase(java.util.Locale.ROOT);
            int len = Math.max(1, cx.file().lineText(last).length() + 1);
            cx.report(SourceRange.ofLine(last, 1, len),
                    "blank " + lines + " inside this continued " + kw
                            + " will be an error in a future BuildKit; delete the blank line or turn it into a # comment",
                    deletion(cx.file(), blanks));
        }
    }

    /**
     * Deletes each blank line with its line end; the file's last line (blanks then the end of the
     * file) goes with the line end before it instead.
     */
    private static Fix deletion(dflint.syntax.Dockerfile file, List<Integer> blanks) {
        List<Fix.Edit> edits = new java.util.ArrayList<>();
        for (int line : blanks) {
            if (line < file.lineCount()) {
                edits.add(Fix.Edit.delete(new SourceRange(line, 1, line + 1, 1)));
            } else if (line > 1) {
                edits.add(Fix.Edit.delete(new SourceRange(line - 1, file.lineText(line - 1).length() + 1,
                        line, file.lineText(line).length() + 1)));
            }
        }
        if (edits.isEmpty()) return null;
        return Fix.of(blanks.size() == 1 ? "delete the blank line" : "delete the blank lines", edits);
    }

    /** The last line of the instruction's own text, before any heredoc body. */
    private static int lastLogicalLine(Instruction i) {
        int end = i.range().endLine();
        for (Heredoc h : i.node().heredocs()) {
            if (h.wordRange() != null) end = Math.min(end, Math.max(i.range().startLine(), h.firstBodyLine() - 1));
        }
        return end;
    }

    private static String join(List<Integer> xs) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < xs.size(); k++) {
            if (k > 0) b.append(k == xs.size() - 1 ? " and " : ", ");
            b.append(xs.get(k));
        }
        return b.toString();
    }
}
