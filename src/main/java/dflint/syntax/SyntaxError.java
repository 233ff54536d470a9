package dflint.syntax;

/**
 * Something BuildKit would refuse, with where it is. {@code lineParser} tells
 * which of BuildKit's two layers refuses it: the line parser (the file cannot
 * be read into a tree at all) or the instruction layer (the tree is read, but
 * an instruction is invalid).
 */
public record SyntaxError(String message, SourceRange range, boolean lineParser) {

    /** An instruction-layer error. */
    public SyntaxError(String message, SourceRange range) {
        this(message, range, false);
    }
}
