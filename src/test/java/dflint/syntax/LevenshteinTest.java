package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LevenshteinTest {
    /** Plain full-table edit distance with adjacent swaps, the definition the banded one must match. */
    private static int reference(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void agreesWithTheFullTableBelowTheBoundAndReachesTheBoundAbove() {
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(random);
            String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
            int bound = 1 + random.nextInt(5);
            int want = reference(a, b);
            int got = Levenshtein.distance(a, b, bound);
            if (want < bound) assertEquals(want, got, a + " / " + b + " bound " + bound);
            else assertEquals(true, got >= bound, a + " / " + b + " bound " + bound + " gave " + got);
        }
    }

    @Test
    void knownPairs() {
        assertEquals(1, Levenshtein.distance("RNU", "RUN", 3));
        assertEquals(1, Levenshtein.distance("FORM", "FROM", 3));
        assertEquals(2, Levenshtein.distance("build", "buld2", 3));
        assertEquals(0, Levenshtein.distance("same", "same", 3));
        assertEquals(3, Levenshtein.distance("a", "abcd", 3));
    }

    @Test
    void longNamesCostTheirLengthTimesTheBound() {
        String a = "x".repeat(200_000);
        String b = "yy" + a.substring(2);
        // a full table would be 4e10 cells; the band is about a million
        assertEquals(2, Levenshtein.distance(a, b, 3));
    }

    @Test
    void closestStopsWhenTheBudgetIsSpent() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 100; i++) names.add("NAME" + i);
        assertEquals("NAME7", Levenshtein.closest("NAME7x", names, 3, new Levenshtein.Budget()));
        assertNull(Levenshtein.closest("NAME7x", names, 3, new Levenshtein.Budget(5)));
        Levenshtein.Budget shared = new Levenshtein.Budget(150);
        assertEquals("NAME1", Levenshtein.closest("NAME1x", names, 3, shared));
        assertNull(Levenshtein.closest("NAME99x", names, 3, shared), "the second search found the budget spent");
    }

    private static String word(Random random) {
        int n = random.nextInt(9);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append((char) ('a' + random.nextInt(4)));
        return b.toString();
    }

    private static String mutate(String a, Random random) {
        StringBuilder b = new StringBuilder(a);
        for (int k = random.nextInt(3); k >= 0; k--) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> { if (b.length() > 0) b.deleteCharAt(at); }
                case 2 -> { if (b.length() > 0) b.setCharAt(at, (char) ('a' + random.nextInt(4))); }
                default -> {
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
