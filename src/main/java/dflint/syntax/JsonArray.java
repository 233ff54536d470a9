package dflint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict decoding of a JSON array of strings, with Go's encoding/json rules:
 * what it rejects BuildKit treats as shell form; a well-formed array holding
 * anything but strings is a parse error. Written without recursion, so deeply
 * nested brackets cannot overflow the stack.
 */
final class JsonArray {
    private JsonArray() {}

    /** One decoded string element and where its literal sits in the text. */
    record Element(String value, int start, int end) {}

    /** Result: elements when the text is an array of strings; notStrings when it is an array with other values. */
    record Result(List<Element> elements, boolean notStrings) {}

    /** Returns null when the text is not a complete, valid JSON array. */
    static Result decode(String s, int from, int to) {
        int i = skipWs(s, from, to);
        if (i >= to || s.charAt(i) != '[') return null;
        List<Element> elements = new ArrayList<>();
        boolean notStrings = false;
        // Stack of open containers: '[' or '{'. Depth 1 is the top-level array.
        StringBuilder stack = new StringBuilder();
        stack.append('[');
        i++;
        // expect: 0 = value or close, 1 = comma or close, 2 = value (after comma),
        // 3 = key or close (object start), 4 = key (after comma), 5 = colon
        int expect = 0;
        while (true) {
            i = skipWs(s, i, to);
            if (i >= to) return null;
            char c = s.charAt(i);
            char top = stack.charAt(stack.length() - 1);
            if (expect == 1) {
                if (c == ',') {
                    expect = top == '[' ? 2 : 4;
                    i++;
                } else if ((c == ']' && top == '[') || (c == '}' && top == '{')) {
                    stack.setLength(stack.length() - 1);
                    i++;
                    if (stack.length() == 0) break;
                    expect = 1;
                } else {
                    return null;
                }
                continue;
            }
            if (expect == 3 || expect == 4) {
                if (c == '}' && expect == 3) {
                    stack.setLength(stack.length() - 1);
                    i++;
                    if (stack.length() == 0) break;
                    expect = 1;
                    continue;
                }
                if (c != '"') return null;
                int end = stringEnd(s, i, to);
                if (end < 0) return null;
                i = skipWs(s, end, to);
                if (i >= to || s.charAt(i) != ':') return null;
                i++;
                expect = 2;
                continue;
            }
            // a value is expected (0 also allows a close)
            if (expect == 0 && c == ']' && top == '[') {
                stack.setLength(stack.length() - 1);
                i++;
                if (stack.length() == 0) break;
                expect = 1;
                continue;
            }
            boolean topLevel = stack.length() == 1;
            if (c == '"') {
                int end = stringEnd(s, i, to);
                if (end < 0) return null;
                if (topLevel) elements.add(new Element(decodeString(s, i + 1, end - 1), i, end));
                i = end;
                expect = 1;
            } else if (c == '[') {
                if (topLevel) notStrings = true;
                stack.append('[');
                i++;
                expect = 0;
            } else if (c == '{') {
                if (topLevel) notStrings = true;
                stack.append('{');
                i++;
                expect = 3;
            } else {
                int end = literalEnd(s, i, to);
                if (end < 0) return null;
                if (topLevel) notStrings = true;
                i = end;
                expect = 1;
            }
        }
        if (skipWs(s, i, to) != to) return null;
        return new Result(elements, notStrings);
    }

    private static int skipWs(String s, int i, int to) {
        while (i < to) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
            i++;
        }
        return i;
    }

    /** Index just past the closing quote of the string starting at i, or -1. */
    private static int stringEnd(String s, int i, int to) {
        int j = i + 1;
        while (j < to) {
            char c = s.charAt(j);
            if (c == '"') return j + 1;
            if (c < 0x20) return -1;
            if (c == '\\') {
                if (j + 1 >= to) return -1;
                char e = s.charAt(j + 1);
                switch (e) {
                    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                        j += 2;
                        break;
                    case 'u':
                        if (j + 6 > to) return -1;
                        for (int k = j + 2; k < j + 6; k++) {
                            if (Character.digit(s.charAt(k), 16) < 0) return -1;
                        }
                        j += 6;
                        break;
                    default:
                        return -1;
                }
                continue;
            }
            j++;
        }
        return -1;
    }

    private static String decodeString(String s, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int j = from; j < to; j++) {
            char c = s.charAt(j);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(++j);
            switch (e) {
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'n': b.append('\n'); break;
                case 'r': b.append('\r'); break;
                case 't': b.append('\t'); break;
                case 'u':
                    b.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                    j += 4;
                    break;
                default: b.append(e);
            }
        }
        return b.toString();
    }

    /** End of a number, true, false or null starting at i, or -1. */
    private static int literalEnd(String s, int i, int to) {
        for (String word : new String[] {"true", "false", "null"}) {
            if (s.startsWith(word, i) && i + word.length() <= to) return i + word.length();
        }
        int j = i;
        if (j < to && s.charAt(j) == '-') j++;
        if (j >= to) return -1;
        if (s.charAt(j) == '0') {
            j++;
        } else if (s.charAt(j) >= '1' && s.charAt(j) <= '9') {
            while (j < to && Character.isDigit(s.charAt(j)) && s.charAt(j) < 128) j++;
        } else {
            return -1;
        }
        if (j < to && s.charAt(j) == '.') {
            j++;
            int digits = j;
            while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            if (j == digits) return -1;
        }
        if (j < to && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            j++;
            if (j < to && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int digits = j;
            while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            if (j == digits) return -1;
        }
        return j;
    }
}
