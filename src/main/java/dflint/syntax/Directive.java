package dflint.syntax;

/** A parser directive at the top of the file: key lower-cased, value as written. */
public record Directive(String key, String value, SourceRange range) {
}
