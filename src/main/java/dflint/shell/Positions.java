package dflint.shell;

import dflint.syntax.SourceRange;

/** Maps offsets of a script's text back to where they were written in the Dockerfile. */
@FunctionalInterface
public interface Positions {
    /** A physical line and column. */
    record Point(int line, int column) {}

    /** Physical range of the script offsets [start, end); a point when end <= start. */
    SourceRange range(int start, int end);

    /** Offsets on one line starting at {@code line}:{@code column}, for text read from a single physical line. */
    static Positions singleLine(int line, int column) {
        // an anonymous class, not a lambda: a lint links none at run time (see ColdPathTest)
        return new Positions() {
            @Override
            public SourceRange range(int s, int e) {
                return e <= s ? SourceRange.point(line, column + Math.max(0, s))
                        : SourceRange.ofLine(line, column + Math.max(0, s), column + e);
            }
        };
    }

    /**
     * A block of whole lines starting at {@code firstLine}, column 1; {@code skipped[i]}
     * characters were removed from the start of line i before reading (heredoc {@code <<-} tabs).
     */
    static Positions lines(String text, int firstLine, int[] skipped) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[n++] = i + 1;
        return new Positions() {
            private Point at(int offset) {
                int lo = 0, hi = starts.length - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
                }
                int skip = skipped != null && lo < skipped.length ? skipped[lo] : 0;
                return new Point(firstLine + lo, 1 + skip + offset - starts[lo]);
            }

            @Override
            public SourceRange range(int start, int end) {
                Point s = at(Math.max(0, start));
                if (end <= start) return SourceRange.point(s.line(), s.column());
                Point e = at(end - 1);
                if (e.line() < s.line() || (e.line() == s.line() && e.column() + 1 < s.column())) {
                    return SourceRange.point(s.line(), s.column());
                }
                return new SourceRange(s.line(), s.column(), e.line(), e.column() + 1);
            }
        };
    }
}
