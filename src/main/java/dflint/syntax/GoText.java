package dflint.syntax;

/**
 * Character classes and trimming exactly as BuildKit's Go code applies them.
 * Java's own notions differ (Character.isWhitespace excludes U+00A0 and
 * includes U+001C..U+001F), and the differences show in real files.
 */
public final class GoText {
    private GoText() {}

    /** Go's unicode.IsSpace. */
    public static boolean isSpace(int c) {
        switch (c) {
            case '\t': case '\n': case 0x0B: case '\f': case '\r': case ' ':
            case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
            case 0x202F: case 0x205F: case 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200A;
        }
    }

    /** The ASCII class [\t\v\f\r ] BuildKit splits arguments on. */
    static boolean isSplitSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    static int skipSpace(String s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) i++;
        return i;
    }

    static int trimEnd(String s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) i--;
        return i;
    }

    /** Length of s once every trailing '\r' and '\n' is removed (BuildKit's trimNewline). */
    static int withoutNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return end;
    }

    /**
     * BuildKit's continuation test on one line (newline already removed): the line
     * ends in a single escape character followed only by spaces or tabs. Returns
     * the index of that escape character, or -1 when the line does not continue.
     */
    static int continuationAt(String s, int from, int to, char escape) {
        int i = to;
        while (i > from && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) i--;
        if (i == from || s.charAt(i - 1) != escape) return -1;
        int esc = i - 1;
        // "a\\" does not continue: the character before the escape must be another one
        if (esc > from && s.charAt(esc - 1) == escape) return -1;
        return esc;
    }

    /**
     * Go's strings.ToLower: each code point on its own (unicode.ToLower), so U+0130 becomes a
     * plain i, where String.toLowerCase would add a combining dot.
     */
    static String lower(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int l = Character.toLowerCase(c);
            if (l != c && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) b.appendCodePoint(l);
            i += Character.charCount(c);
        }
        return b == null ? s : b.toString();
    }
}
