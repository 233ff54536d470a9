package dflint.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The part of HCL (and of JSON, which it parses as one HCL object) that bake files use, with
 * the line of everything: blocks, attributes, and expressions (literals, templates with
 * {@code ${...}}, heredocs, lists, objects, references like {@code a.b[0]}, function calls,
 * operators, conditionals). Evaluation gives every value an expression may have rather than
 * one: a conditional gives both branches, since which branch a build takes is unknown here;
 * what cannot be known (a function call, arithmetic) is {@link #UNKNOWN}. Never throws on bad
 * input: parsing stops where it stops making sense, keeping what came before.
 */
final class Hcl {
    private Hcl() {}

    // ------------------------------------------------------------------ syntax

    /** A block ({@code target "x" { ... }}) or the file's top-level body (type null). */
    static final class Block {
        final String type;
        final List<String> labels;
        final int line;
        final Map<String, Expr> attributes = new LinkedHashMap<>();
        final List<Block> blocks = new ArrayList<>();

        Block(String type, List<String> labels, int line) {
            this.type = type;
            this.labels = labels;
            this.line = line;
        }
    }

    /** An expression with the line it starts on. */
    abstract static class Expr {
        final int line;

        Expr(int line) {
            this.line = line;
        }
    }

    static final class Literal extends Expr {
        final Object value; // String, or NULL

        Literal(Object value, int line) {
            super(line);
            this.value = value;
        }
    }

    /** A quoted string or heredoc: literal text and interpolated expressions, in order. */
    static final class Template extends Expr {
        final List<Object> parts; // String or Expr

        Template(List<Object> parts, int line) {
            super(line);
            this.parts = parts;
        }
    }

    static final class Ref extends Expr {
        final String name;

        Ref(String name, int line) {
            super(line);
            this.name = name;
        }
    }

    static final class GetAttr extends Expr {
        final Expr of;
        final String name;

        GetAttr(Expr of, String name, int line) {
            super(line);
            this.of = of;
            this.name = name;
        }
    }

    static final class Index extends Expr {
        final Expr of;
        final Expr index;

        Index(Expr of, Expr index, int line) {
            super(line);
            this.of = of;
            this.index = index;
        }
    }

    static final class ListExpr extends Expr {
        final List<Expr> items;

        ListExpr(List<Expr> items, int line) {
            super(line);
            this.items = items;
        }
    }

    static final class ObjectExpr extends Expr {
        final List<String> keys; // null for a key that is an expression dflint cannot name
        final List<Expr> values;

        ObjectExpr(List<String> keys, List<Expr> values, int line) {
            super(line);
            this.keys = keys;
            this.values = values;
        }
    }

    static final class Conditional extends Expr {
        final Expr then;
        final Expr otherwise;

        Conditional(Expr then, Expr otherwise, int line) {
            super(line);
            this.then = then;
            this.otherwise = otherwise;
        }
    }

    /** Anything whose value dflint does not compute: calls, operators, for expressions. */
    static final class Opaque extends Expr {
        Opaque(int line) {
            super(line);
        }
    }

    // ------------------------------------------------------------------ values

    /** The value of null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };
    /** A value that cannot be known without running the build. */
    static final Object UNKNOWN = new Object() {
        @Override
        public String toString() {
            return "unknown";
        }
    };

    /** At most this many alternatives per expression: matrices and conditionals multiply. */
    static final int MAX_ALTERNATIVES = 64;

    /**
     * Every value the expression may have: String, List (of values), Map (String to value),
     * {@link #NULL} or {@link #UNKNOWN}. {@code scope} resolves a variable name to its values,
     * or null when unknown.
     */
    static List<Object> eval(Expr e, Function<String, List<Object>> scope, int depth) {
        List<Object> out = new ArrayList<>();
        if (e == null || depth > 32) {
            out.add(UNKNOWN);
            return out;
        }
        if (e instanceof Literal l) {
            out.add(l.value);
        } else if (e instanceof Template t) {
            List<StringBuilder> acc = new ArrayList<>();
            acc.add(new StringBuilder());
            for (Object part : t.parts) {
                if (part instanceof String s) {
                    for (StringBuilder b : acc) b.append(s);
                    continue;
                }
                List<Object> vs = eval((Expr) part, scope, depth + 1);
                List<StringBuilder> next = new ArrayList<>();
                for (StringBuilder b : acc) {
                    for (Object v : vs) {
                        String s = scalarText(v);
                        if (s == null) {
                            out.add(UNKNOWN);
                            continue;
                        }
                        if (next.size() < MAX_ALTERNATIVES) next.add(new StringBuilder(b).append(s));
                    }
                }
                acc = next;
            }
            for (StringBuilder b : acc) out.add(b.toString());
            if (out.isEmpty()) out.add(UNKNOWN);
        } else if (e instanceof Ref r) {
            switch (r.name) {
                case "true": out.add("true"); break;
                case "false": out.add("false"); break;
                case "null": out.add(NULL); break;
                default:
                    List<Object> v = scope.apply(r.name);
                    if (v == null || v.isEmpty()) out.add(UNKNOWN);
                    else out.addAll(v);
            }
        } else if (e instanceof GetAttr g) {
            for (Object v : eval(g.of, scope, depth + 1)) {
                out.add(v instanceof Map<?, ?> m && m.containsKey(g.name) ? m.get(g.name) : UNKNOWN);
            }
        } else if (e instanceof Index ix) {
            List<Object> keys = eval(ix.index, scope, depth + 1);
            for (Object v : eval(ix.of, scope, depth + 1)) {
                for (Object k : keys) out.add(index(v, k));
            }
        } else if (e instanceof ListExpr le) {
            // a list's items are fixed; alternatives of an item make the whole list unknown-ish,
            // so each item keeps its first alternative (lists feed inherits and matrices)
            List<Object> items = new ArrayList<>();
            for (Expr item : le.items) {
                List<Object> v = eval(item, scope, depth + 1);
                items.add(v.size() == 1 ? v.get(0) : UNKNOWN);
            }
            out.add(items);
        } else if (e instanceof ObjectExpr o) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < o.keys.size(); i++) {
                if (o.keys.get(i) == null) continue;
                List<Object> v = eval(o.values.get(i), scope, depth + 1);
                m.put(o.keys.get(i), v.size() == 1 ? v.get(0) : UNKNOWN);
            }
            out.add(m);
        } else if (e instanceof Conditional c) {
            out.addAll(eval(c.then, scope, depth + 1));
            out.addAll(eval(c.otherwise, scope, depth + 1));
        } else {
            out.add(UNKNOWN);
        }
        return out.size() > MAX_ALTERNATIVES ? new ArrayList<>(out.subList(0, MAX_ALTERNATIVES)) : out;
    }

    private static Object index(Object v, Object k) {
        if (v instanceof List<?> l && k instanceof String s) {
            try {
                int i = Integer.parseInt(s);
                return i >= 0 && i < l.size() ? l.get(i) : UNKNOWN;
            } catch (NumberFormatException e) {
                return UNKNOWN;
            }
        }
        if (v instanceof Map<?, ?> m && k instanceof String s) return m.containsKey(s) ? m.get(s) : UNKNOWN;
        return UNKNOWN;
    }

    /** A value as text inside a template, or null when it has none (unknown, a list, an object). */
    static String scalarText(Object v) {
        if (v instanceof String s) return s;
        if (v == NULL) return "";
        return null;
    }

    // ------------------------------------------------------------------ parsing

    /** Parses an HCL body; a JSON file parses too (as one object, returned as the only attribute "json"). */
    static Block parse(String text) {
        Parser p = new Parser(new Lexer(text).tokens());
        Block root = new Block(null, List.of(), 1);
        if (p.peek().is("{")) {
            root.attributes.put("json", p.expr(0));
        } else {
            p.body(root, 0);
        }
        return root;
    }

    private enum T { IDENT, NUMBER, STRING, HEREDOC, PUNCT, NEWLINE, EOF }

    private record Tok(T type, String text, int line, List<Object> parts) {
        boolean is(String p) {
            return (type == T.PUNCT || type == T.IDENT) && text.equals(p);
        }
    }

    /** One-character strings for ASCII punctuation, made once. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = String.valueOf(c);
    }

    private static final class Lexer {
        private final String s;
        private int i;
        private int line = 1;
        private final List<Tok> out = new ArrayList<>();

        Lexer(String s) {
            this.s = s;
        }

        List<Tok> tokens() {
            while (i < s.length() && out.size() < 1_000_000) {
                char c = s.charAt(i);
                if (c == '\n') {
                    out.add(new Tok(T.NEWLINE, "\n", line, null));
                    line++;
                    i++;
                } else if (c == ' ' || c == '\t' || c == '\r' || Character.isWhitespace(c)) {
                    i++;
                } else if (c == '#' || (c == '/' && peek(1) == '/')) {
                    while (i < s.length() && s.charAt(i) != '\n') i++;
                } else if (c == '/' && peek(1) == '*') {
                    int end = s.indexOf("*/", i + 2);
                    end = end < 0 ? s.length() : end + 2;
                    for (int k = i; k < end; k++) if (s.charAt(k) == '\n') line++;
                    i = end;
                } else if (c == '"') {
                    int start = line;
                    i++;
                    out.add(new Tok(T.STRING, "", start, template('"')));
                } else if (c == '<' && peek(1) == '<' && (Character.isLetter(peek(2)) || peek(2) == '-')) {
                    heredoc();
                } else if (identStart(c)) {
                    int start = i;
                    int n = s.length();
                    while (i < n && identPart(s.charAt(i))) i++;
                    out.add(new Tok(T.IDENT, s.substring(start, i), line, null));
                } else if (c >= '0' && c <= '9') {
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '+'
                            || (s.charAt(i) == '-' && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E')))) i++;
                    out.add(new Tok(T.NUMBER, s.substring(start, i), line, null));
                } else {
                    char n = peek(1);
                    String two = n == '=' && (c == '=' || c == '!' || c == '<' || c == '>') ? c + "="
                            : (c == '&' || c == '|') && n == c ? "" + c + c : c == '=' && n == '>' ? "=>" : null;
                    if (two != null) {
                        out.add(new Tok(T.PUNCT, two, line, null));
                        i += 2;
                    } else if (c == '.' && n == '.' && peek(2) == '.') {
                        out.add(new Tok(T.PUNCT, "...", line, null));
                        i += 3;
                    } else {
                        out.add(new Tok(T.PUNCT, c < 128 ? ASCII[c] : String.valueOf(c), line, null));
                        i++;
                    }
                }
            }
            out.add(new Tok(T.EOF, "", line, null));
            return out;
        }

        private char peek(int k) {
            return i + k < s.length() ? s.charAt(i + k) : 0;
        }

        /** ASCII first, so a cold (interpreted) run seldom calls into Character. */
        private static boolean identStart(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 127 && Character.isLetter(c);
        }

        private static boolean identPart(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c > 127 && Character.isLetterOrDigit(c);
        }

        /**
         * A template's parts up to the closing quote (or, for a heredoc, the end of the text
         * given): literal runs and interpolation token lists, parsed later.
         */
        private List<Object> template(char close) {
            List<Object> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == close && close != 0) {
                    i++;
                    break;
                }
                if (c == '\n') {
                    if (close == '"') break; // an unterminated string ends at the line
                    line++;
                }
                if (c == '\\' && close == '"' && i + 1 < s.length()) {
                    char n = s.charAt(i + 1);
                    lit.append(n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n);
                    i += 2;
                    continue;
                }
                if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
                    lit.append(c).append('{'); // $${ and %%{ are literal
                    i += 3;
                    continue;
                }
                if ((c == '$' || c == '%') && peek(1) == '{') {
                    int depth = 1, j = i + 2;
                    char quote = 0;
                    while (j < s.length() && depth > 0) {
                        char d = s.charAt(j);
                        if (quote != 0) {
                            if (d == '\\') j++;
                            else if (d == quote) quote = 0;
                        } else if (d == '"') {
                            quote = d;
                        } else if (d == '{') {
                            depth++;
                        } else if (d == '}') {
                            depth--;
                        }
                        j++;
                    }
                    if (lit.length() > 0) {
                        parts.add(lit.toString());
                        lit.setLength(0);
                    }
                    String inner = s.substring(i + 2, Math.max(i + 2, j - 1)).strip();
                    if (inner.startsWith("~")) inner = inner.substring(1);
                    if (inner.endsWith("~")) inner = inner.substring(0, inner.length() - 1);
                    if (c == '%') {
                        parts.add(new Opaque(line)); // template directives: if/for
                    } else {
                        Parser p = new Parser(new Lexer(inner).tokens());
                        parts.add(p.expr(0));
                    }
                    for (int k = i; k < j && k < s.length(); k++) if (s.charAt(k) == '\n') line++;
                    i = j;
                    continue;
                }
                lit.append(c);
                i++;
            }
            if (lit.length() > 0 || parts.isEmpty()) parts.add(lit.toString());
            return parts;
        }

        private void heredoc() {
            int start = line;
            i += 2;
            if (peek(0) == '-') i++;
            int nameStart = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
            String marker = s.substring(nameStart, i);
            int nl = s.indexOf('\n', i);
            if (nl < 0) {
                i = s.length();
                return;
            }
            line++;
            int bodyStart = nl + 1, k = bodyStart, bodyEnd = s.length(), after = s.length();
            while (k < s.length()) {
                int e = s.indexOf('\n', k);
                if (e < 0) e = s.length();
                if (s.substring(k, e).strip().equals(marker)) {
                    bodyEnd = k;
                    after = e;
                    break;
                }
                k = e + 1;
            }
            Lexer body = new Lexer(s.substring(bodyStart, bodyEnd));
            body.line = line;
            List<Object> parts = body.template((char) 0);
            out.add(new Tok(T.HEREDOC, "", start, parts));
            for (int p = bodyStart; p < after && p < s.length(); p++) if (s.charAt(p) == '\n') line++;
            i = after;
        }
    }

    private static final class Parser {
        private final List<Tok> toks;
        private int p;

        Parser(List<Tok> toks) {
            this.toks = toks;
        }

        Tok peek() {
            skipNewlines();
            return toks.get(p);
        }

        private void skipNewlines() {
            while (toks.get(p).type() == T.NEWLINE) p++;
        }

        private Tok next() {
            skipNewlines();
            Tok t = toks.get(p);
            if (t.type() != T.EOF) p++;
            return t;
        }

        /** Attributes and blocks until '}' or the end. */
        void body(Block into, int depth) {
            while (true) {
                Tok t = peek();
                if (t.type() == T.EOF || t.is("}") || depth > 16) return;
                if (t.type() != T.IDENT) {
                    next(); // something else: skip it
                    continue;
                }
                next();
                Tok after = peek();
                if (after.is("=") || after.is(":")) {
                    next();
                    into.attributes.put(t.text(), expr(0));
                    continue;
                }
                List<String> labels = new ArrayList<>();
                while (peek().type() == T.STRING || peek().type() == T.IDENT) {
                    Tok l = next();
                    labels.add(l.type() == T.STRING ? literalText(l.parts()) : l.text());
                }
                if (!peek().is("{")) continue; // not a block after all
                next();
                Block b = new Block(t.text(), labels, t.line());
                body(b, depth + 1);
                if (peek().is("}")) next();
                into.blocks.add(b);
            }
        }

        private static String literalText(List<Object> parts) {
            StringBuilder b = new StringBuilder();
            for (Object o : parts) if (o instanceof String s) b.append(s);
            return b.toString();
        }

        Expr expr(int depth) {
            if (depth > 64) return new Opaque(peek().line());
            Expr cond = binary(0, depth);
            if (peek().is("?")) {
                next();
                Expr a = expr(depth + 1);
                if (peek().is(":")) next();
                Expr b = expr(depth + 1);
                return new Conditional(a, b, cond.line);
            }
            return cond;
        }

        private static final String[][] LEVELS = {{"||"}, {"&&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"+", "-"}, {"*", "/", "%"}};

        private Expr binary(int level, int depth) {
            if (level == LEVELS.length) return unary(depth);
            Expr left = binary(level + 1, depth);
            while (true) {
                Tok t = peek();
                boolean matches = false;
                for (String op : LEVELS[level]) matches |= t.type() == T.PUNCT && t.text().equals(op);
                if (!matches) return left;
                next();
                binary(level + 1, depth);
                left = new Opaque(left.line);
            }
        }

        private Expr unary(int depth) {
            Tok t = peek();
            if (t.is("!") || t.is("-")) {
                next();
                unary(depth + 1);
                return new Opaque(t.line());
            }
            return postfix(primary(depth), depth);
        }

        private Expr postfix(Expr e, int depth) {
            while (true) {
                Tok t = toks.get(p); // no newline skipping: a traversal continues the line
                if (t.is(".")) {
                    p++;
                    Tok name = toks.get(p);
                    if (name.type() == T.IDENT || name.type() == T.NUMBER) {
                        p++;
                        e = name.type() == T.NUMBER ? new Index(e, new Literal(name.text(), name.line()), e.line)
                                : new GetAttr(e, name.text(), e.line);
                    } else if (name.is("*")) {
                        p++;
                        e = new Opaque(e.line);
                    }
                } else if (t.is("[")) {
                    p++;
                    Expr ix = expr(depth + 1);
                    if (peek().is("]")) next();
                    e = new Index(e, ix, e.line);
                } else {
                    return e;
                }
            }
        }

        private Expr primary(int depth) {
            Tok t = next();
            switch (t.type()) {
                case NUMBER:
                    return new Literal(t.text(), t.line());
                case STRING:
                case HEREDOC:
                    return template(t);
                case IDENT:
                    if (toks.get(p).is("(")) {
                        p++;
                        skipRest("(", ")");
                        return new Opaque(t.line());
                    }
                    return new Ref(t.text(), t.line());
                case PUNCT:
                    if (t.is("(")) {
                        Expr e = expr(depth + 1);
                        if (peek().is(")")) next();
                        return e;
                    }
                    if (t.is("[")) return list(t, depth);
                    if (t.is("{")) return object(t, depth);
                    return new Opaque(t.line());
                default:
                    return new Opaque(t.line());
            }
        }

        private static Expr template(Tok t) {
            List<Object> parts = t.parts();
            if (parts.size() == 1 && parts.get(0) instanceof String s) return new Literal(s, t.line());
            return new Template(parts, t.line());
        }

        /** Skips to the partner of an opening token already read. */
        private void skipRest(String open, String close) {
            int depth = 1;
            while (true) {
                Tok t = next();
                if (t.type() == T.EOF) return;
                if (t.is(open)) depth++;
                else if (t.is(close) && --depth == 0) return;
            }
        }

        private Expr list(Tok open, int depth) {
            if (peek().is("for")) {
                skipRest("[", "]");
                return new Opaque(open.line());
            }
            List<Expr> items = new ArrayList<>();
            while (true) {
                Tok t = peek();
                if (t.type() == T.EOF) break;
                if (t.is("]")) {
                    next();
                    break;
                }
                int before = p;
                items.add(expr(depth + 1));
                if (peek().is(",")) next();
                if (p == before) next();
            }
            return new ListExpr(items, open.line());
        }

        private Expr object(Tok open, int depth) {
            if (peek().is("for")) {
                skipRest("{", "}");
                return new Opaque(open.line());
            }
            List<String> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            while (true) {
                Tok t = peek();
                if (t.type() == T.EOF) break;
                if (t.is("}")) {
                    next();
                    break;
                }
                int before = p;
                Expr k = expr(depth + 1);
                String key = k instanceof Ref r ? r.name : k instanceof Literal l && l.value instanceof String s ? s : null;
                if (peek().is("=") || peek().is(":")) {
                    next();
                    keys.add(key);
                    values.add(expr(depth + 1));
                }
                if (peek().is(",")) next();
                if (p == before) next();
            }
            return new ObjectExpr(keys, values, open.line());
        }
    }
}
