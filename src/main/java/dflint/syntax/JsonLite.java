package dflint.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON with comments ({@code //}, {@code /* *}{@code /}) and trailing commas, as dev container
 * files are written, with the line of every value; also ShellCheck's json1 answers. Strict
 * otherwise: anything else throws {@link IllegalArgumentException} with the line, so a broken
 * file is skipped whole rather than half read. (Discovery's HCL reader reads such files too but
 * never fails, and takes {@code ${...}} in strings and {@code #} as its own syntax. The
 * exec-form reader, {@link JsonArray}, follows BuildKit's looser rules instead.)
 */
public final class JsonLite {
    private JsonLite() {}

    /** Nesting deeper than this is refused: the reader recurses. */
    public static final int MAX_DEPTH = 200;

    /** A value: a string, an object, an array, or another literal (number, true, false, null) as written. */
    public static final class Node {
        public final int line;
        /** The string's value, or a literal's text; null for objects and arrays. */
        public final String text;
        public final boolean string;
        public final Map<String, Node> map;
        public final List<Node> list;

        Node(int line, String text, boolean string, Map<String, Node> map, List<Node> list) {
            this.line = line;
            this.text = text;
            this.string = string;
            this.map = map;
            this.list = list;
        }

        public boolean isObject() {
            return map != null;
        }

        /** A member of an object, or null. */
        public Node get(String key) {
            return map == null ? null : map.get(key);
        }
    }

    /** Parses one value filling the whole text. */
    public static Node parse(String text) {
        Reader r = new Reader(text);
        if (r.i < text.length() && text.charAt(0) == '\uFEFF') r.i++;
        Node n = r.value(0);
        r.blank();
        if (r.i < text.length()) throw r.fail("text after the end of the value");
        return n;
    }

    private static final class Reader {
        private final String s;
        private int i;
        private int line = 1;

        Reader(String s) {
            this.s = s;
        }

        IllegalArgumentException fail(String why) {
            return new IllegalArgumentException("line " + line + ": " + why);
        }

        /** Skips blanks and comments. */
        void blank() {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    i++;
                } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                    while (i < s.length() && s.charAt(i) != '\n') i++;
                } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                    int end = s.indexOf("*/", i + 2);
                    if (end < 0) throw fail("a comment is not closed");
                    for (int k = i; k < end; k++) if (s.charAt(k) == '\n') line++;
                    i = end + 2;
                } else {
                    return;
                }
            }
        }

        Node value(int depth) {
            if (depth > MAX_DEPTH) throw fail("nested deeper than " + MAX_DEPTH);
            blank();
            if (i >= s.length()) throw fail("a value was expected, the text ended");
            char c = s.charAt(i);
            int at = line;
            if (c == '{') return object(depth);
            if (c == '[') return array(depth);
            if (c == '"') return new Node(at, string(), true, null, null);
            int start = i;
            while (i < s.length() && literalChar(s.charAt(i))) i++;
            String word = s.substring(start, i);
            boolean number = !word.isEmpty() && (word.charAt(0) == '-' || word.charAt(0) >= '0' && word.charAt(0) <= '9');
            if (!number && !word.equals("true") && !word.equals("false") && !word.equals("null")) {
                throw fail(word.isEmpty() ? "unexpected '" + c + "'" : "unexpected '" + word + "'");
            }
            return new Node(at, word, false, null, null);
        }

        private static boolean literalChar(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
        }

        private Node object(int depth) {
            int at = line;
            i++; // {
            Map<String, Node> map = new LinkedHashMap<>();
            while (true) {
                blank();
                if (i < s.length() && s.charAt(i) == '}') {
                    i++;
                    return new Node(at, null, false, map, null);
                }
                if (i >= s.length() || s.charAt(i) != '"') throw fail("a quoted key or '}' was expected");
                String key = string();
                blank();
                if (i >= s.length() || s.charAt(i) != ':') throw fail("':' was expected after \"" + key + "\"");
                i++;
                map.put(key, value(depth + 1)); // a repeated key: the last wins, as in JSON.parse
                if (!comma('}')) {
                    i++;
                    return new Node(at, null, false, map, null);
                }
            }
        }

        private Node array(int depth) {
            int at = line;
            i++; // [
            List<Node> list = new ArrayList<>();
            while (true) {
                blank();
                if (i < s.length() && s.charAt(i) == ']') {
                    i++;
                    return new Node(at, null, false, null, list);
                }
                list.add(value(depth + 1));
                if (!comma(']')) {
                    i++;
                    return new Node(at, null, false, null, list);
                }
            }
        }

        /** After a member: true after a comma (a trailing one too), false at {@code close} (not consumed). */
        private boolean comma(char close) {
            blank();
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                return true;
            }
            if (i < s.length() && s.charAt(i) == close) return false;
            throw fail("',' or '" + close + "' was expected");
        }

        private String string() {
            i++; // "
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) throw fail("a string is not closed");
                char c = s.charAt(i++);
                if (c == '"') return b.toString();
                if (c == '\n') throw fail("a string is not closed on its line");
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (i >= s.length()) throw fail("a string is not closed");
                char e = s.charAt(i++);
                switch (e) {
                    case '"': case '\\': case '/': b.append(e); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'n': b.append('\n'); break;
                    case 'r': b.append('\r'); break;
                    case 't': b.append('\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) throw fail("a \\u escape is cut short");
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException ex) {
                            throw fail("a \\u escape is no hex number");
                        }
                        i += 4;
                        break;
                    default: throw fail("unknown escape \\" + e);
                }
            }
        }
    }
}
