package dflint.rules;

import dflint.syntax.SourceRange;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;

/** Literal values of instruction words, for rules that judge what a word says rather than how it is quoted. */
final class WordValues {
    private WordValues() {}

    /** The word with quotes and escapes removed, or null when it refers to a variable. */
    static String literal(Word w, char escape) {
        if (w == null) return null;
        VariableExpander.Expansion e = VariableExpander.expand(w.value(), escape, Lookup.NONE);
        return e.references().isEmpty() ? e.value() : null;
    }

    /** True when the word refers to a variable. */
    static boolean hasVariables(Word w, char escape) {
        return w != null && !VariableExpander.references(w.value(), escape).isEmpty();
    }

    /** The range of {@code length} characters at {@code offset} in a word written on one line; else the word. */
    static SourceRange within(Word w, int offset, int length) {
        SourceRange r = w.range();
        if (r.startLine() != r.endLine() || r.endColumn() - r.startColumn() != w.value().length()
                || offset < 0 || offset + length > w.value().length()) {
            return r;
        }
        return SourceRange.ofLine(r.startLine(), r.startColumn() + offset, r.startColumn() + offset + length);
    }
}
