package dflint.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One word processed exactly as BuildKit's shell lexer processes it when it converts a
 * Dockerfile: quotes, the escape character, {@code $VAR} and {@code ${VAR...}} with every
 * modifier, and every error it raises ({@code unsupported modifier (:i) in substitution},
 * an unterminated quote, {@code ${VAR?message}} on an unset variable, ...), worded as BuildKit
 * words them.
 *
 * <p>{@link VariableExpander} is the lenient reader the rules use to learn what a word refers to;
 * this one answers the stricter question "would BuildKit accept this word, and what does it
 * become". Where a variable's value cannot be known statically (a base image may set it), the
 * result is marked unknown instead of guessed, and no error that depends on that value is
 * raised.
 */
public final class BuildkitLexer {
    /** What a variable lookup knows: unset, set to a known value, or set to something unknowable. */
    public record Lookup(boolean set, boolean known, String value) {
        public static final Lookup UNSET = new Lookup(false, true, "");
        public static final Lookup UNKNOWN = new Lookup(true, false, "");

        public static Lookup of(String value) {
            return new Lookup(true, true, value);
        }
    }

    /** The variables a word sees. */
    public interface Env {
        Lookup get(String name);
    }

    /** An environment with nothing set. */
    public static final Env EMPTY = new Env() {
        @Override
        public Lookup get(String name) {
            return Lookup.UNSET;
        }
    };

    /**
     * The processed word. {@code error} is BuildKit's message (null when it accepts the word);
     * {@code known} is false when a variable with an unknowable value took part, so value and
     * words may differ from a real build; {@code words} is the word split as ProcessWords splits it;
     * {@code unmatched} names the variables it looked up and found unset.
     */
    public record Result(String value, List<String> words, String error, boolean known, Set<String> unmatched) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Substitutions nested deeper than this are not followed: the word's value is then unknown. */
    public static final int MAX_DEPTH = 200;
    /** How much longer than the word its value may grow before it counts as unknown ($A$A doubling on every line). */
    public static final int MAX_GROWTH = 1 << 16;

    private final int escape;
    private boolean rawQuotes;
    private boolean rawEscapes;
    private boolean skipProcessQuotes;
    private boolean skipUnsetEnv;

    public BuildkitLexer(char escape) {
        this.escape = escape;
    }

    /** Keep quote characters in the result (BuildKit's RawQuotes). */
    public BuildkitLexer rawQuotes(boolean on) {
        this.rawQuotes = on;
        return this;
    }

    /** Keep escape characters in the result (BuildKit's RawEscapes). */
    public BuildkitLexer rawEscapes(boolean on) {
        this.rawEscapes = on;
        return this;
    }

    /** Leave a reference to an unset variable as it is written (BuildKit's SkipUnsetEnv). */
    public BuildkitLexer skipUnsetEnv(boolean on) {
        this.skipUnsetEnv = on;
        return this;
    }

    /** Treat quotes as ordinary characters (BuildKit's SkipProcessQuotes, used for heredoc bodies). */
    public BuildkitLexer skipProcessQuotes(boolean on) {
        this.skipProcessQuotes = on;
        return this;
    }

    /** Processes one word against env. */
    public Result process(String word, Env env) {
        Run r = new Run(word, env);
        try {
            Piece p = r.stopOn(EOF, rawEscapes);
            return new Result(p.text, p.words, null, r.known, r.unmatched);
        } catch (LexError e) {
            return new Result("", List.of(), "failed to process " + GoQuote.quote(word) + ": " + e.getMessage(), r.known,
                    r.unmatched);
        } catch (GiveUp e) {
            // too deep or too long to follow: say nothing about it rather than guess
            return new Result("", List.of(), null, false, r.unmatched);
        }
    }

    /** Processing went past {@link #MAX_DEPTH} or {@link #MAX_GROWTH}. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final int EOF = -1;

    /** An error inside the lexer, unwound to {@link #process}. */
    private static final class LexError extends Exception {
        LexError(String message) {
            super(message, null, false, false);
        }
    }

    private record Piece(String text, List<String> words) {}

    /** BuildKit's wordsStruct: splits on whitespace, except what quotes or escapes protect. */
    private static final class Words {
        final StringBuilder word = new StringBuilder();
        final List<String> words = new ArrayList<>();
        boolean inWord;

        void addChar(int ch) {
            if (GoText.isSpace(ch) && inWord) {
                if (word.length() != 0) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (!GoText.isSpace(ch)) {
                addRawChar(ch);
            }
        }

        void addRawChar(int ch) {
            word.appendCodePoint(ch);
            inWord = true;
        }

        void addString(String s) {
            for (int i = 0; i < s.length(); ) {
                int ch = s.codePointAt(i);
                addChar(ch);
                i += Character.charCount(ch);
            }
        }

        void addRawString(String s) {
            word.append(s);
            inWord = true;
        }

        List<String> get() {
            if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
                inWord = false;
            }
            return words;
        }
    }

