package dflint.project;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values a variable can take in one script, Makefile or workflow, so that
 * {@code docker build --target "$TARGET"} counts: {@code for TARGET in a b}, {@code TARGET=a},
 * a shell array ({@code TARGETS=(a b)} looped over with {@code "${TARGETS[@]}"}), Make's
 * {@code TARGET ?= a} and a {@code ${TARGET:-a}} default. Only literal words are kept; a value
 * built from other variables is unknown and dropped, so nothing is guessed.
 */
final class ShellValues {
    private ShellValues() {}

    /** Enough for any real list of targets; a longer one is not a list of targets. */
    private static final int MAX_VALUES = 64;

    /**
     * The literal values of a word that is one variable reference ({@code $NAME}, {@code ${NAME}},
     * {@code ${NAME-default}}, {@code ${NAME:-default}}, {@code $(NAME)}), or an empty list.
     */
    static List<String> of(String text, String word) {
        if (!word.startsWith("$") || word.length() < 2) return List.of();
        String name;
        String fallback = null;
        char open = word.charAt(1);
        if (open == '{' || open == '(') {
            int nameEnd = nameEnd(word, 2);
            if (nameEnd < 0 || nameEnd >= word.length()) return List.of();
            name = word.substring(2, nameEnd);
            char close = open == '{' ? '}' : ')';
            int last = word.length() - 1;
            if (word.charAt(last) != close) return List.of();
            if (nameEnd < last) {
                // ${NAME-default} or ${NAME:-default}, the default without '}' or '$'
                if (open != '{') return List.of();
                int d = word.startsWith(":-", nameEnd) ? nameEnd + 2 : word.charAt(nameEnd) == '-' ? nameEnd + 1 : -1;
                if (d < 0 || d > last) return List.of();
                fallback = word.substring(d, last);
                if (fallback.indexOf('}') >= 0 || fallback.indexOf('$') >= 0) return List.of();
            }
        } else {
            if (nameEnd(word, 1) != word.length()) return List.of();
            name = word.substring(1);
        }
        Set<String> out = new LinkedHashSet<>();
        if (fallback != null && !fallback.isEmpty()) out.add(fallback);
        values(text, name, out, true);
        return new ArrayList<>(out);
    }

