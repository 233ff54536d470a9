package dflint.syntax;

/**
 * Edit distance for did-you-mean suggestions, counting a swap of two
 * neighbouring letters as one edit (RNU is one edit from RUN); stops early
 * past a bound.
 */
public final class Levenshtein {
    private Levenshtein() {}

    /**
     * Distance between a and b, or any value at least {@code bound} once it is known to reach it.
     * Only the diagonal band a distance below {@code bound} can pass through is computed, so two
     * long names cost their length times the bound, not the product of their lengths.
     */
    public static int distance(String a, String b, int bound) {
        int n = a.length();
        int m = b.length();
        if (bound <= 0) return 0;
        if (Math.abs(n - m) >= bound) return bound;
        // any value >= bound stands for "too far"; cells outside the band hold it
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = Math.min(j, bound);
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - bound + 1);
            int hi = Math.min(m, i + bound - 1);
            cur[lo - 1] = lo == 1 ? Math.min(i, bound) : bound;
            int rowMin = cur[lo - 1];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = Math.min(v, bound);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) cur[hi + 1] = bound;
            if (rowMin >= bound) return bound;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    /** Plain edit distance (insert, delete, substitute; a swap is two edits), as BuildKit's did-you-mean counts. */
    public static int plainDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The first of {@code candidates} closest to {@code name} at a distance below {@code bound}
     * (candidates equal to the name are skipped), or null; null too once {@code budget} is spent.
     */
    public static String closest(String name, Iterable<String> candidates, int bound, Budget budget) {
        String best = null;
        int bestDistance = bound;
        for (String c : candidates) {
            if (c == null || c.equals(name)) continue;
            if (!budget.spend()) return null;
            int d = distance(name, c, bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /**
     * How many comparisons the did-you-mean searches over one file may make in all. A file with
     * a hundred thousand names and as many misses would otherwise cost a quadratic search; past
     * the budget, messages simply come without a suggestion.
     */
    public static final class Budget {
        private long left;

        public Budget() {
            this(300_000);
        }

        public Budget(long comparisons) {
            this.left = comparisons;
        }

        /** Takes one comparison; false when none is left. */
        public boolean spend() {
            if (left <= 0) return false;
            left--;
            return true;
        }
    }
}
