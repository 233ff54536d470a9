package dflint.syntax;

/**
 * A {@code --name[=value]} flag, with quotes and escapes already removed.
 * {@code value} is null for a bare flag such as {@code --link}.
 */
public record Flag(String name, String value, String text, SourceRange range) {

    static Flag of(String text, SourceRange range) {
        String body = text.startsWith("--") ? text.substring(2) : text;
        int eq = body.indexOf('=');
        return eq < 0 ? new Flag(body, null, text, range)
                : new Flag(body.substring(0, eq), body.substring(eq + 1), text, range);
    }
}
