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

    /** The text of a physical line (1-based), without its line end; empty past the end. */
    public String lineText(int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) end = text.length();
        while (end > start && text.charAt(end - 1) == '\r') end--;
        return text.substring(start, end);
    }
}
