package dflint.shell;

import dflint.syntax.SourceRange;
import java.util.List;

/**
 * One shell word: its value with quotes and escapes removed (expansions such as
 * {@code $VAR}, {@code ${V:-x}} and {@code $(cmd)} are kept as written), the text
 * it was read from, and where it was written.
 */
public final class ShellWord {
    private final String value;
    private final String raw;
    private final int start;
    private final int end;
    private final int[] valueOffsets;
    private final boolean quoted;
    private final List<String> references;
    private final boolean substitution;
    private final Positions positions;

    /**
     * @param valueOffsets script offset of each value character; null when the value is the
     *                     raw text itself, as it is for most words (large scripts hold
     *                     hundreds of thousands of words, so that case keeps no copy)
     */
    ShellWord(String value, String raw, int start, int end, int[] valueOffsets, boolean quoted,
              List<String> references, boolean substitution, Positions positions) {
        this.value = value;
        this.raw = raw.equals(value) ? value : raw;
        this.start = start;
        this.end = end;
        this.valueOffsets = valueOffsets != null && isIdentity(valueOffsets, start, value.length()) ? null : valueOffsets;
        this.quoted = quoted;
        this.references = references;
        this.substitution = substitution;
        this.positions = positions;
    }

    private static boolean isIdentity(int[] offsets, int start, int length) {
        if (offsets.length != length || length == 0) return false;
        for (int k = 0; k < offsets.length; k++) if (offsets[k] != start + k) return false;
        return true;
    }

    /** The word as the command receives it, except that expansions stay as written. */
    public String value() {
        return value;
    }

    /** The source text of the word, quotes included. */
    public String raw() {
        return raw;
    }

    /** Offset of the word's first character in its script's text. */
    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Some part of the word was quoted or escaped. */
    public boolean quoted() {
        return quoted;
    }

    /** Variable names the word expands ({@code $A}, {@code ${B:-x}} give A and B). */
    public List<String> references() {
        return references;
    }

    /** The word expands something: a variable, a command substitution, arithmetic. */
    public boolean hasExpansion() {
        return !references.isEmpty() || substitution;
    }

    /** No expansion and no glob: what is written is what the command gets. */
    public boolean isLiteral() {
        return !hasExpansion();
    }

    /** Where the word was written in the Dockerfile. */
    public SourceRange range() {
        return positions.range(start, end);
    }

    /** Script offset of the value character at {@code index} (for re-reading a word as a script). */
    public int sourceOffset(int index) {
        if (valueOffsets == null) return start + Math.max(0, Math.min(index, value.length()));
        if (valueOffsets.length == 0) return start;
        if (index < 0) return valueOffsets[0];
        if (index >= valueOffsets.length) return valueOffsets[valueOffsets.length - 1] + 1;
        return valueOffsets[index];
    }

    /** Where the value characters [from, to) were written. */
    public SourceRange rangeOf(int from, int to) {
        if (to <= from) return positions.range(sourceOffset(from), sourceOffset(from));
        return positions.range(sourceOffset(from), sourceOffset(to - 1) + 1);
    }

    Positions positions() {
        return positions;
    }

    @Override
    public String toString() {
        return value;
    }
}
