package dflint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of two texts, and which of them the two share: Myers' O(ND) shortest edit script, so
 * the cost follows the number of changed lines, which a fix keeps small.
 */
final class LineDiff {
    private LineDiff() {}

    /** The lines of a text, each with its terminator ({@code \n} or {@code \r\n}); the last may have none. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    /** One step of the script: a line kept, deleted from a, or inserted from b (indices into a and b). */
    record Op(char kind, int a, int b) {}

    /** The shortest edit script turning {@code a} into {@code b}: ' ' kept, '-' deleted, '+' inserted. */
    static List<Op> diff(List<String> a, List<String> b) {
        int n = a.size(), m = b.size();
        // common head and tail first: the script only has to cover the middle
        int head = 0;
        while (head < n && head < m && a.get(head).equals(b.get(head))) head++;
        int tail = 0;
        while (tail < n - head && tail < m - head && a.get(n - 1 - tail).equals(b.get(m - 1 - tail))) tail++;
        List<Op> out = new ArrayList<>();
        for (int i = 0; i < head; i++) out.add(new Op(' ', i, i));
        middle(a, b, head, n - tail, head, m - tail, out);
        for (int i = 0; i < tail; i++) out.add(new Op(' ', n - tail + i, m - tail + i));
        return out;
    }

    /**
     * Myers' greedy forward search over a[a0,a1) and b[b0,b1). After step d only the diagonals
     * -d..d are kept for the way back, so memory grows with the square of the changes, not with
     * the length of the file.
     */
    private static void middle(List<String> a, List<String> b, int a0, int a1, int b0, int b1, List<Op> out) {
        int n = a1 - a0, m = b1 - b0;
        if (n == 0 && m == 0) return;
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++) {
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(a0 + x).equals(b.get(b0 + y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    found = d;
                    break;
                }
            }
            trace.add(java.util.Arrays.copyOfRange(v, offset - d, offset + d + 1));
        }
        List<Op> rev = new ArrayList<>();
        int x = n, y = m;
        for (int d = found; d > 0; d--) {
            int[] pv = trace.get(d - 1); // diagonals -(d-1)..d-1 after step d-1
            int k = x - y;
            boolean down = k == -d || (k != d && pv[k - 1 + d - 1] < pv[k + 1 + d - 1]);
            int prevK = down ? k + 1 : k - 1;
            int prevX = pv[prevK + d - 1];
            int prevY = prevX - prevK;
            while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
                rev.add(new Op(' ', a0 + x - 1, b0 + y - 1));
                x--;
                y--;
            }
            if (down) rev.add(new Op('+', a0 + x, b0 + y - 1));
            else rev.add(new Op('-', a0 + x - 1, b0 + y));
            x = prevX;
            y = prevY;
        }
        while (x > 0 && y > 0) {
            rev.add(new Op(' ', a0 + x - 1, b0 + y - 1));
            x--;
            y--;
        }
        for (int i = rev.size() - 1; i >= 0; i--) out.add(rev.get(i));
    }
}
