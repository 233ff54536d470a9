package dflint.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough YAML for compose, skaffold and CI files, with the line of every value: block
 * mappings and sequences by indentation (also {@code -} alone on its line), plain and quoted
 * scalars, literal and folded block scalars, one-line flow collections, anchors, aliases and
 * {@code <<} merge keys, several documents. It never throws: what it does not understand
 * becomes a scalar or is skipped. A full YAML library would cost a lint tens of milliseconds
 * of class loading for the few keys discovery reads.
 */
final class YamlLite {
    /** A value: a mapping, a sequence or a scalar; {@code line} is 1-based. */
    static final class Node {
        final Map<String, Node> map;
        final List<Node> list;
        final String scalar;
        final int line;
        /** A plain scalar, which deeper lines below it continue. */
        final boolean scalarContinues;

        private Node(Map<String, Node> map, List<Node> list, String scalar, int line) {
            this(map, list, scalar, line, false);
        }

        private Node(Map<String, Node> map, List<Node> list, String scalar, int line, boolean continues) {
            this.map = map;
            this.list = list;
            this.scalar = scalar;
            this.line = line;
            this.scalarContinues = continues;
        }

        static Node scalar(String s, int line) {
            return new Node(null, null, s, line);
        }

        static Node plain(String s, int line) {
            return new Node(null, null, s, line, true);
        }

        Node append(String more) {
            return new Node(null, null, scalar + " " + more, line, true);
        }

        boolean isMap() {
            return map != null;
        }

        boolean isList() {
            return list != null;
        }

        /** The mapping's value for a key, or null. */
        Node get(String key) {
            return map == null ? null : map.get(key);
        }

        /** The scalar value for a key, or null when absent or not a scalar. */
        String text(String key) {
            Node n = get(key);
            return n == null ? null : n.scalar;
        }

        @Override
        public String toString() {
            return map != null ? map.toString() : list != null ? list.toString() : String.valueOf(scalar);
        }
    }

    /** One line of content: its indentation, its text without the comment, its number. */
    private record Line(int indent, String text, int number) {}

    private static final int MAX_DEPTH = 64;

    private final List<Line> lines = new ArrayList<>();
    private final String[] raw;
    private final Map<String, Node> anchors = new HashMap<>();
    private int pos;

    private YamlLite(String text) {
        raw = lines(text);
    }

    /** The text's lines without their ends (a regular expression costs a cold start a pattern compile). */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
            out.add(text.substring(start, end));
            start = i + 1;
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /** Every document of the text, in order; empty documents are left out. */
    static List<Node> parseAll(String text) {
        List<Node> docs = new ArrayList<>();
        YamlLite y = new YamlLite(text);
        int start = 0;
        for (int i = 0; i <= y.raw.length; i++) {
            if (i == y.raw.length || y.raw[i].startsWith("---") || y.raw[i].startsWith("...")) {
                Node d = y.document(start, i);
                if (d != null) docs.add(d);
                start = i + 1;
            }
        }
        return docs;
    }

    private Node document(int from, int to) {
        lines.clear();
        anchors.clear();
        for (int i = from; i < to; i++) {
            String l = raw[i];
            int indent = 0;
            while (indent < l.length() && l.charAt(indent) == ' ') indent++;
            String t = stripComment(l.substring(indent)).stripTrailing();
            if (t.isEmpty() || t.startsWith("%")) continue;
            lines.add(new Line(indent, t, i + 1));
        }
        pos = 0;
        if (lines.isEmpty()) return null;
        Node doc = block(lines.get(0).indent(), 0);
        // a line indented less than the first one ends the block early: read on, keeping the keys
        while (pos < lines.size()) {
            int before = pos;
            Node more = block(lines.get(pos).indent(), 0);
            if (doc != null && doc.isMap() && more != null && more.isMap()) {
                for (var e : more.map.entrySet()) doc.map.putIfAbsent(e.getKey(), e.getValue());
            }
            if (pos == before) pos++;
        }
        return doc;
    }

