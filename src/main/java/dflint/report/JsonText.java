package dflint.report;

/** JSON string escaping for the hand-written writers (no Jackson on the common path). */
public final class JsonText {
    private JsonText() {}

    /** A JSON string of {@code s}: quoted, with quotes, backslashes and control characters escaped. */
    public static String quote(String s) {
        return quote(s, false);
    }

    /**
     * As {@link #quote(String)}, and every character beyond ASCII written as a {@code \}{@code uXXXX}
     * escape (a pair of them beyond the BMP), as Jackson's ESCAPE_NON_ASCII does: the same JSON
     * value, in a text that stays one byte a character. SARIF uses it.
     */
    public static String quoteAscii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean ascii) {
        // Most strings (names, ids, paths, messages) need no escape: one scan, then one copy.
        // A short run executes this uncompiled, where the per-character loop below costs several
        // times the scan.
        int plain = 0;
        while (plain < s.length()) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7F) break;
            plain++;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        if (plain == s.length()) return b.append('"').append(s).append('"').toString();
        b.append('"').append(s, 0, plain);
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                case '\b': b.append("\\b"); break;
                case '\f': b.append("\\f"); break;
                default:
                    if (Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
                        hex(b, 0xFFFD, ascii);
                    } else if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || (ascii && c > 0x7F)) {
                        hex(b, c, ascii);
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static final char[] LOWER = "0123456789abcdef".toCharArray();
    private static final char[] UPPER = "0123456789ABCDEF".toCharArray();

    /** {@code \}{@code uXXXX}: lower-case digits as the JSON reports always had, upper-case in SARIF, as Jackson writes them. */
    private static void hex(StringBuilder b, int c, boolean upper) {
        char[] digits = upper ? UPPER : LOWER;
        b.append('\\').append('u').append(digits[(c >> 12) & 0xF]).append(digits[(c >> 8) & 0xF])
                .append(digits[(c >> 4) & 0xF]).append(digits[c & 0xF]);
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
