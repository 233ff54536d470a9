package dflint.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Variable expansion of one Dockerfile word as BuildKit's shell lexer does it
 * for FROM, COPY, ENV, ARG, WORKDIR and friends: {@code $VAR}, {@code ${VAR}},
 * the {@code :-  -  :+  +  :?  ?} modifiers, {@code #  ##  %  %%} trimming and
 * {@code /} {@code //} replacement by BuildKit's shell patterns ({@link ShellPattern}, as
 * {@link BuildkitLexer} matches them); quotes removed; the escape character escapes.
 * It records every variable the word refers to, so rules can tell which are
 * undefined. Never throws; nesting deeper than {@link #MAX_DEPTH} is kept literally.
 * An expansion stops growing {@link #MAX_GROWTH} characters past the word's own
 * length: {@code ENV A=$A$A} forty times over would otherwise need terabytes.
 */
public final class VariableExpander {
    private VariableExpander() {}

    // BuildKit sets no limit; real files nest two or three deep, and each level costs one more pass over the word
    static final int MAX_DEPTH = 16;
    /** How much longer than its written text an expanded word may get; the rest is cut off. */
    public static final int MAX_GROWTH = 1024;

    /**
     * A variable the word refers to. {@code defined} is whether lookup knew it;
     * {@code guarded} is true when a modifier supplies a value or makes an unset
     * variable harmless ({@code ${X:-d}}, {@code ${X+y}}, ...). {@code modifier} is the
     * operator written after the name ({@code :-}, {@code +}, {@code ##}, {@code //}, ...),
     * empty for a plain reference; the frontend version that reads it depends on it.
     */
    public record Reference(String name, boolean defined, boolean guarded, int offset, String modifier) {
        public Reference(String name, boolean defined, boolean guarded, int offset) {
            this(name, defined, guarded, offset, "");
        }
    }

    public record Expansion(String value, List<Reference> references) {}

    /** Expands with lookup returning null for an unset variable. */
    public static Expansion expand(String word, char escape, Function<String, String> lookup) {
        Expander e = new Expander(word, escape, lookup);
        String v = e.word(0, word.length(), 0, false);
        return new Expansion(v, List.copyOf(e.refs));
    }

    /**
     * Expands with the variables in values, a name missing from it being unset. Named classes
     * here and below rather than lambdas: a lint links none at run time (see ColdPathTest).
     */
    public static Expansion expand(String word, char escape, Map<String, String> values) {
        return expand(word, escape, new MapLookup(values));
    }

    /** A lookup that finds every variable unset. */
    public static final Function<String, String> NOTHING_SET = new Function<String, String>() {
        @Override
        public String apply(String name) {
            return null;
        }
    };

    private static final class MapLookup implements Function<String, String> {
        private final Map<String, String> values;

        MapLookup(Map<String, String> values) {
            this.values = values;
        }

        @Override
        public String apply(String name) {
            return values.get(name);
        }
    }

    /** The names a word refers to, without expanding. */
    public static List<Reference> references(String word, char escape) {
        return expand(word, escape, NOTHING_SET).references();
    }

    private static final class Expander {
        final String s;
        final char escape;
        final Function<String, String> lookup;
        final List<Reference> refs = new ArrayList<>();
        final int limit;

        Expander(String s, char escape, Function<String, String> lookup) {
            this.s = s;
            this.escape = escape;
            this.lookup = lookup;
            this.limit = s.length() + MAX_GROWTH;
        }

        /** Expands s[from, to); inDouble tells whether we are inside double quotes already. */
        String word(int from, int to, int depth, boolean inDouble) {
            return word(from, to, depth, inDouble, false);
        }

        /** As above; raw keeps each escape before the character it escapes (a pattern's text). */
        String word(int from, int to, int depth, boolean inDouble, boolean raw) {
            StringBuilder b = new StringBuilder();
            int i = from;
            boolean dq = inDouble;
            while (i < to && b.length() <= limit) {
                char c = s.charAt(i);
                if (c == escape) {
                    if (i + 1 < to) {
                        char n = s.charAt(i + 1);
                        if (raw || (dq && n != '"' && n != '$' && n != escape)) b.append(c);
                        b.append(n);
                        i += 2;
                    } else {
                        i++;
                    }
                } else if (c == '\'' && !dq) {
                    int close = s.indexOf('\'', i + 1);
                    if (close < 0 || close >= to) close = to;
                    b.append(s, i + 1, close);
                    i = Math.min(to, close + 1);
                } else if (c == '"') {
                    dq = !dq;
                    i++;
                } else if (c == '$' && i + 1 < to) {
                    i = dollar(i, to, depth, b);
                } else {
                    b.append(c);
                    i++;
                }
            }
            return b.length() > limit ? b.substring(0, limit) : b.toString();
        }

        /** Handles a $ at i; returns the index after the reference. */
        private int dollar(int i, int to, int depth, StringBuilder b) {
            char n = s.charAt(i + 1);
            if (n == '{') return braced(i, to, depth, b);
            int j = i + 1;
            if (isNameStart(n)) {
                while (j < to && isNameChar(s.charAt(j))) j++;
            } else if (n >= '0' && n <= '9') {
                // BuildKit reads a run of digits as one name ($916abc is $916 then abc), looked up like any other
                while (j < to && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            } else if ("@*#?$!-".indexOf(n) >= 0) {
                j++; // a special parameter: a one-character name, unset unless something sets it
            } else {
                b.append('$');
                return i + 1;
            }
            String name = s.substring(i + 1, j);
            String v = lookup.apply(name);
            refs.add(new Reference(name, v != null, false, i));
            if (v != null) b.append(v);
            return j;
        }

        private int braced(int i, int to, int depth, StringBuilder b) {
            int close = closingBrace(i, to);
            if (close < 0) {
                // unterminated: BuildKit errors; keep the text
                b.append(s, i, to);
                return to;
            }
            int p = i + 2;
            boolean lengthOf = p < close && s.charAt(p) == '#' && p + 1 < close && isNameStart(s.charAt(p + 1));
            if (lengthOf) p++;
            int nameStart = p;
            while (p < close && isNameChar(s.charAt(p))) p++;
            String name = s.substring(nameStart, p);
            if (name.isEmpty()) {
                b.append(s, i, close + 1);
                return close + 1;
            }
            String v = lookup.apply(name);
            if (lengthOf) {
                refs.add(new Reference(name, v != null, false, i));
                b.append(v == null ? 0 : v.length());
                return close + 1;
            }
            if (p == close) {
                refs.add(new Reference(name, v != null, false, i));
                if (v != null) b.append(v);
                return close + 1;
            }
            String op;
            char c = s.charAt(p);
            if (c == ':' && p + 1 < close && "-+?".indexOf(s.charAt(p + 1)) >= 0) {
                op = s.substring(p, p + 2);
            } else if (c == '#' || c == '%') {
                op = p + 1 < close && s.charAt(p + 1) == c ? "" + c + c : "" + c;
            } else if (c == '/') {
                op = p + 1 < close && s.charAt(p + 1) == '/' ? "//" : "/";
            } else if ("-+?".indexOf(c) >= 0) {
                op = "" + c;
            } else {
                refs.add(new Reference(name, v != null, false, i));
                b.append(s, i, close + 1);
                return close + 1;
            }
            int argStart = p + op.length();
            boolean guarded = op.contains("-") || op.contains("+") || op.contains("?");
            refs.add(new Reference(name, v != null, guarded, i, op));
            boolean pattern = op.charAt(0) == '#' || op.charAt(0) == '%' || op.charAt(0) == '/';
            if (!pattern) {
                String arg = depth >= MAX_DEPTH ? s.substring(argStart, close) : word(argStart, close, depth + 1, false);
                switch (op) {
                    case ":-": b.append(v == null || v.isEmpty() ? arg : v); break;
                    case "-": b.append(v == null ? arg : v); break;
                    case ":+": b.append(v == null || v.isEmpty() ? "" : arg); break;
                    case "+": b.append(v == null ? "" : arg); break;
                    default: if (v != null) b.append(v); // :? and ?
                }
                return close + 1;
            }
            // A pattern keeps its escapes for ShellPattern (an escaped * is a star, not any run), as
            // BuildKit reads it; a replacement's pattern ends at its '/' (see closingBrace), and the
            // replacement after it keeps its escapes too.
            int slash = op.charAt(0) == '/' ? stopAt('/', argStart, close) : -1;
            String pat = raw(argStart, slash < 0 ? close : slash, depth);
            String rep = slash < 0 ? "" : raw(slash + 1, close, depth);
            if (v == null) return close + 1;
            try {
                switch (op) {
                    case "#": case "##":
                        b.append(ShellPattern.compile(pat, op.length() == 2).trimPrefixOf(v));
                        break;
                    case "%": case "%%":
                        b.append(ShellPattern.compile(ShellPattern.reversePattern(pat), op.length() == 2).trimSuffixOf(v));
                        break;
                    default: {
                        String out = ShellPattern.compile(pat, true).replace(v, rep, op.equals("//"), limit - b.length());
                        // null: too long to follow; the word is cut at the limit anyway
                        b.append(out == null ? v : out);
                    }
                }
            } catch (ShellPattern.InvalidEscape e) {
                // BuildKit refuses the pattern (its conversion says so, see Conversion); the value stands
                b.append(v);
            }
            return close + 1;
        }

        /** s[from, to) expanded with its escapes kept, or as written past MAX_DEPTH. */
        private String raw(int from, int to, int depth) {
            return depth >= MAX_DEPTH ? s.substring(from, to) : word(from, to, depth + 1, false, true);
        }

        /**
         * Index of the '}' that closes the ${ at i, found as BuildKit's lexer reads on: escapes
         * and quotes are skipped, nested ${...} are read the same way, and the pattern of a
         * replacement runs to its '/' whatever '}' it holds ({@code ${V/}/x}} replaces "}"); -1
         * when none comes before to, or when a replacement has no '/' (BuildKit refuses that).
         * A loop over a stack of open expansions, not recursion: a word may nest thousands deep.
         */
        private int closingBrace(int i, int to) {
            // per open expansion: true while its replacement's pattern still waits for the '/'
            boolean[] inPattern = new boolean[8];
            int open = 0;
            int j = i;
            while (j < to) {
                char c = s.charAt(j);
                if (c == '$' && j + 1 < to && s.charAt(j + 1) == '{') {
                    if (open == inPattern.length) inPattern = java.util.Arrays.copyOf(inPattern, open * 2);
                    int p = j + 2;
                    if (p + 1 < to && s.charAt(p) == '#' && isNameStart(s.charAt(p + 1))) p++;
                    while (p < to && isNameChar(s.charAt(p))) p++;
                    boolean replacement = p < to && s.charAt(p) == '/';
                    if (replacement) p += p + 1 < to && s.charAt(p + 1) == '/' ? 2 : 1;
                    inPattern[open++] = replacement;
                    j = p;
                    continue;
                }
                if (c == escape) {
                    j += 2;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    j = endOfQuote(j, to);
                    if (j < 0) return -1;
                } else if (inPattern[open - 1]) {
                    if (c == '/') inPattern[open - 1] = false;
                } else if (c == '}') {
                    if (--open == 0) return j;
                }
                j++;
            }
            return -1;
        }

        /** The first {@code stop} in s[from, to) outside escapes, quotes and nested ${...}; -1 if none. */
        private int stopAt(char stop, int from, int to) {
            for (int j = from; j < to; j++) {
                char c = s.charAt(j);
                if (c == escape) {
                    j++;
                } else if (c == '$' && j + 1 < to && s.charAt(j + 1) == '{') {
                    j = closingBrace(j, to);
                    if (j < 0) return -1;
                } else if (c == '\'' || c == '"') {
                    j = endOfQuote(j, to);
                    if (j < 0) return -1;
                } else if (c == stop) {
                    return j;
                }
            }
            return -1;
        }

        /** Index of the quote closing the one at j (an escape counts inside double quotes); -1 if none before to. */
        private int endOfQuote(int j, int to) {
            if (s.charAt(j) == '\'') {
                int end = s.indexOf('\'', j + 1);
                return end < to ? end : -1;
            }
            for (j++; j < to && s.charAt(j) != '"'; j++) {
                if (s.charAt(j) == escape) j++;
            }
            return j < to ? j : -1;
        }
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