    /** The text without a {@code #} comment (one at the start or after a space, outside quotes). */
    static String stripComment(String s) {
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t:[{,-".indexOf(s.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** The node whose lines start at the current line, which is indented {@code indent}. */
    private Node block(int indent, int depth) {
        if (pos >= lines.size()) return null;
        Line l = lines.get(pos);
        if (depth > MAX_DEPTH) {
            skipDeeper(indent - 1);
            return Node.scalar("", l.number());
        }
        if (isItem(l.text())) return sequence(l.indent(), depth);
        if (keyEnd(l.text()) > 0) return mapping(l.indent(), depth);
        // a plain scalar, perhaps over several lines
        pos++;
        StringBuilder b = new StringBuilder(l.text());
        while (pos < lines.size() && lines.get(pos).indent() >= indent
                && keyEnd(lines.get(pos).text()) < 0 && !isItem(lines.get(pos).text())) {
            b.append(' ').append(lines.get(pos++).text());
        }
        return value(b.toString(), l.number(), indent, depth);
    }

    private static boolean isItem(String t) {
        return t.equals("-") || t.startsWith("- ");
    }

    private Node sequence(int indent, int depth) {
        List<Node> items = new ArrayList<>();
        int first = lines.get(pos).number();
        while (pos < lines.size() && lines.get(pos).indent() >= indent) {
            Line l = lines.get(pos);
            if (l.indent() > indent || !isItem(l.text())) {
                if (l.indent() == indent) break; // a key at the level of the dashes: the parent's
                pos++; // a stray deeper line: skip it
                continue;
            }
            String rest = l.text().substring(1).stripLeading();
            if (rest.isEmpty()) {
                pos++;
                if (pos < lines.size() && lines.get(pos).indent() > indent) items.add(block(lines.get(pos).indent(), depth + 1));
                else items.add(Node.scalar("", l.number()));
            } else {
                // "- key: value" opens a mapping whose keys line up with "key"
                int col = indent + (l.text().length() - rest.length());
                lines.set(pos, new Line(col, rest, l.number()));
                items.add(block(col, depth + 1));
            }
        }
        return new Node(null, items, null, first);
    }

    private Node mapping(int indent, int depth) {
        Map<String, Node> map = new LinkedHashMap<>();
        int first = lines.get(pos).number();
        Node previous = null;
        while (pos < lines.size() && lines.get(pos).indent() >= indent) {
            Line l = lines.get(pos);
            if (l.indent() > indent) {
                // a plain value continued on deeper lines, or a stray line
                if (previous != null && previous.scalar != null && previous.line < l.number()
                        && previous.scalarContinues) {
                    previous = previous.append(l.text());
                    map.put(lastKey(map), previous);
                }
                pos++;
                continue;
            }
            int end = keyEnd(l.text());
            if (end < 0) {
                if (isItem(l.text())) break; // a sequence at the mapping's level belongs to the parent
                pos++; // not a key where one belongs: skip the line
                continue;
            }
            String key = unquote(l.text().substring(0, end).strip());
            String rest = l.text().substring(end + 1).strip();
            pos++;
            Node v;
            if (rest.isEmpty() || rest.startsWith("&") && rest.indexOf(' ') < 0) {
                String anchor = rest.startsWith("&") ? rest.substring(1) : null;
                if (pos < lines.size() && (lines.get(pos).indent() > indent
                        || lines.get(pos).indent() == indent && isItem(lines.get(pos).text()))) {
                    v = block(lines.get(pos).indent(), depth + 1);
                } else {
                    v = Node.scalar("", l.number());
                }
                if (anchor != null && v != null) anchors.put(anchor, v);
            } else {
                v = value(rest, l.number(), indent + 1, depth);
            }
            if (v == null) v = Node.scalar("", l.number());
            if (key.equals("<<")) {
                merge(map, v);
                previous = null;
            } else {
                map.put(key, v);
                previous = v;
            }
        }
        return new Node(map, null, null, first);
    }

    private static String lastKey(Map<String, Node> map) {
        String last = null;
        for (String k : map.keySet()) last = k;
        return last;
    }

    private static void merge(Map<String, Node> into, Node v) {
        if (v.isMap()) {
            for (var e : v.map.entrySet()) into.putIfAbsent(e.getKey(), e.getValue());
        } else if (v.isList()) {
            for (Node n : v.list) merge(into, n);
        }
    }

    /** A value written after "key:" or "- " on line {@code line}; block scalars take the lines below. */
    private Node value(String text, int line, int minIndent, int depth) {
        String t = text;
        String anchor = null;
        if (t.startsWith("&")) {
            int sp = t.indexOf(' ');
            anchor = sp < 0 ? t.substring(1) : t.substring(1, sp);
            t = sp < 0 ? "" : t.substring(sp + 1).strip();
        }
        if (t.startsWith("!")) {
            int sp = t.indexOf(' ');
            t = sp < 0 ? "" : t.substring(sp + 1).strip();
        }
        Node v;
        if (t.startsWith("*")) {
            v = anchors.getOrDefault(t.substring(1).strip(), Node.scalar("", line));
        } else if (t.startsWith("|") || t.startsWith(">")) {
            v = blockScalar(t.charAt(0) == '>', line, minIndent);
        } else if (t.startsWith("[") || t.startsWith("{")) {
            v = flow(t, line);
        } else if (t.startsWith("\"") || t.startsWith("'")) {
            v = Node.scalar(unquote(t), line);
        } else {
            v = Node.plain(t, line);
        }
        if (anchor != null) anchors.put(anchor, v);
        return v;
    }

    /** The lines under a {@code |} or {@code >}: kept line by line (a command scanner reads them), with their first line. */
    private Node blockScalar(boolean folded, int line, int minIndent) {
        if (pos >= lines.size() || lines.get(pos).indent() < minIndent) return Node.scalar("", line);
        int start = lines.get(pos).number();
        int indent = lines.get(pos).indent();
        int last = start;
        while (pos < lines.size() && lines.get(pos).indent() >= Math.min(indent, minIndent)) last = lines.get(pos++).number();
        StringBuilder b = new StringBuilder();
        // from the raw lines, so '#' inside a script and blank lines survive
        for (int n = start; n <= last; n++) {
            String r = raw[n - 1];
            b.append(r.length() > indent ? r.substring(Math.min(indent, leading(r))) : r.strip());
            if (n < last) b.append(folded ? ' ' : '\n');
        }
        return Node.scalar(b.toString(), start);
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') i++;
        return i;
    }

    private void skipDeeper(int indent) {
        while (pos < lines.size() && lines.get(pos).indent() > indent) pos++;
    }

    /**
     * Where the key of a "key: value" line ends (the colon), or -1. The key is plain or quoted,
     * and the colon is followed by a space or ends the line.
     */
    static int keyEnd(String t) {
        if (t.startsWith("- ") || t.equals("-") || t.startsWith("[") || t.startsWith("{")) return -1;
        int i = 0;
        if (t.startsWith("\"") || t.startsWith("'")) {
            char q = t.charAt(0);
            i = t.indexOf(q, 1);
            if (i < 0) return -1;
            i++;
            return i < t.length() && t.charAt(i) == ':' && (i + 1 == t.length() || t.charAt(i + 1) == ' ') ? i : -1;
        }
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ':' && (i + 1 == t.length() || t.charAt(i + 1) == ' ' || t.charAt(i + 1) == '\t')) return i > 0 ? i : -1;
            if ((c == '"' || c == '\'') && i == 0) return -1;
        }
        return -1;
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) return t.substring(1, t.length() - 1).replace("''", "'");
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            String in = t.substring(1, t.length() - 1);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\\' && i + 1 < in.length()) {
                    char n = in.charAt(++i);
                    b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
        return t;
    }

