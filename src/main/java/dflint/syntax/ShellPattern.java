package dflint.syntax;

/**
 * The shell pattern of a {@code ${VAR#pattern}}, {@code %} or {@code /} modifier, matched the way
 * BuildKit matches it after turning it into a regular expression: {@code *} is any run of
 * characters other than a newline (the longest first when greedy, else the shortest), {@code ?}
 * one character other than a newline, everything else itself.
 *
 * <p>Written by hand rather than compiled to a {@code java.util.regex.Pattern}: the JDK's regex
 * engine links lambdas for its character classes, which a lint must not pay for (see
 * ColdPathTest). The search tries alternatives in the order a backtracking regex engine does, so
 * it finds the same match a regex would.
 */
final class ShellPattern {
    /** A token: a code point, or one of these two. */
    private static final int STAR = -2;
    private static final int ANY = -3;

    private final int[] tokens;
    private final boolean greedy;
    private final int stars;

    private ShellPattern(int[] tokens, int count, boolean greedy) {
        this.tokens = java.util.Arrays.copyOf(tokens, count);
        this.greedy = greedy;
        int n = 0;
        for (int t : this.tokens) if (t == STAR) n++;
        this.stars = n;
    }

    /** Thrown for an escape BuildKit rejects; the message follows {@code invalid pattern (...) in substitution: }. */
    static final class InvalidEscape extends Exception {
        InvalidEscape(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a pattern: an escape makes {@code * ? \} literal, is dropped before {@code } /}, and is
     * an error before anything else or at the end.
     */
    static ShellPattern compile(String pattern, boolean greedy) throws InvalidEscape {
        int[] tokens = new int[pattern.length()];
        int count = 0;
        int i = 0;
        while (i < pattern.length()) {
            int tok = pattern.codePointAt(i);
            i += Character.charCount(tok);
            if (tok == '*') {
                tokens[count++] = STAR;
            } else if (tok == '?') {
                tokens[count++] = ANY;
            } else if (tok == '\\') {
                if (i >= pattern.length()) throw new InvalidEscape("invalid escape '\\\uFFFD'");
                int escaped = pattern.codePointAt(i);
                if (escaped == '}' || escaped == '/') continue;
                i += Character.charCount(escaped);
                if (escaped != '*' && escaped != '?' && escaped != '\\') {
                    throw new InvalidEscape("invalid escape '\\" + new String(Character.toChars(escaped)) + "'");
                }
                tokens[count++] = escaped;
            } else {
                tokens[count++] = tok;
            }
        }
        return new ShellPattern(tokens, count, greedy);
    }

    /** Where a match starting at {@code start} ends, or -1 when none starts there. */
    int matchAt(String value, int start) {
        return new Search(value).match(0, start);
    }

    /**
     * The leftmost match starting at or after {@code from} (a code-point boundary) as
     * {@code {start, end}}, or null.
     */
    int[] find(String value, int from) {
        Search search = new Search(value);
        int s = from;
        while (s <= value.length()) {
            int end = search.match(0, s);
            if (end >= 0) return new int[] {s, end};
            if (s == value.length()) break;
            s += Character.charCount(value.codePointAt(s));
        }
        return null;
    }

    /**
     * Every match replaced by {@code replacement}, as Go's {@code Regexp.ReplaceAllString} does it
     * for BuildKit: each search starts where the last one moved on to (past the last match, or one
     * character on when that match was empty or ended before it), and an empty match right where
     * the previous match ended is not replaced: a lone star, replaced everywhere, gives one copy
     * of the replacement, not two. Null as soon as the result grows past {@code limit} characters.
     */
    String replaceAll(String value, String replacement, int limit) {
        StringBuilder out = new StringBuilder();
        int lastEnd = 0;
        int searchFrom = 0;
        while (searchFrom <= value.length()) {
            int[] m = find(value, searchFrom);
            if (m == null) break;
            out.append(value, lastEnd, m[0]);
            if (m[1] > lastEnd || m[0] == 0) out.append(replacement);
            if (out.length() > limit) return null;
            lastEnd = m[1];
            // on by one character (one step past the end), or to the match's end if that is further
            int width = searchFrom < value.length() ? Character.charCount(value.codePointAt(searchFrom)) : 1;
            searchFrom = Math.max(searchFrom + width, m[1]);
        }
        out.append(value, lastEnd, value.length());
        return out.toString();
    }

