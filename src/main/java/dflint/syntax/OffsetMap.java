package dflint.syntax;

import java.util.Arrays;

/**
 * Where each character of an instruction's joined logical line was written:
 * continuation lines are glued together before parsing, and this maps an
 * offset in the glued text back to its physical line and column. Immutable.
 */
public final class OffsetMap {
    private final int[] segStart;
    private final int[] segLine;
    private final int[] segColumn;
    private final int length;

    OffsetMap(int[] segStart, int[] segLine, int[] segColumn, int length) {
        this.segStart = segStart;
        this.segLine = segLine;
        this.segColumn = segColumn;
        this.length = length;
    }

    /** Length of the logical line. */
    public int length() {
        return length;
    }

    private int segmentOf(int offset) {
        int lo = 0, hi = segStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segStart[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /** Physical range of the logical offsets [start, end); a point when end <= start. */
    public SourceRange range(int start, int end) {
        if (segStart.length == 0) return SourceRange.point(1, 1);
        start = Math.max(0, start);
        int s = segmentOf(start);
        int line = segLine[s];
        int col = segColumn[s] + (start - segStart[s]);
        if (end <= start) return SourceRange.point(line, col);
        int e = segmentOf(end - 1);
        int endLine = segLine[e];
        int endCol = segColumn[e] + (end - 1 - segStart[e]) + 1;
        if (endLine < line || (endLine == line && endCol < col)) return SourceRange.point(line, col);
        return new SourceRange(line, col, endLine, endCol);
    }

    /** The logical offset of the character written at line:column, or -1 when it is not part of the line. */
    public int offsetAt(int line, int column) {
        for (int i = 0; i < segStart.length; i++) {
            if (segLine[i] != line) continue;
            int segEnd = i + 1 < segStart.length ? segStart[i + 1] : length;
            int off = segStart[i] + (column - segColumn[i]);
            if (column >= segColumn[i] && off <= segEnd) return off;
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && length == m.length && Arrays.equals(segStart, m.segStart)
                && Arrays.equals(segLine, m.segLine) && Arrays.equals(segColumn, m.segColumn);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(segStart) * 31 + Arrays.hashCode(segLine) + length;
    }

    @Override
    public String toString() {
        return "OffsetMap[" + segStart.length + " segments]";
    }
}
