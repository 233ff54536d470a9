package dflint.syntax;

import java.util.List;

/**
 * What every instruction has, as BuildKit's line parser produces it.
 *
 * @param keyword   the keyword as written ({@code run}, {@code RUN}, ...)
 * @param range     first to last physical line of the instruction, heredoc terminators included
 * @param flags     leading {@code --flags}
 * @param args      BuildKit's argument chain (ENV and LABEL give key, value, separator triples)
 * @param json      the arguments were a JSON (exec form) array
 * @param rest      the argument text after the flags, verbatim from the joined line; null when empty
 * @param text      the whole joined logical line
 * @param comments  comment lines directly before the instruction, in BuildKit's sense
 * @param emptyContinuationLines physical lines of blank lines inside the continuation
 * @param offsets   where each character of the joined logical line was written; null when unknown
 */
public record Node(String keyword, Kind kind, SourceRange range, SourceRange keywordRange,
                   List<Flag> flags, List<Word> args, boolean json, Word rest, String text,
                   List<Heredoc> heredocs, List<Comment> comments, List<Integer> emptyContinuationLines,
                   OffsetMap offsets) {

    public Node(String keyword, Kind kind, SourceRange range, SourceRange keywordRange,
                List<Flag> flags, List<Word> args, boolean json, Word rest, String text,
                List<Heredoc> heredocs, List<Comment> comments, List<Integer> emptyContinuationLines) {
        this(keyword, kind, range, keywordRange, flags, args, json, rest, text, heredocs, comments,
                emptyContinuationLines, null);
    }

    /**
     * Physical range of the characters [from, to) of {@code word}, an argument of this
     * node written verbatim in the logical line (shell-form RUN/CMD/ENTRYPOINT text,
     * {@link #rest()}, ENV and LABEL values). Continuation lines make the answer differ
     * from plain column arithmetic. A point when to <= from.
     */
    public SourceRange rangeWithin(Word word, int from, int to) {
        SourceRange w = word.range();
        int base = offsets == null ? -1 : offsets.offsetAt(w.startLine(), w.startColumn());
        if (base < 0) {
            // not mapped: stay on the word's first line
            int col = w.startColumn() + Math.max(0, from);
            return to <= from ? SourceRange.point(w.startLine(), col)
                    : SourceRange.ofLine(w.startLine(), col, w.startColumn() + to);
        }
        return offsets.range(base + Math.max(0, from), base + Math.max(0, to));
    }

    public Flag flag(String name) {
        for (Flag f : flags) {
            if (f.name().equals(name)) return f;
        }
        return null;
    }

    public int line() {
        return range.startLine();
    }
}