    /** A flow collection, perhaps continued on the next lines until its brackets close. */
    private Node flow(String text, int line) {
        StringBuilder b = new StringBuilder(text);
        int guard = 0;
        while (!balanced(b) && pos < lines.size() && guard++ < 200) b.append(' ').append(lines.get(pos++).text());
        int[] at = {0};
        Node n = flowValue(b.toString(), at, line, 0);
        return n == null ? Node.scalar(text, line) : n;
    }

    private static boolean balanced(CharSequence s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return depth <= 0;
    }

    private Node flowValue(String s, int[] at, int line, int depth) {
        skipSpace(s, at);
        if (at[0] >= s.length() || depth > MAX_DEPTH) return null;
        char c = s.charAt(at[0]);
        if (c == '[') {
            at[0]++;
            List<Node> items = new ArrayList<>();
            while (true) {
                skipSpace(s, at);
                if (at[0] >= s.length()) break;
                if (s.charAt(at[0]) == ']') {
                    at[0]++;
                    break;
                }
                Node v = flowValue(s, at, line, depth + 1);
                if (v != null) items.add(v);
                skipSpace(s, at);
                if (at[0] < s.length() && s.charAt(at[0]) == ',') at[0]++;
                else if (at[0] < s.length() && s.charAt(at[0]) != ']') at[0]++;
            }
            return new Node(null, items, null, line);
        }
        if (c == '{') {
            at[0]++;
            Map<String, Node> map = new LinkedHashMap<>();
            while (true) {
                skipSpace(s, at);
                if (at[0] >= s.length()) break;
                if (s.charAt(at[0]) == '}') {
                    at[0]++;
                    break;
                }
                String key = flowScalar(s, at, true);
                skipSpace(s, at);
                Node v = Node.scalar("", line);
                if (at[0] < s.length() && s.charAt(at[0]) == ':') {
                    at[0]++;
                    Node parsed = flowValue(s, at, line, depth + 1);
                    if (parsed != null) v = parsed;
                }
                map.put(key, v);
                skipSpace(s, at);
                if (at[0] < s.length() && s.charAt(at[0]) == ',') at[0]++;
                else if (at[0] < s.length() && s.charAt(at[0]) != '}') at[0]++;
            }
            return new Node(map, null, null, line);
        }
        if (c == '*') {
            at[0]++;
            String name = flowScalar(s, at, false);
            return anchors.getOrDefault(name, Node.scalar("", line));
        }
        return Node.scalar(flowScalar(s, at, false), line);
    }

    private static void skipSpace(String s, int[] at) {
        while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) at[0]++;
    }

    /** A scalar inside a flow collection: quoted, or up to the next ',' ']' '}' (or ':' for a key). */
    private static String flowScalar(String s, int[] at, boolean key) {
        skipSpace(s, at);
        if (at[0] < s.length() && (s.charAt(at[0]) == '"' || s.charAt(at[0]) == '\'')) {
            char q = s.charAt(at[0]);
            int end = s.indexOf(q, at[0] + 1);
            while (q == '"' && end > 0 && s.charAt(end - 1) == '\\') end = s.indexOf(q, end + 1);
            if (end < 0) end = s.length() - 1;
            String v = unquote(s.substring(at[0], end + 1));
            at[0] = end + 1;
            return v;
        }
        int start = at[0];
        while (at[0] < s.length()) {
            char c = s.charAt(at[0]);
            if (c == ',' || c == ']' || c == '}') break;
            if (key && c == ':' && (at[0] + 1 >= s.length() || " ,}".indexOf(s.charAt(at[0] + 1)) >= 0)) break;
            at[0]++;
        }
        return s.substring(start, at[0]).strip();
    }
}
