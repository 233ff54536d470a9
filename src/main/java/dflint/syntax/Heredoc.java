package dflint.syntax;

/**
 * A heredoc body. {@code content} is the raw body, line ends included and the
 * terminator line excluded, as BuildKit reads it; {@code expand} is false when
 * the delimiter was quoted. {@code bodyRange} is null for an empty body.
 */
public record Heredoc(String name, boolean chomp, boolean expand, int fileDescriptor,
                      String content, SourceRange wordRange, SourceRange bodyRange, int firstBodyLine) {

    /** The content with leading tabs removed from each line when the heredoc was opened with {@code <<-}. */
    public String effectiveContent() {
        if (!chomp) return content;
        StringBuilder b = new StringBuilder(content.length());
        boolean lineStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (lineStart && c == '\t') continue;
            lineStart = c == '\n';
            b.append(c);
        }
        return b.toString();
    }
}
