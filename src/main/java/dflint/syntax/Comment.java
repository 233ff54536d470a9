package dflint.syntax;

/**
 * A comment line. {@code text} is what follows the {@code #}, trimmed, as
 * BuildKit keeps it for stage and ARG descriptions.
 */
public record Comment(String text, SourceRange range) {
}
