package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link ShellPattern} finds what the regular expression it replaced found: the same pattern
 * turned into a java.util.regex expression (as the lexer used to do) is the reference here, over
 * many generated patterns and values; replacing every match follows Go's loop over those matches.
 */
class ShellPatternTest {
    /** The old translation: '*' to .* (or .*?), '?' to '.', escapes kept, regex specials quoted. */
    private static Pattern regexOf(String pattern, boolean greedy, boolean anchored) {
        StringBuilder out = new StringBuilder();
        if (anchored) out.append('^');
        int i = 0;
        while (i < pattern.length()) {
            int tok = pattern.codePointAt(i);
            i += Character.charCount(tok);
            if (tok == '*') {
                out.append(greedy ? ".*" : ".*?");
            } else if (tok == '?') {
                out.append('.');
            } else if (tok == '\\') {
                int peek = pattern.codePointAt(i);
                if (peek == '}' || peek == '/') continue;
                i += Character.charCount(peek);
                out.append('\\').appendCodePoint(peek);
            } else {
                if ("[]{}.+()|^$".indexOf(tok) >= 0) out.append('\\');
                out.appendCodePoint(tok);
            }
        }
        return Pattern.compile(out.toString(), Pattern.UNIX_LINES);
    }

    private static final String[] PATTERN_PIECES = {"a", "b", "*", "*", "?", "\\*", "\\?", "\\\\", "\\}", "\\/", ".",
        "(", "[", "$", "^", "é", "\n", "ab"};
    private static final String[] VALUE_PIECES = {"a", "b", "a", "b", "*", "?", "\\", ".", "(", "$", "é", "\n", "ab"};

    private static String generate(Random random, String[] pieces, int maxLength) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(maxLength + 1);
        for (int i = 0; i < n; i++) b.append(pieces[random.nextInt(pieces.length)]);
        return b.toString();
    }

    private static void compare(String pattern, String value) throws Exception {
        String where = "pattern " + escape(pattern) + " on " + escape(value);
        for (boolean greedy : new boolean[] {true, false}) {
            Matcher anchored = regexOf(pattern, greedy, true).matcher(value);
            int expected = anchored.find() ? anchored.end() : -1;
            assertEquals(expected, ShellPattern.compile(pattern, greedy).matchAt(value, 0),
                    "anchored, greedy=" + greedy + ": " + where);
        }
        ShellPattern shell = ShellPattern.compile(pattern, true);
        Matcher m = regexOf(pattern, true, false).matcher(value);
        int[] first = shell.find(value, 0);
        if (m.find()) {
            assertArrayEquals(new int[] {m.start(), m.end()}, first, "first match: " + where);
        } else {
            assertNull(first, "no match: " + where);
        }
        assertEquals(goReplaceAll(regexOf(pattern, true, false), value, "<$>"), shell.replaceAll(value, "<$>", Integer.MAX_VALUE),
                "replace all: " + where);
    }

    /**
     * Replace-all as Go's Regexp.ReplaceAllString loops (BuildKit's), over the regex's matches:
     * an empty match right where the previous match ended is not replaced, and each search
     * starts one character on, or at the match's end if that is further. Java's Matcher loop
     * differs there: ".*" on "ab" gives two replacements in Java, one in Go (and in BuildKit,
     * see SubstitutionPatternsTest).
     */
    private static String goReplaceAll(Pattern regex, String value, String replacement) {
        StringBuilder out = new StringBuilder();
        Matcher m = regex.matcher(value);
        int lastEnd = 0;
        int search = 0;
        while (search <= value.length() && m.find(search)) {
            out.append(value, lastEnd, m.start());
            if (m.end() > lastEnd || m.start() == 0) out.append(replacement);
            lastEnd = m.end();
            int width = search < value.length() ? Character.charCount(value.codePointAt(search)) : 0;
            search = Math.max(search + Math.max(width, 1), m.end());
        }
        out.append(value, lastEnd, value.length());
        return out.toString();
    }

    private static String escape(String s) {
        return "'" + s.replace("\n", "\\n") + "'";
    }

    @Test
    void agreesWithTheRegexOnGeneratedPatternsAndValues() throws Exception {
        Random random = new Random(16);
        int compared = 0;
        for (int i = 0; i < 40_000; i++) {
            String pattern = generate(random, PATTERN_PIECES, 6);
            String value = generate(random, VALUE_PIECES, 10);
            compare(pattern, value);
            compared++;
        }
        assertEquals(40_000, compared);
    }

    @Test
    void agreesOnHandPickedCases() throws Exception {
        String[][] cases = {
            {"", ""}, {"", "abc"}, {"*", ""}, {"*", "ab\ncd"}, {"?", "ab\ncd"}, {"*b", "abab"}, {"a*", "abab"},
            {"*a*", "xaxax"}, {"a?c", "abcabc"}, {"**", "aa"}, {"*\\**", "a*b*c"}, {"\\\\", "a\\b"},
            {"\\}", "a}b"}, {"\\/x", "a/x"}, {"[a]", "[a]a"}, {"a.b", "aab a.b"}, {"*\n", "a\nb\n"},
            {"?*?", "abc\nd"}, {"a*b*c", "aabbcc abc"}, {"*x*y*z", "xyzxyz"},
        };
        for (String[] c : cases) compare(c[0], c[1]);
    }

    @Test
    void aSupplementaryCharacterIsOneCharacter() throws Exception {
        assertEquals(2, ShellPattern.compile("?", true).matchAt("\uD83D\uDE00x", 0));
        assertEquals(3, ShellPattern.compile("?x", true).matchAt("\uD83D\uDE00x", 0));
        assertEquals("<>\uD83D\uDE00<>", ShellPattern.compile("", true).replaceAll("\uD83D\uDE00", "<>", 100));
        compare("*\uD83D\uDE00", "a\uD83D\uDE00b\uD83D\uDE00");
        compare("?\uD83D\uDE00", "a\uD83D\uDE00b\uD83D\uDE00");
    }

    @Test
    void badEscapesAreRejectedAsBuildkitWordsThem() {
        assertEquals("invalid escape '\\a'",
                assertThrows(ShellPattern.InvalidEscape.class, () -> ShellPattern.compile("x\\a", true)).getMessage());
        assertEquals("invalid escape '\\\uFFFD'",
                assertThrows(ShellPattern.InvalidEscape.class, () -> ShellPattern.compile("x\\", true)).getMessage());
    }

    @Test
    void aReplacementPastTheLimitStops() throws Exception {
        assertNull(ShellPattern.compile("a", true).replaceAll("aaaa", "bbbb", 10));
        assertEquals("bbbbbbbb", ShellPattern.compile("a", true).replaceAll("aa", "bbbb", 10));
    }

    @Test
    void manyStarsOnALongValueAnswerQuickly() throws Exception {
        String value = "a".repeat(3000);
        assertEquals(-1, ShellPattern.compile("*a*a*a*b", true).matchAt(value, 0));
        assertNull(ShellPattern.compile("*a*a*a*b", true).find(value, 0));
    }
}
