package dflint.rules;

import dflint.syntax.Heredoc;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;

/** Narrows a report to part of a word, when the word's value maps one to one onto its source text. */
final class WordRanges {
    private WordRanges() {}

    /**
     * The range of {@code length} characters at {@code offset} of the word's value. Falls back to the
     * whole word when the value differs in length from the text (quotes, escapes, several lines).
     */
    static SourceRange part(Word w, int offset, int length) {
        SourceRange r = w.range();
        boolean oneToOne = r.startLine() == r.endLine() && r.endColumn() - r.startColumn() == w.value().length();
        if (!oneToOne || offset < 0 || offset + length > w.value().length()) return r;
        return SourceRange.ofLine(r.startLine(), r.startColumn() + offset, r.startColumn() + offset + length);
    }

    /** The range of {@code length} characters at {@code offset} of a heredoc's content. */
    static SourceRange inHeredoc(Heredoc h, int offset, int length, SourceRange fallback) {
        if (h.bodyRange() == null || offset < 0 || offset > h.content().length()) return fallback;
        int line = h.firstBodyLine();
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (h.content().charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int col = offset - lineStart + 1;
        int end = Math.min(h.content().length(), offset + length);
        int nl = h.content().indexOf('\n', offset);
        if (nl >= 0 && nl < end) end = nl;
        return SourceRange.ofLine(line, col, col + (end - offset));
    }

    /** The length of the variable reference written at {@code offset}: {@code $NAME} or {@code ${...}}. */
    static int referenceLength(String text, int offset) {
        if (offset + 1 >= text.length()) return 1;
        if (text.charAt(offset + 1) == '{') {
            int depth = 0;
            for (int i = offset + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return i - offset + 1;
            }
            return text.length() - offset;
        }
        int i = offset + 1;
        char first = text.charAt(i);
        if (first >= '0' && first <= '9') {
            // a positional name is its run of digits
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
            return i - offset;
        }
        if ("@*#?$!-".indexOf(first) >= 0) return 2;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) i++;
        return i - offset;
    }
}
