package dflint.lsp;

import dflint.fix.SourceText;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Where the lines of one text start, to move between the protocol's positions (0-based line,
 * 0-based UTF-16 offset in the line) and dflint's (1-based line and UTF-16 column, end column
 * exclusive). Java strings count UTF-16 code units too, so a column is an index into the line.
 * Lines end at {@code \n}, as dflint's parser counts them; a {@code \r} before it belongs to the
 * line end, never to a line's content.
 */
final class LineIndex {
    /** The same line arithmetic the fixes use, 1-based; this class speaks the protocol's 0-based lines. */
    private final SourceText src;

    LineIndex(String text) {
        this.src = new SourceText(text);
    }

    String text() {
        return src.text();
    }

    int lineCount() {
        return src.lineCount();
    }

    /** The offset just past a line's content, before its {@code \n} or {@code \r\n}. */
    int contentEnd(int line0) {
        return line0 < 0 ? src.contentEnd(1) : src.contentEnd(line0 + 1);
    }

    int lineStart(int line0) {
        return src.lineStart(line0 + 1);
    }

    /** A line's content, without its line end; empty outside the text. */
    String line(int line0) {
        return src.line(line0 + 1);
    }

    /** The line end the text uses on this line (the first line's for the last line), {@code \n} by default. */
    String lineEnding(int line0) {
        return src.lineEnding(line0 + 1);
    }

    /**
     * The offset of a protocol position: a character past the line's end stops at the end (as
     * the protocol says), a line past the last one is the end of the text.
     */
    int offset(Position p) {
        int line = p.getLine();
        if (line < 0) return 0;
        if (line >= src.lineCount()) return src.text().length();
        int ch = Math.max(0, p.getCharacter());
        return Math.min(lineStart(line) + ch, contentEnd(line));
    }

    /** The protocol position of an offset. */
    Position position(int offset) {
        int off = Math.max(0, Math.min(offset, src.text().length()));
        int line0 = src.lineOf(off) - 1;
        return new Position(line0, Math.min(off, contentEnd(line0)) - lineStart(line0));
    }

    /**
     * The protocol position of a dflint line and column (both 1-based), kept inside the text: a
     * column past the line's end is its end, and one past the last line is the end of the text
     * (where an edit that ends a file without a final line end stops).
     */
    Position position(int line1, int column1) {
        if (line1 < 1) return new Position(0, 0);
        if (line1 > src.lineCount()) return position(src.text().length());
        int line0 = line1 - 1;
        int max = contentEnd(line0) - lineStart(line0);
        return new Position(line0, Math.max(0, Math.min(column1 - 1, max)));
    }

    Range range(dflint.syntax.SourceRange r) {
        return new Range(position(r.startLine(), r.startColumn()), position(r.endLine(), r.endColumn()));
    }

    /** The leading spaces and tabs of a line. */
    String indentation(int line0) {
        String l = line(line0);
        int i = 0;
        while (i < l.length() && (l.charAt(i) == ' ' || l.charAt(i) == '\t')) i++;
        return l.substring(0, i);
    }

    /** True when a dflint range (1-based, end exclusive) holds the protocol position, its end included. */
    static boolean contains(dflint.syntax.SourceRange r, Position p) {
        int line = p.getLine() + 1, col = p.getCharacter() + 1;
        if (line < r.startLine() || line > r.endLine()) return false;
        if (line == r.startLine() && col < r.startColumn()) return false;
        return line != r.endLine() || col <= r.endColumn();
    }

    /** True when a dflint range and a protocol range share a point (touching counts). */
    static boolean touches(dflint.syntax.SourceRange r, Range q) {
        int qsl = q.getStart().getLine() + 1, qsc = q.getStart().getCharacter() + 1;
        int qel = q.getEnd().getLine() + 1, qec = q.getEnd().getCharacter() + 1;
        boolean startsAfterQ = r.startLine() > qel || (r.startLine() == qel && r.startColumn() > qec);
        boolean endsBeforeQ = r.endLine() < qsl || (r.endLine() == qsl && r.endColumn() < qsc);
        return !startsAfterQ && !endsBeforeQ;
    }
}
