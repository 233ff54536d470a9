package dflint.syntax;

/**
 * Edit distance for did-you-mean suggestions, counting a swap of two
 * neighbouring letters as one edit (RNU is one edit from RUN); stops early
 * past a bound.
 */
public final class Levenshtein {
    private Levenshtein() {}

    /** Distance between a and b, or any value at least {@code bound} once it is known to reach it. */
    public static int distance(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) >= bound) return bound;
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin >= bound) return bound;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
