package dflint.fix;

import dflint.engine.Fix;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits that turn one text into another, by whole lines: what an editor wants when a
 * whole file was fixed at once (a language server's "fix all"), instead of replacing the
 * document. Their texts carry each line's own terminator, to be written as they are (an editor
 * applies them so); spliced into {@code before} they give {@code after}.
 */
public final class LineEdits {
    private LineEdits() {}

    public static List<Fix.Edit> between(String before, String after) {
        List<Fix.Edit> out = new ArrayList<>();
        if (before.equals(after)) return out;
        List<String> a = LineDiff.lines(before), b = LineDiff.lines(after);
        List<LineDiff.Op> ops = LineDiff.diff(a, b);
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            // a run of changes: the old lines it deletes, replaced by the new lines it inserts
            int firstOld = -1, lastOld = -1;
            int at = ops.get(i).a();
            StringBuilder text = new StringBuilder();
            while (i < ops.size() && ops.get(i).kind() != ' ') {
                LineDiff.Op op = ops.get(i++);
                if (op.kind() == '-') {
                    if (firstOld < 0) firstOld = op.a();
                    lastOld = op.a();
                } else {
                    text.append(b.get(op.b()));
                }
            }
            int startLine = (firstOld >= 0 ? firstOld : at) + 1;
            int endLine = (firstOld >= 0 ? lastOld + 1 : at) + 1;
            out.add(new Fix.Edit(new SourceRange(startLine, 1, endLine, 1), text.toString()));
        }
        return out;
    }
}
