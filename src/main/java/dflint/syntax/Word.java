package dflint.syntax;

/** One argument: its value as BuildKit holds it and where it was written. */
public record Word(String value, SourceRange range) {
}
