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
 */
public record Node(String keyword, Kind kind, SourceRange range, SourceRange keywordRange,
                   List<Flag> flags, List<Word> args, boolean json, Word rest, String text,
                   List<Heredoc> heredocs, List<Comment> comments, List<Integer> emptyContinuationLines) {

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
