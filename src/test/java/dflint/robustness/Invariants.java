package dflint.robustness;

import dflint.engine.Finding;
import dflint.syntax.Comment;
import dflint.syntax.Directive;
import dflint.syntax.Dockerfile;
import dflint.syntax.Flag;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.Node;
import dflint.syntax.SourceRange;
import dflint.syntax.SyntaxError;
import dflint.syntax.Word;
import java.util.List;

/**
 * What must hold for every parse and every finding, whatever the input: each
 * range lies inside the file, so an editor or code scanning can place it.
 * Lines are split on '\n' (as the parser counts them); a column may point just
 * past the last character of its line (end columns are exclusive).
 */
final class Invariants {
    private Invariants() {}

    /** Lengths of the physical lines of text, without their line ends. */
    static int[] lineLengths(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        int[] lens = new int[n];
        int line = 0, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i;
                while (end > start && text.charAt(end - 1) == '\r') end--;
                lens[line++] = end - start;
                start = i + 1;
            }
        }
        return lens;
    }

    /** Throws AssertionError naming what when r does not lie inside the file. */
    static void checkRange(String what, SourceRange r, int[] lens, int lineCount) {
        if (r == null) return;
        int maxLine = Math.max(1, lineCount);
        String problem = null;
        if (r.startLine() < 1 || r.startColumn() < 1) problem = "starts before the file";
        else if (r.endLine() < r.startLine() || (r.endLine() == r.startLine() && r.endColumn() < r.startColumn()))
            problem = "ends before it starts";
        else if (r.endLine() > maxLine) problem = "ends past the last line " + maxLine;
        else if (r.startColumn() > lens[r.startLine() - 1] + 1)
            problem = "starts past the end of line " + r.startLine() + " (length " + lens[r.startLine() - 1] + ")";
        else if (r.endColumn() > lens[r.endLine() - 1] + 1)
            problem = "ends past the end of line " + r.endLine() + " (length " + lens[r.endLine() - 1] + ")";
        if (problem != null) throw new AssertionError(what + " at " + r + " " + problem);
    }

    /** Every range of the model lies inside the file. */
    static void checkParsed(Dockerfile df) {
        int[] lens = lineLengths(df.text());
        int lc = df.lineCount();
        for (Directive d : df.directives()) checkRange("directive " + d.key(), d.range(), lens, lc);
        for (Comment c : df.comments()) checkRange("comment", c.range(), lens, lc);
        for (SyntaxError e : df.errors()) checkRange("syntax error '" + e.message() + "'", e.range(), lens, lc);
        for (Instruction i : df.instructions()) {
            checkNode(i.node(), lens, lc);
            if (i instanceof Instruction.Onbuild o && o.trigger() != null) checkNode(o.trigger().node(), lens, lc);
        }
    }

    private static void checkNode(Node n, int[] lens, int lc) {
        String kw = "instruction " + n.keyword();
        checkRange(kw, n.range(), lens, lc);
        checkRange(kw + " keyword", n.keywordRange(), lens, lc);
        for (Flag f : n.flags()) checkRange(kw + " flag " + f.text(), f.range(), lens, lc);
        for (Word w : n.args()) checkRange(kw + " argument", w.range(), lens, lc);
        if (n.rest() != null) checkRange(kw + " rest", n.rest().range(), lens, lc);
        for (Heredoc h : n.heredocs()) {
            checkRange(kw + " heredoc word", h.wordRange(), lens, lc);
            checkRange(kw + " heredoc body", h.bodyRange(), lens, lc);
        }
    }

    /** Every finding lies inside the file it is about. */
    static void checkFindings(Dockerfile df, List<Finding> findings) {
        int[] lens = lineLengths(df.text());
        for (Finding f : findings) {
            checkRange("finding " + f.ruleId() + " '" + f.message() + "'", f.range(), lens, df.lineCount());
            if (f.fix() != null) {
                for (dflint.engine.Fix.Edit e : f.fix().edits()) checkRange("fix of " + f.ruleId(), e.range(), lens, df.lineCount());
            }
        }
    }
}
