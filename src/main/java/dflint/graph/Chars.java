package dflint.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * ASCII character tests and a split, written out where a regular expression would read shorter:
 * the JDK's regex engine links lambdas for its character classes, which a lint must not pay for
 * at start-up (see ColdPathTest).
 */
public final class Chars {
    private Chars() {}

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || isDigit(c);
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isLowerHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f');
    }

    /** s[from, to) is not empty and each of its chars is an ASCII letter, a digit or one of extra. */
    static boolean alnumOr(String s, int from, int to, String extra) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isAlnum(c) && extra.indexOf(c) < 0) return false;
        }
        return true;
    }

    /** Not empty and ASCII digits only. */
    public static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Not empty and lower-case hexadecimal digits only. */
    static boolean lowerHex(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isLowerHex(s.charAt(i))) return false;
        return true;
    }

    /**
     * {@code s.split("[" + separators + "]")}: the pieces between any of the separator characters,
     * trailing empty pieces dropped.
     */
    public static String[] split(String s, String separators) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (separators.indexOf(s.charAt(i)) >= 0) {
                pieces.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (pieces.isEmpty()) return new String[] {s};
        pieces.add(s.substring(start));
        int n = pieces.size();
        while (n > 0 && pieces.get(n - 1).isEmpty()) n--;
        return pieces.subList(0, n).toArray(new String[0]);
    }
}
