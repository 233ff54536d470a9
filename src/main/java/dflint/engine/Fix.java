package dflint.engine;

import dflint.syntax.SourceRange;
import java.util.List;

/**
 * What fixes a finding: one or more text edits that belong together (naming a stage edits its
 * FROM line and every reference to it, and only all of them together are right), applied as
 * one unit or not at all. Rules only propose fixes; package {@code dflint.fix} merges and
 * applies them.
 *
 * @param description what the fix does, as a short imperative ("name the stage")
 * @param edits       non-overlapping replacements, in any order
 * @param safety      this fix's class when it differs from the rule's; null means the rule's
 *                    {@link RuleInfo#fix()}. The engine fills it in, so a {@link Finding}'s fix
 *                    always carries its class.
 */
public record Fix(String description, List<Edit> edits, FixSafety safety) {

    /**
     * Put {@code replacement} where {@code range} is: an empty range inserts, an empty
     * replacement deletes. A {@code \n} in the replacement is written with the line end of the
     * line it goes into, so a fix never mixes LF into a CRLF file.
     */
    public record Edit(SourceRange range, String replacement) {
        public Edit {
            if (range == null || replacement == null) throw new IllegalArgumentException("an edit needs a range and a text");
        }

        public static Edit insert(int line, int column, String text) {
            return new Edit(SourceRange.point(line, column), text);
        }

        public static Edit delete(SourceRange range) {
            return new Edit(range, "");
        }
    }

    public Fix {
        if (edits == null || edits.isEmpty()) throw new IllegalArgumentException("a fix needs at least one edit");
        edits = List.copyOf(edits);
    }

    /** One replacement, in the rule's class. */
    public Fix(String description, SourceRange range, String replacement) {
        this(description, List.of(new Edit(range, replacement)), null);
    }

    /** Several edits that only make sense together, in the rule's class. */
    public static Fix of(String description, List<Edit> edits) {
        return new Fix(description, edits, null);
    }

    /** This fix in another class than its rule's. */
    public Fix withSafety(FixSafety s) {
        return s == safety ? this : new Fix(description, edits, s);
    }

    /** This fix, marked as one that may change behaviour. */
    public Fix unsafe() {
        return withSafety(FixSafety.UNSAFE);
    }

    /** Where the fix starts: the first edit in file order. */
    public SourceRange range() {
        SourceRange first = edits.get(0).range();
        for (Edit e : edits) {
            SourceRange r = e.range();
            if (r.startLine() < first.startLine() || (r.startLine() == first.startLine() && r.startColumn() < first.startColumn())) {
                first = r;
            }
        }
        return first;
    }
}
