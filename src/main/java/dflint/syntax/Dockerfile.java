package dflint.syntax;

import java.util.List;

/**
 * A parsed Dockerfile: its instructions in order, directives, every comment,
 * and the syntax errors found (parsing goes on past them).
 */
public record Dockerfile(String path, String text, char escape, List<Directive> directives,
                         List<Instruction> instructions, List<Comment> comments,
                         List<SyntaxError> errors, int lineCount) {

    public Directive directive(String key) {
        for (Directive d : directives) {
            if (d.key().equals(key)) return d;
        }
        return null;
    }

    /** The instruction whose lines hold {@code line} (1-based), by binary search over the file order; null if none. */
    public Instruction instructionAt(int line) {
        int lo = 0, hi = instructions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Instruction i = instructions.get(mid);
            if (i.range().endLine() < line) lo = mid + 1;
            else if (i.range().startLine() > line) hi = mid - 1;
            else return i;
        }
        return null;
    }

    /** The text of a physical line (1-based), without its line end; empty past the end. */
    public String lineText(int line) {
        int[] starts = lineStarts(text);
        if (line < 1 || line > starts.length) return "";
        int start = starts[line - 1];
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        while (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, end);
    }

    /**
     * Offsets where each physical line starts, computed once per text: rules ask for
     * lines one instruction at a time, and scanning from the top each time made a
     * file of many instructions quadratic. Keyed weakly by the text itself (a record
     * cannot hold a cache field); equal texts share one index, which is correct.
     */
    private static final java.util.Map<String, int[]> LINE_STARTS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static int[] lineStarts(String text) {
        int[] starts = LINE_STARTS.get(text);
        if (starts != null) return starts;
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') n++;
        }
        starts = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts[k++] = i + 1;
        }
        LINE_STARTS.put(text, starts);
        return starts;
    }
}