    /** One pass over one word: a code-point scanner with BuildKit's processing functions. */
    private final class Run {
        final String s;
        final Env env;
        int pos;
        boolean rawEscapes;
        boolean known = true;
        final Set<String> unmatched = new LinkedHashSet<>();
        final int limit;
        int depth;

        Run(String word, Env env) {
            // Go's text/scanner skips a byte order mark at the start
            this.s = word;
            this.env = env;
            this.limit = word.length() + MAX_GROWTH;
            if (word.startsWith("\uFEFF")) pos = 1;
        }

        int peek() {
            return pos < s.length() ? s.codePointAt(pos) : EOF;
        }

        int next() {
            if (pos >= s.length()) return EOF;
            int c = s.codePointAt(pos);
            pos += Character.charCount(c);
            return c;
        }

        Piece stopOn(int stop, boolean raw) throws LexError {
            boolean saved = rawEscapes;
            rawEscapes = raw;
            if (++depth > MAX_DEPTH) throw new GiveUp();
            try {
                return stopOnInner(stop);
            } finally {
                rawEscapes = saved;
                depth--;
            }
        }

        private void grow(StringBuilder b) {
            if (b.length() > limit) throw new GiveUp();
        }

        private Piece stopOnInner(int stop) throws LexError {
            StringBuilder result = new StringBuilder();
            Words words = new Words();
            while (peek() != EOF) {
                int ch = peek();
                if (stop != EOF && ch == stop) {
                    next();
                    return new Piece(result.toString(), words.get());
                }
                if (ch == '$') {
                    String tmp = dollar();
                    result.append(tmp);
                    grow(result);
                    words.addString(tmp);
                } else if (!skipProcessQuotes && (ch == '\'' || ch == '"')) {
                    String tmp = ch == '\'' ? singleQuote() : doubleQuote();
                    result.append(tmp);
                    words.addRawString(tmp);
                } else {
                    ch = next();
                    if (ch == escape) {
                        if (rawEscapes) {
                            words.addRawChar(ch);
                            result.appendCodePoint(ch);
                        }
                        ch = next();
                        if (ch == EOF) break;
                        words.addRawChar(ch);
                    } else {
                        words.addChar(ch);
                    }
                    result.appendCodePoint(ch);
                }
            }
            if (stop != EOF) {
                throw new LexError("unexpected end of statement while looking for matching " + new String(Character.toChars(stop)));
            }
            return new Piece(result.toString(), words.get());
        }

        private String singleQuote() throws LexError {
            StringBuilder b = new StringBuilder();
            int ch = next();
            if (rawQuotes) b.appendCodePoint(ch);
            while (true) {
                ch = next();
                if (ch == EOF) throw new LexError("unexpected end of statement while looking for matching single-quote");
                if (ch == '\'') {
                    if (rawQuotes) b.appendCodePoint(ch);
                    return b.toString();
                }
                b.appendCodePoint(ch);
            }
        }

        private String doubleQuote() throws LexError {
            StringBuilder b = new StringBuilder();
            int ch = next();
            if (rawQuotes) b.appendCodePoint(ch);
            while (true) {
                int p = peek();
                if (p == EOF) throw new LexError("unexpected end of statement while looking for matching double-quote");
                if (p == '"') {
                    ch = next();
                    if (rawQuotes) b.appendCodePoint(ch);
                    return b.toString();
                }
                if (p == '$') {
                    b.append(dollar());
                    grow(b);
                    continue;
                }
                ch = next();
                if (ch == escape) {
                    if (rawEscapes) b.appendCodePoint(ch);
                    int after = peek();
                    if (after == EOF) continue; // a trailing escape is dropped
                    if (after == '"' || after == '$' || after == escape) ch = next();
                }
                b.appendCodePoint(ch);
            }
        }

        private Lookup lookup(String name) {
            Lookup l = env.get(name);
            if (l == null) l = Lookup.UNSET;
            if (!l.known()) known = false;
            if (!l.set()) unmatched.add(name);
            return l;
        }

