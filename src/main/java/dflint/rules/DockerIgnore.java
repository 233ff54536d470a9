package dflint.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed .dockerignore and the matching BuildKit applies to it: one pattern a
 * line, {@code #} comment lines, surrounding blanks trimmed, patterns cleaned
 * like paths with a leading '/' dropped, {@code !} for exceptions; the last
 * pattern that matches a path or one of its parent directories decides.
 * In a pattern {@code *} matches within one path segment, {@code ?} one
 * character other than '/', {@code [...]} a character class, {@code **} any
 * number of segments, and '\' escapes the next character. Matching is a
 * dynamic programme over pattern and path, linear in their product (one pass
 * also answers every parent directory), never backtracking.
 */
final class DockerIgnore {
    /** One line: the cleaned pattern, its compiled tokens, and whether it was an exception (!). */
    record Pattern(String text, boolean exception, List<Token> tokens) {
        boolean matches(String path) {
            return DockerIgnore.reach(tokens, path)[path.length()];
        }

        /** Matches the path or one of its parent directories; one pass serves them all. */
        boolean matchesOrParentMatches(String path) {
            boolean[] end = DockerIgnore.reach(tokens, path);
            if (end[path.length()]) return true;
            for (int j = 1; j < path.length(); j++) {
                if (end[j] && path.charAt(j) == '/') return true;
            }
            return false;
        }
    }

    private final List<Pattern> patterns;

    private DockerIgnore(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    List<Pattern> patterns() {
        return patterns;
    }

    boolean hasExceptions() {
        for (Pattern p : patterns) {
            if (p.exception()) return true;
        }
        return false;
    }

    static DockerIgnore parse(String text) {
        List<Pattern> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.startsWith("#")) continue;
            String p = line.strip();
            if (p.isEmpty()) continue;
            boolean exception = p.startsWith("!");
            if (exception) p = p.substring(1).strip();
            if (!p.isEmpty()) {
                p = cleanPath(p);
                if (p.length() > 1 && p.startsWith("/")) p = p.substring(1);
            }
            out.add(new Pattern(p, exception, compile(p)));
        }
        return new DockerIgnore(out);
    }

    /**
     * The pattern that excludes the path (after cleaning), or null when the path
     * is kept. A path is excluded when it or a parent directory matches a
     * pattern and no later exception matches it.
     */
    Pattern excludedBy(String path) {
        String file = cleanPath(path);
        if (file.startsWith("/") && file.length() > 1) file = file.substring(1);
        Pattern decided = null;
        for (Pattern p : patterns) {
            // an exception can only undo an earlier match, and a plain pattern only adds one
            if (p.exception() != (decided != null)) continue;
            if (p.matchesOrParentMatches(file)) decided = p.exception() ? null : p;
        }
        return decided;
    }

    // ------------------------------------------------------------------ patterns

    enum Kind { LITERAL, STAR, QUESTION, CLASS, ANY_DIRS, ANY }

    /** One pattern element; {@code chars} is the literal, or the class body for CLASS. */
    record Token(Kind kind, char literal, String chars, boolean negated) {}

    static List<Token> compile(String p) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (c == '*') {
                if (i + 1 < n && p.charAt(i + 1) == '*') {
                    i += 2;
                    // "**/" is the same as "**"
                    if (i < n && p.charAt(i) == '/') i++;
                    if (i >= n) {
                        // a trailing ** takes everything below (and, at the start, everything)
                        out.add(new Token(Kind.ANY, '\0', null, false));
                    } else {
                        out.add(new Token(Kind.ANY_DIRS, '\0', null, false));
                    }
                    continue;
                }
                out.add(new Token(Kind.STAR, '\0', null, false));
                i++;
            } else if (c == '?') {
                out.add(new Token(Kind.QUESTION, '\0', null, false));
                i++;
            } else if (c == '[') {
                int close = classEnd(p, i);
                if (close < 0) {
                    out.add(new Token(Kind.LITERAL, c, null, false));
                    i++;
                    continue;
                }
                String body = p.substring(i + 1, close);
                boolean neg = body.startsWith("^") || body.startsWith("!");
                out.add(new Token(Kind.CLASS, '\0', neg ? body.substring(1) : body, neg));
                i = close + 1;
            } else if (c == '\\' && i + 1 < n) {
                out.add(new Token(Kind.LITERAL, p.charAt(i + 1), null, false));
                i += 2;
            } else {
                out.add(new Token(Kind.LITERAL, c, null, false));
                i++;
            }
        }
        return out;
    }

    private static int classEnd(String p, int open) {
        int j = open + 1;
        if (j < p.length() && (p.charAt(j) == '^' || p.charAt(j) == '!')) j++;
        if (j < p.length() && p.charAt(j) == ']') j++;
        for (; j < p.length(); j++) {
            if (p.charAt(j) == '\\') j++;
            else if (p.charAt(j) == ']') return j;
        }
        return -1;
    }

    /** For every j, whether the whole pattern matches path[0..j): a dynamic programme, one token at a time. */
    static boolean[] reach(List<Token> tokens, String path) {
        int n = path.length();
        boolean[] cur = new boolean[n + 1];
        cur[0] = true;
        for (Token t : tokens) {
            boolean[] next = new boolean[n + 1];
            switch (t.kind()) {
                case LITERAL:
                    for (int j = 0; j < n; j++) if (cur[j] && path.charAt(j) == t.literal()) next[j + 1] = true;
                    break;
                case QUESTION:
                    for (int j = 0; j < n; j++) if (cur[j] && path.charAt(j) != '/') next[j + 1] = true;
                    break;
                case CLASS:
                    for (int j = 0; j < n; j++) if (cur[j] && path.charAt(j) != '/' && inClass(t, path.charAt(j))) next[j + 1] = true;
                    break;
                case STAR: {
                    boolean run = false;
                    for (int j = 0; j <= n; j++) {
                        if (cur[j]) run = true;
                        if (run) next[j] = true;
                        if (j < n && path.charAt(j) == '/') run = false;
                    }
                    break;
                }
                case ANY_DIRS: {
                    // "(.*/)?": nothing, or anything that ends in '/'
                    boolean seen = false;
                    for (int j = 0; j <= n; j++) {
                        if (cur[j]) {
                            next[j] = true;
                            seen = true;
                        }
                        if (seen && j > 0 && path.charAt(j - 1) == '/') next[j] = true;
                    }
                    break;
                }
                case ANY: {
                    boolean seen = false;
                    for (int j = 0; j <= n; j++) {
                        if (cur[j]) seen = true;
                        if (seen) next[j] = true;
                    }
                    break;
                }
                default:
                    break;
            }
            cur = next;
        }
        return cur;
    }

    private static boolean inClass(Token t, char c) {
        String s = t.chars();
        boolean hit = false;
        for (int k = 0; k < s.length(); k++) {
            char a = s.charAt(k);
            if (a == '\\' && k + 1 < s.length()) a = s.charAt(++k);
            if (k + 2 < s.length() && s.charAt(k + 1) == '-') {
                char b = s.charAt(k + 2);
                if (b == '\\' && k + 3 < s.length()) b = s.charAt(++k + 2);
                if (a <= c && c <= b) hit = true;
                k += 2;
            } else if (a == c) {
                hit = true;
            }
        }
        return hit != t.negated();
    }

    /** Go's path.Clean: collapse slashes, drop "." segments, resolve "..". */
    static String cleanPath(String p) {
        if (p.isEmpty()) return ".";
        boolean rooted = p.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) out.remove(out.size() - 1);
                else if (!rooted) out.add("..");
                continue;
            }
            out.add(seg);
        }
        String joined = String.join("/", out);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }
}
