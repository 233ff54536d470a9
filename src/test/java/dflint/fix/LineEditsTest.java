package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineEditsTest {
    @Test
    void oneChangedLineIsOneEdit() {
        List<Fix.Edit> e = LineEdits.between("FROM a\nrun b\nCMD c\n", "FROM a\nRUN b\nCMD c\n");
        assertEquals(1, e.size());
        assertEquals("2:1-3:1", e.get(0).range().toString());
        assertEquals("RUN b\n", e.get(0).replacement());
    }

    /** The edits written into the text as they are, last first, as an editor applies them. */
    private static String splice(String text, List<Fix.Edit> edits) {
        SourceText src = new SourceText(text);
        StringBuilder b = new StringBuilder(text);
        for (int k = edits.size() - 1; k >= 0; k--) {
            Fix.Edit e = edits.get(k);
            int s = src.offset(e.range().startLine(), e.range().startColumn());
            int t = src.offset(e.range().endLine(), e.range().endColumn());
            b.replace(s, t, e.replacement());
        }
        return b.toString();
    }

    /** Spliced into the old text, the edits give the new one, for random edits of random texts. */
    @Test
    void theEditsRebuildTheNewText() {
        Random r = new Random(15);
        for (int round = 0; round < 500; round++) {
            List<String> lines = new ArrayList<>();
            int n = r.nextInt(20);
            for (int i = 0; i < n; i++) lines.add("l" + r.nextInt(5) + (r.nextInt(4) == 0 ? "\r\n" : "\n"));
            String a = String.join("", lines) + (r.nextBoolean() ? "end" : "");
            List<String> edited = new ArrayList<>(LineDiff.lines(a));
            for (int e = r.nextInt(5); e >= 0; e--) {
                int at = edited.isEmpty() ? 0 : r.nextInt(edited.size() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> edited.add(at, "new" + r.nextInt(3) + "\n");
                    case 1 -> { if (at < edited.size()) edited.remove(at); }
                    default -> { if (at < edited.size()) edited.set(at, "x" + r.nextInt(3) + "\n"); }
                }
            }
            String b = String.join("", edited);
            assertEquals(b, splice(a, LineEdits.between(a, b)), "round " + round);
        }
    }
}