    /** Where a shell name ([A-Za-z_][A-Za-z0-9_]*) starting at from ends, or -1 when none starts there. */
    private static int nameEnd(String s, int from) {
        if (from >= s.length() || !isNameStart(s.charAt(from))) return -1;
        int i = from + 1;
        while (i < s.length() && (isNameStart(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) i++;
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** {@code ${LIST[@]}} or {@code ${LIST[*]}}: the array's name, else null. */
    private static String arrayElements(String w) {
        if (!w.startsWith("${") || !w.endsWith("]}")) return null;
        int end = nameEnd(w, 2);
        if (end < 0 || end + 4 != w.length() || w.charAt(end) != '[') return null;
        char all = w.charAt(end + 1);
        return all == '@' || all == '*' ? w.substring(2, end) : null;
    }

    // The scanning below is written by hand, not with java.util.regex, whose character classes
    // link lambdas at run time (see ColdPathTest); the comments give the expression each follows.

    private static void values(String text, String name, Set<String> out, boolean followArrays) {
        // for NAME in a b c; do   /   for NAME in "${LIST[@]}"
        int from = 0;
        while (out.size() < MAX_VALUES) {
            int[] list = nextLoop(text, name, from);
            if (list == null) break;
            from = list[1];
            for (String w : BuildCommands.words(text.substring(list[0], list[1]))) {
                if (w.equals("do")) break;
                String array = arrayElements(w);
                if (array != null) {
                    if (followArrays) values(text, array, out, false);
                } else {
                    literal(w, out);
                }
            }
        }
        // NAME=value, NAME=(a b), declare -a NAME=(...), export NAME=..., and Make's NAME ?= / := / = value
        from = 0;
        while (out.size() < MAX_VALUES) {
            int[] value = nextAssignment(text, name, from);
            if (value == null) break;
            from = value[1];
            String v = text.substring(value[0], value[1]).trim();
            if (v.startsWith("(")) {
                for (String w : BuildCommands.words(v.substring(1, v.length() - 1))) literal(w, out);
            } else {
                List<String> words = BuildCommands.words(v);
                if (words.size() == 1) literal(words.get(0), out);
            }
        }
    }

    /**
     * The next {@code \bfor\s+NAME\s+in\s+([^;\n]*)} at or after from: the list's {start, end},
     * or null.
     */
    private static int[] nextLoop(String text, String name, int from) {
        for (int p = text.indexOf("for", from); p >= 0; p = text.indexOf("for", p + 1)) {
            if (wordBefore(text, p)) continue;
            int i = blanks(text, p + 3);
            if (i == p + 3 || !text.startsWith(name, i)) continue;
            int j = blanks(text, i + name.length());
            if (j == i + name.length() || !text.startsWith("in", j)) continue;
            int k = blanks(text, j + 2);
            if (k == j + 2) continue;
            int end = k;
            while (end < text.length() && text.charAt(end) != ';' && text.charAt(end) != '\n') end++;
            return new int[] {k, end};
        }
        return null;
    }

    /** After a run of regex \s characters (space, tab, newline, vertical tab, form feed, return) from i. */
    private static int blanks(String s, int i) {
        while (i < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(i)) >= 0) i++;
        return i;
    }

    /** A regex word boundary is missing before a word character at p: a word character (or a mark on one) precedes it. */
    private static boolean wordBefore(String s, int p) {
        if (p == 0) return false;
        int ch = s.codePointBefore(p);
        if (isWordChar(ch)) return true;
        if (Character.getType(ch) != Character.NON_SPACING_MARK) return false;
        // a combining mark counts when the letter or digit it sits on does
        for (int x = p - 1; x >= 0; x--) {
            int c = s.codePointAt(x);
            if (Character.isLetterOrDigit(c)) return true;
            if (Character.getType(c) != Character.NON_SPACING_MARK) return false;
        }
        return false;
    }

    private static boolean isWordChar(int ch) {
        return ch == '_' || Character.isLetterOrDigit(ch);
    }

    /**
     * The next assignment to name at or after from, as in the multi-line expression
     * {@code ^[ \t]*(?:(?:export|local|readonly|declare(?:[ \t]+-[a-zA-Z]+)*)[ \t]+)?NAME[ \t]*(?:\?=|\+=|:=|::=|=)[ \t]*(\([^)]*\)|[^\n#;]*)}:
     * its value's {start, end}, or null.
     */
    private static int[] nextAssignment(String text, String name, int from) {
        for (int p = from; p < text.length(); p++) {
            if (!lineStart(text, p)) continue;
            int i = spaces(text, p);
            int afterPrefix = prefix(text, i);
            int[] value = afterPrefix >= 0 ? assignmentAt(text, name, afterPrefix) : null;
            if (value == null) value = assignmentAt(text, name, i);
            if (value != null) return value;
        }
        return null;
    }

    /** Where a multi-line regex's ^ matches: the start, or after a line terminator (not between \r and \n). */
    private static boolean lineStart(String s, int p) {
        if (p == 0) return true;
        char c = s.charAt(p - 1);
        if (c == '\r') return s.charAt(p) != '\n';
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** After a run of spaces and tabs from i. */
    private static int spaces(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    /** After {@code export}, {@code local}, {@code readonly} or {@code declare -x -y} and the blanks that follow, or -1. */
    private static int prefix(String s, int i) {
        int end;
        if (s.startsWith("export", i)) {
            end = i + 6;
        } else if (s.startsWith("local", i)) {
            end = i + 5;
        } else if (s.startsWith("readonly", i)) {
            end = i + 8;
        } else if (s.startsWith("declare", i)) {
            end = i + 7;
            // options: blanks, '-', letters; as many as there are
            while (true) {
                int dash = spaces(s, end);
                if (dash == end || dash >= s.length() || s.charAt(dash) != '-') break;
                int letters = dash + 1;
                while (letters < s.length() && isAsciiLetter(s.charAt(letters))) letters++;
                if (letters == dash + 1) break;
                end = letters;
            }
        } else {
            return -1;
        }
        int after = spaces(s, end);
        return after == end ? -1 : after;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** NAME, an assignment operator and the value at i: the value's {start, end}, or null. */
    private static int[] assignmentAt(String s, String name, int i) {
        if (!s.startsWith(name, i)) return null;
        int op = spaces(s, i + name.length());
        int v;
        if (s.startsWith("?=", op) || s.startsWith("+=", op) || s.startsWith(":=", op)) {
            v = op + 2;
        } else if (s.startsWith("::=", op)) {
            v = op + 3;
        } else if (s.startsWith("=", op)) {
            v = op + 1;
        } else {
            return null;
        }
        v = spaces(s, v);
        if (v < s.length() && s.charAt(v) == '(') {
            int close = s.indexOf(')', v);
            if (close >= 0) return new int[] {v, close + 1};
        }
        int end = v;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '#' && s.charAt(end) != ';') end++;
        return new int[] {v, end};
    }

    private static void literal(String w, Set<String> out) {
        if (out.size() < MAX_VALUES && Discovery.usableName(w)) out.add(w);
    }
}
