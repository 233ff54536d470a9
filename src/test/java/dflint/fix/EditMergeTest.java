package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Fix;
import dflint.syntax.SourceRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditMergeTest {
    private static Fix replace(int line, int from, int to, String text) {
        return new Fix("t", SourceRange.ofLine(line, from, to), text);
    }

    private static Fix insert(int line, int col, String text) {
        return new Fix("t", SourceRange.point(line, col), text);
    }

    @Test
    void disjointFixesAreAllAppliedAndAnOverlappingOneWaits() {
        String text = "FROM a as b\nrun x\n";
        Fix as = replace(1, 8, 10, "AS");
        Fix run = replace(2, 1, 4, "RUN");
        Fix clash = replace(1, 9, 12, "zz");
        EditMerge.Pass p = EditMerge.apply(text, List.of(as, run, clash));
        assertEquals("FROM a AS b\nRUN x\n", p.text());
        assertEquals(List.of(as, run), p.applied());
        assertEquals(List.of(clash), p.deferred());
    }

    @Test
    void theSameEditFromTwoFindingsIsAppliedOnce() {
        Fix f = Fix.of("name", List.of(new Fix.Edit(SourceRange.point(1, 7), " AS b"), new Fix.Edit(SourceRange.ofLine(3, 13, 14), "b")));
        Fix same = Fix.of("name", List.of(new Fix.Edit(SourceRange.point(1, 7), " AS b"), new Fix.Edit(SourceRange.ofLine(3, 13, 14), "b")));
        EditMerge.Pass p = EditMerge.apply("FROM a\nFROM c\nCOPY --from=0 / /\n", List.of(f, same));
        assertEquals("FROM a AS b\nFROM c\nCOPY --from=b / /\n", p.text());
        assertEquals(2, p.applied().size());
    }

    @Test
    void insertionsOfTwoFixesAtOnePointGoInInFixOrder() {
        String text = "RUN apt-get install curl\n";
        EditMerge.Pass p = EditMerge.apply(text, List.of(insert(1, 20, " -y"), insert(1, 20, " --no-install-recommends")));
        assertEquals("RUN apt-get install -y --no-install-recommends curl\n", p.text());
    }

    @Test
    void anInsertionInsideAReplacedRangeWaits() {
        Fix whole = replace(1, 5, 12, "[\"a\", \"b\"]");
        Fix inside = insert(1, 7, "X");
        EditMerge.Pass p = EditMerge.apply("CMD a b c\n", List.of(whole, inside));
        assertEquals(List.of(inside), p.deferred());
        // at either end it does not overlap: an insertion at the start goes before the replacement
        EditMerge.Pass q = EditMerge.apply("CMD abc\n", List.of(replace(1, 5, 8, "xyz"), insert(1, 5, "<"), insert(1, 8, ">")));
        assertEquals("CMD <xyz>\n", q.text());
    }

    @Test
    void aFixWithOneEditThatCannotGoInIsNotAppliedAtAll() {
        Fix both = Fix.of("two", List.of(new Fix.Edit(SourceRange.ofLine(1, 1, 5), "from"), new Fix.Edit(SourceRange.ofLine(2, 1, 4), "run")));
        Fix first = replace(2, 2, 3, "u");
        EditMerge.Pass p = EditMerge.apply("FROM a\nRUN b\n", List.of(first, both));
        // the second fix also edits RUN, so it waits whole: its FROM edit is not applied either
        assertEquals("FROM a\nRuN b\n", p.text());
        assertEquals(List.of(both), p.deferred());
    }

    @Test
    void lineEndsInReplacementsFollowTheLineTheyGoInto() {
        String crlf = "FROM a\r\nMAINTAINER x\r\n";
        EditMerge.Pass p = EditMerge.apply(crlf, List.of(replace(2, 1, 13, "LABEL a=b\nLABEL c=d")));
        assertEquals("FROM a\r\nLABEL a=b\r\nLABEL c=d\r\n", p.text());
    }

    @Test
    void aColumnPastTheLineEndStopsBeforeTheLineTerminator() {
        EditMerge.Pass p = EditMerge.apply("FROM a\r\nRUN b\r\n", List.of(replace(1, 6, 40, "b")));
        assertEquals("FROM b\r\nRUN b\r\n", p.text());
    }

    @Test
    void deletingWholeLinesTakesTheirLineEnds() {
        Fix del = Fix.of("del", List.of(Fix.Edit.delete(new SourceRange(2, 1, 3, 1))));
        assertEquals("RUN a \\\n  b\n", EditMerge.apply("RUN a \\\n\n  b\n", List.of(del)).text());
        // the last line without a final newline
        Fix last = Fix.of("del", List.of(Fix.Edit.delete(new SourceRange(2, 1, 3, 1))));
        assertEquals("FROM a\n", EditMerge.apply("FROM a\n  ", List.of(last)).text());
    }

    @Test
    void aRangeOutsideTheTextIsNotApplied() {
        Fix far = replace(9, 1, 2, "x");
        EditMerge.Pass p = EditMerge.apply("FROM a\n", List.of(far));
        assertEquals("FROM a\n", p.text());
        assertEquals(List.of(far), p.deferred());
    }
}