        private String dollar() throws LexError {
            next();
            if (peek() != '{') {
                String name = name();
                if (name.isEmpty()) return "$";
                Lookup l = lookup(name);
                if (!l.set() && skipUnsetEnv) return "$" + name;
                return l.value();
            }
            next();
            int p = peek();
            if (p == EOF) throw new LexError("syntax error: missing '}'");
            if (p == '{' || p == '}' || p == ':') throw new LexError("syntax error: bad substitution");
            String name = name();
            int ch = next();
            String chs = runeString(ch);
            boolean nullIsUnset = false;
            switch (ch) {
                case '}': {
                    Lookup l = lookup(name);
                    if (!l.set() && skipUnsetEnv) return "${" + name + "}";
                    return l.value();
                }
                case ':':
                    nullIsUnset = true;
                    ch = next();
                    chs += runeString(ch);
                    return modifier(name, ch, chs, nullIsUnset);
                case '+': case '-': case '?': case '#': case '%':
                    return modifier(name, ch, chs, false);
                case '/':
                    return replace(name);
                default:
                    throw new LexError("unsupported modifier (" + chs + ") in substitution");
            }
        }

        private String modifier(String name, int ch, String chs, boolean nullIsUnset) throws LexError {
            boolean raw = ch == '#' || ch == '%';
            Piece word;
            try {
                word = stopOn('}', raw);
            } catch (LexError e) {
                if (peek() == EOF) throw new LexError("syntax error: missing '}'");
                throw e;
            }
            String w = word.text;
            Lookup l = lookup(name);
            if (!l.set() && skipUnsetEnv) return "${" + name + chs + w + "}";
            String value = l.value();
            boolean set = l.set();
            switch (ch) {
                case '-':
                    return !set || (nullIsUnset && value.isEmpty()) ? w : value;
                case '+':
                    return !set || (nullIsUnset && value.isEmpty()) ? "" : w;
                case '?':
                    if (!l.known()) return value;
                    if (!set) throw new LexError(name + ": " + (w.isEmpty() ? "is not allowed to be unset" : w));
                    if (nullIsUnset && value.isEmpty()) {
                        throw new LexError(name + ": " + (w.isEmpty() ? "is not allowed to be empty" : w));
                    }
                    return value;
                case '%': case '#': {
                    boolean greedy = false;
                    if (!w.isEmpty() && w.charAt(0) == ch) {
                        greedy = true;
                        w = w.substring(1);
                    }
                    return ch == '%' ? trimSuffix(w, value, greedy) : trimPrefix(w, value, greedy);
                }
                default:
                    throw new LexError("unsupported modifier (" + chs + ") in substitution");
            }
        }

        private String replace(String name) throws LexError {
            boolean all = peek() == '/';
            if (all) next();
            Piece pattern;
            try {
                pattern = stopOn('/', true);
            } catch (LexError e) {
                if (peek() == EOF) throw new LexError("syntax error: missing '/' in ${}");
                throw e;
            }
            Piece replacement;
            try {
                replacement = stopOn('}', true);
            } catch (LexError e) {
                if (peek() == EOF) throw new LexError("syntax error: missing '}'");
                throw e;
            }
            Lookup l = lookup(name);
            if (!l.set() && skipUnsetEnv) return "${" + name + "/" + pattern.text + "/" + replacement.text + "}";
            String value = l.value();
            String out = shellPattern(pattern.text, true).replace(value, replacement.text, all, limit);
            if (out == null) throw new GiveUp();
            return out;
        }

        /** A name: letters, digits and '_'; a run of digits or one special parameter character on its own. */
        private String name() {
            StringBuilder b = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (b.length() == 0 && Character.isDigit(ch)) {
                    while (peek() != EOF && Character.isDigit(peek())) b.appendCodePoint(next());
                    return b.toString();
                }
                if (b.length() == 0 && isSpecialParam(ch)) {
                    return runeString(next());
                }
                if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') break;
                b.appendCodePoint(next());
            }
            return b.toString();
        }
    }

    private static boolean isSpecialParam(int c) {
        return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || c == '0';
    }

    /** Go's string(rune): EOF (-1) and other invalid code points become U+FFFD. */
    private static String runeString(int c) {
        if (c < 0 || c > Character.MAX_CODE_POINT || (c >= 0xD800 && c <= 0xDFFF)) return "\uFFFD";
        return new String(Character.toChars(c));
    }

    /** A pattern of a {@code #}, {@code %} or {@code /} modifier, or BuildKit's error for it. */
    private static ShellPattern shellPattern(String pattern, boolean greedy) throws LexError {
        try {
            return ShellPattern.compile(pattern, greedy);
        } catch (ShellPattern.InvalidEscape e) {
            throw new LexError("invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
        }
    }

    private static String trimPrefix(String pattern, String value, boolean greedy) throws LexError {
        return shellPattern(pattern, greedy).trimPrefixOf(value);
    }

    private static String trimSuffix(String pattern, String value, boolean greedy) throws LexError {
        return shellPattern(ShellPattern.reversePattern(pattern), greedy).trimSuffixOf(value);
    }
}
