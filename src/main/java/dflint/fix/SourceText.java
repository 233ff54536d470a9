package dflint.fix;

import dflint.syntax.SourceRange;

/**
 * A text with its line starts, to turn the 1-based line and UTF-16 column of a
 * {@link SourceRange} into an offset. A column past the end of its line stops at the line
 * end, before {@code \r\n}: no edit cuts a line terminator in half unless its range ends on
 * the next line.
 */
public final class SourceText {
    private final String text;
    private final int[] starts;

    public SourceText(String text) {
        this.text = text;
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        starts = new int[n];
        n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return starts.length;
    }

    /** Offset of the end of a line's content: before its {@code \n} or {@code \r\n}. */
    public int contentEnd(int line) {
        if (line < starts.length) {
            int nl = starts[line] - 1;
            return nl > starts[line - 1] && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
        }
        return text.length();
    }

    /** Offset where a line (1-based) starts; lines outside the text are clamped to the first or last. */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    /** The line (1-based) that holds an offset; offsets outside the text are clamped to it. */
    public int lineOf(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int lo = 0, hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= off) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }

    /** The text of a line without its terminator. */
    public String line(int line) {
        return line < 1 || line > starts.length ? "" : text.substring(starts[line - 1], contentEnd(line));
    }

    /** The offset of line:column, or -1 when the line is not in the text. */
    public int offset(int line, int column) {
        if (line < 1 || line > starts.length || column < 1) {
            // one past the last line is where an edit ending at the end of a file without a final newline lands
            return line == starts.length + 1 && column == 1 ? text.length() : -1;
        }
        return Math.min(starts[line - 1] + column - 1, contentEnd(line));
    }

    /** The line end used on this line, or the file's first one for the last line; {@code \n} by default. */
    public String lineEnding(int line) {
        if (line >= 1 && line < starts.length) {
            int nl = starts[line] - 1;
            return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
        }
        int first = text.indexOf('\n');
        return first > 0 && text.charAt(first - 1) == '\r' ? "\r\n" : "\n";
    }
}