    /** The value without the prefix a match from its start takes ({@code ${v#p}}, {@code ${v##p}}), else the value. */
    String trimPrefixOf(String value) {
        int end = matchAt(value, 0);
        return end >= 0 ? value.substring(end) : value;
    }

    /**
     * The value with its first match, or every match, replaced ({@code ${v/p/r}}, {@code ${v//p/r}});
     * null when replacing every match grows it past {@code limit} characters.
     */
    String replace(String value, String replacement, boolean all, int limit) {
        if (all) return replaceAll(value, replacement, limit);
        int[] m = find(value, 0);
        return m == null ? value : value.substring(0, m[0]) + replacement + value.substring(m[1]);
    }

    /**
     * For a pattern compiled from {@link #reversePattern}'s text: the value without the suffix a
     * match ending at its end takes ({@code ${v%p}}, {@code ${v%%p}}), else the value. The
     * shortest rightmost match is not what a leftmost search finds, so the reversed pattern
     * trims the reversed value's prefix.
     */
    String trimSuffixOf(String value) {
        return reverse(trimPrefixOf(reverse(value)));
    }

    /** A pattern's text reversed, each escape kept before the character it escapes (see {@link #trimSuffixOf}). */
    static String reversePattern(String pattern) {
        int[] cps = codePoints(pattern);
        int[] out = new int[cps.length];
        int last = cps.length - 1;
        for (int i = 0; i <= last; ) {
            int at = last - i;
            if (cps[i] == '\\' && i != last) {
                out[at - 1] = cps[i];
                out[at] = cps[i + 1];
                i += 2;
            } else {
                out[at] = cps[i];
                i++;
            }
        }
        return new String(out, 0, out.length);
    }

    /** s reversed a code point at a time. */
    private static String reverse(String s) {
        int[] cps = codePoints(s);
        for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
            int t = cps[i];
            cps[i] = cps[j];
            cps[j] = t;
        }
        return new String(cps, 0, cps.length);
    }

    /** The code points of s (a loop, not String.codePoints(): see ColdPathTest). */
    private static int[] codePoints(String s) {
        int[] cps = new int[s.codePointCount(0, s.length())];
        for (int i = 0, n = 0; i < s.length(); n++) {
            cps[n] = s.codePointAt(i);
            i += Character.charCount(cps[n]);
        }
        return cps;
    }

    /** One search over one value; remembers the (token, position) pairs known to fail. */
    private final class Search {
        final String value;
        /** Allocated only for two or more stars, where backtracking can revisit a pair. */
        final java.util.BitSet failed;

        Search(String value) {
            this.value = value;
            boolean small = (long) tokens.length * (value.length() + 1) < Integer.MAX_VALUE;
            this.failed = stars >= 2 && small ? new java.util.BitSet() : null;
        }

        /** Where tokens[t..] match from pos, trying alternatives in regex priority order; -1 if nowhere. */
        int match(int t, int pos) {
            // plain tokens in a loop; only a star needs to recurse
            while (t < tokens.length && tokens[t] != STAR) {
                if (pos >= value.length()) return -1;
                int c = value.codePointAt(pos);
                int tok = tokens[t];
                if (tok == ANY ? c == '\n' : c != tok) return -1;
                pos += Character.charCount(c);
                t++;
            }
            if (t == tokens.length) return pos;
            int key = t * (value.length() + 1) + pos;
            if (failed != null && failed.get(key)) return -1;
            int end = star(t, pos);
            if (end < 0 && failed != null) failed.set(key);
            return end;
        }

        /** The star at tokens[t] from pos: the longest run first when greedy, else the shortest. */
        private int star(int star, int pos) {
            int limit = pos;
            while (limit < value.length() && value.charAt(limit) != '\n') {
                limit += Character.charCount(value.codePointAt(limit));
            }
            if (greedy) {
                for (int e = limit; ; e -= Character.charCount(value.codePointBefore(e))) {
                    int end = match(star + 1, e);
                    if (end >= 0) return end;
                    if (e == pos) return -1;
                }
            }
            for (int e = pos; ; e += Character.charCount(value.codePointAt(e))) {
                int end = match(star + 1, e);
                if (end >= 0) return end;
                if (e == limit) return -1;
            }
        }
    }
}
