package dflint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
    @Test
    void oneChangedLineWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("--- a/x\n+++ b/x\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.of("a/x", "b/x", a, b));
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a", "b", "x\n", "x\n"));
    }

    @Test
    void aLastLineWithoutNewlineIsMarked() {
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n FROM a\n-RUN b\n\\ No newline at end of file\n+RUN c\n\\ No newline at end of file\n",
                UnifiedDiff.of("a", "b", "FROM a\nRUN b", "FROM a\nRUN c"));
    }

    @Test
    void crlfLinesKeepTheirLineEnds() {
        assertEquals("--- a\n+++ b\n@@ -1,2 +1,2 @@\n-from a\r\n+FROM a\r\n RUN b\r\n", UnifiedDiff.of("a", "b", "from a\r\nRUN b\r\n", "FROM a\r\nRUN b\r\n"));
    }

    @Test
    void farApartChangesMakeTwoHunksAndDeletedLinesCountRight() {
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            a.append(i).append('\n');
            if (i == 2) b.append("two\n");
            else if (i != 15) b.append(i).append('\n');
        }
        assertEquals("--- a\n+++ b\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -12,7 +12,6 @@\n 12\n 13\n 14\n-15\n 16\n 17\n 18\n",
                UnifiedDiff.of("a", "b", a.toString(), b.toString()));
    }

    /** Applying the diff to the old text gives the new one, for random edits of random texts. */
    @Test
    void theDiffAppliesBackToTheNewText() {
        Random r = new Random(14);
        for (int round = 0; round < 500; round++) {
            List<String> lines = new ArrayList<>();
            int n = r.nextInt(30);
            for (int i = 0; i < n; i++) lines.add("l" + r.nextInt(6) + (r.nextInt(5) == 0 ? "\r\n" : "\n"));
            String a = String.join("", lines) + (r.nextBoolean() ? "tail" : "");
            List<String> edited = new ArrayList<>(LineDiff.lines(a));
            for (int e = r.nextInt(5); e >= 0; e--) {
                int at = edited.isEmpty() ? 0 : r.nextInt(edited.size() + 1);
                switch (r.nextInt(3)) {
                    case 0 -> edited.add(at, "new" + r.nextInt(3) + "\n");
                    case 1 -> { if (at < edited.size()) edited.remove(at); }
                    default -> { if (at < edited.size()) edited.set(at, "changed" + r.nextInt(3) + "\n"); }
                }
            }
            String b = String.join("", edited);
            String diff = UnifiedDiff.of("a", "b", a, b);
            assertEquals(b, apply(a, diff), "round " + round + "\n" + diff);
        }
    }

    /** A minimal patch: hunks in order, context checked. */
    static String apply(String text, String diff) {
        if (diff.isEmpty()) return text;
        List<String> old = LineDiff.lines(text);
        List<String> d = LineDiff.lines(diff);
        StringBuilder out = new StringBuilder();
        int at = 0;
        int i = 2;
        while (i < d.size()) {
            String h = d.get(i++);
            if (!h.startsWith("@@ -")) throw new AssertionError("expected a hunk header: " + h);
            String[] parts = h.substring(4, h.indexOf(" @@")).split(" \\+");
            int start = Integer.parseInt(parts[0].split(",")[0]);
            int count = parts[0].contains(",") ? Integer.parseInt(parts[0].split(",")[1]) : 1;
            int from = count == 0 ? start : start - 1;
            while (at < from) out.append(old.get(at++));
            while (i < d.size() && !d.get(i).startsWith("@@ ")) {
                String l = d.get(i++);
                boolean noNewline = i < d.size() && d.get(i).startsWith("\\ No newline");
                String body = l.substring(1);
                if (noNewline) {
                    body = body.substring(0, body.length() - 1);
                    i++;
                }
                switch (l.charAt(0)) {
                    case ' ' -> {
                        if (!old.get(at).equals(body)) throw new AssertionError("context differs at line " + (at + 1));
                        out.append(old.get(at++));
                    }
                    case '-' -> {
                        if (!old.get(at).equals(body)) throw new AssertionError("deleted line differs at line " + (at + 1));
                        at++;
                    }
                    case '+' -> out.append(body);
                    default -> throw new AssertionError("bad line: " + l);
                }
            }
        }
        while (at < old.size()) out.append(old.get(at++));
        return out.toString();
    }
}
