package dflint.syntax;

import java.util.Arrays;

/**
 * Where each character of an instruction's joined logical line was written:
 * continuation lines are glued together before parsing, and this maps an
 * offset in the glued text back to its physical line and column. Immutable.
 */
public final class OffsetMap {
    // Segment k starts at logical offset segs[3k] and was written at line segs[3k+1], column
    // segs[3k+2]. One array rather than three: a large file keeps one map per instruction.
    private final int[] segs;
    private final int length;

    /** Takes {@code segs} (start, line, column per segment) as its own. */
    OffsetMap(int[] segs, int length) {
        this.segs = segs;
        this.length = length;
    }

    /** Length of the logical line. */
    public int length() {
        return length;
    }

    private int segments() {
        return segs.length / 3;
    }

    private int segmentOf(int offset) {
        int lo = 0, hi = segments() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segs[3 * mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    /** Physical range of the logical offsets [start, end); a point when end <= start. */
    public SourceRange range(int start, int end) {
        if (segs.length == 0) return SourceRange.point(1, 1);
        start = Math.max(0, start);
        int s = segmentOf(start);
        int line = segs[3 * s + 1];
        int col = segs[3 * s + 2] + (start - segs[3 * s]);
        if (end <= start) return SourceRange.point(line, col);
        int e = segmentOf(end - 1);
        int endLine = segs[3 * e + 1];
        int endCol = segs[3 * e + 2] + (end - 1 - segs[3 * e]) + 1;
        if (endLine < line || (endLine == line && endCol < col)) return SourceRange.point(line, col);
        return new SourceRange(line, col, endLine, endCol);
    }

    /** The logical offset of the character written at line:column, or -1 when it is not part of the line. */
    public int offsetAt(int line, int column) {
        int n = segments();
        for (int i = 0; i < n; i++) {
            if (segs[3 * i + 1] != line) continue;
            int segEnd = i + 1 < n ? segs[3 * (i + 1)] : length;
            int off = segs[3 * i] + (column - segs[3 * i + 2]);
            if (column >= segs[3 * i + 2] && off <= segEnd) return off;
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && length == m.length && Arrays.equals(segs, m.segs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(segs) * 31 + length;
    }

    @Override
    public String toString() {
        return "OffsetMap[" + segments() + " segments]";
    }
}
