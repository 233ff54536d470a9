package dflint.syntax;

/**
 * A stretch of a Dockerfile: 1-based lines and columns, columns counted in
 * UTF-16 code units (SARIF's default). The end column is exclusive, so a
 * one-character token at column 5 is 5..6.
 */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn) {

    public SourceRange {
        if (startLine < 1 || startColumn < 1 || endLine < startLine
                || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("bad range " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    public static SourceRange ofLine(int line, int startColumn, int endColumn) {
        return new SourceRange(line, startColumn, line, Math.max(startColumn, endColumn));
    }

    public static SourceRange point(int line, int column) {
        return new SourceRange(line, column, line, column);
    }

    /** The smallest range covering both. */
    public SourceRange to(SourceRange other) {
        boolean startsFirst = startLine < other.startLine
                || (startLine == other.startLine && startColumn <= other.startColumn);
        boolean endsLast = endLine > other.endLine
                || (endLine == other.endLine && endColumn >= other.endColumn);
        return new SourceRange(
                startsFirst ? startLine : other.startLine, startsFirst ? startColumn : other.startColumn,
                endsLast ? endLine : other.endLine, endsLast ? endColumn : other.endColumn);
    }

    // Written out rather than left to the record: the generated ones bootstrap method handles
    // on first use, which costs a one-file run several milliseconds of start-up.
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRange r && startLine == r.startLine && startColumn == r.startColumn
                && endLine == r.endLine && endColumn == r.endColumn;
    }

    @Override
    public int hashCode() {
        return ((startLine * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
