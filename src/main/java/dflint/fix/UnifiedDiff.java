package dflint.fix;

import java.util.List;

/**
 * A unified diff of two versions of a file, as {@code diff -u} and {@code git diff} print it
 * and {@code patch} / {@code git apply} read it: three lines of context, hunks with
 * {@code @@ -start,count +start,count @@} headers, and {@code \ No newline at end of file}
 * after a last line without one. Lines keep their own terminators, so a CRLF file's diff
 * applies to it as it is.
 */
public final class UnifiedDiff {
    private UnifiedDiff() {}

    public static final int CONTEXT = 3;

    /** The diff from {@code before} to {@code after}, headed {@code --- oldName} / {@code +++ newName}; empty when equal. */
    public static String of(String oldName, String newName, String before, String after) {
        if (before.equals(after)) return "";
        List<String> a = LineDiff.lines(before), b = LineDiff.lines(after);
        List<LineDiff.Op> ops = LineDiff.diff(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < ops.size()) {
            // find the next change, then grow the hunk while changes come within 2 * CONTEXT kept lines
            while (i < ops.size() && ops.get(i).kind() == ' ') i++;
            if (i >= ops.size()) break;
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int kept = 0;
            for (int j = i; j < ops.size(); j++) {
                if (ops.get(j).kind() == ' ') {
                    kept++;
                    if (kept > 2 * CONTEXT) break;
                } else {
                    kept = 0;
                    end = j;
                }
            }
            int stop = Math.min(ops.size(), end + 1 + CONTEXT);
            hunk(out, ops.subList(start, stop), a, b);
            i = stop;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<LineDiff.Op> ops, List<String> a, List<String> b) {
        int aStart = -1, bStart = -1, aCount = 0, bCount = 0;
        for (LineDiff.Op op : ops) {
            if (op.kind() != '+') {
                if (aStart < 0) aStart = op.a();
                aCount++;
            }
            if (op.kind() != '-') {
                if (bStart < 0) bStart = op.b();
                bCount++;
            }
        }
        // an empty side is numbered by the line before it, as diff does
        LineDiff.Op first = ops.get(0);
        if (aStart < 0) aStart = first.a();
        if (bStart < 0) bStart = first.b();
        out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
        for (LineDiff.Op op : ops) {
            String line = op.kind() == '+' ? b.get(op.b()) : a.get(op.a());
            out.append(op.kind()).append(line);
            if (!line.endsWith("\n")) out.append("\n\\ No newline at end of file\n");
        }
    }

    private static String range(int start, int count) {
        if (count == 0) return start + ",0";
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }
}
