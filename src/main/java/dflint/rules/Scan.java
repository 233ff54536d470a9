package dflint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Small character tests and splits that the rules would otherwise write as regular expressions
 * or {@code chars()} streams (splits on a set of characters are {@link dflint.graph.Chars#split}). java.util.regex builds its character classes from lambdas, and
 * every lambda or stream a lint links costs start-up time (see ColdPathTest): these loops don't.
 */
final class Scan {
    private Scan() {}

    /** Every char is an ASCII digit; true for the empty string. */
    static boolean asciiDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** Every char is a digit by {@link Character#isDigit(char)} (any script); true for the empty string. */
    static boolean digits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) return false;
        }
        return true;
    }

    /** Every char is a letter by {@link Character#isLetter(char)}; true for the empty string. */
    static boolean letters(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isLetter(s.charAt(k))) return false;
        }
        return true;
    }

    /** Every char is {@code c}; true for the empty string. */
    static boolean only(String s, char c) {
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != c) return false;
        }
        return true;
    }

    /** The non-empty runs of chars between separator chars, in order. */
    static List<String> words(String s, String separators) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= s.length(); k++) {
            boolean sep = k == s.length() || separators.indexOf(s.charAt(k)) >= 0;
            if (sep) {
                if (start >= 0) out.add(s.substring(start, k));
                start = -1;
            } else if (start < 0) {
                start = k;
            }
        }
        return out;
    }

    /** The chars of the regex class {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
    static final String WHITESPACE = " \t\n\u000B\f\r";
}
