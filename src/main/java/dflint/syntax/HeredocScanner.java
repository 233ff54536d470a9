package dflint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the heredocs a logical instruction line opens, as BuildKit does: the
 * whole line is cut into shell words (quotes and escapes kept raw, escape is
 * always the backslash), and each word of the form {@code [n]<<[-]NAME} opens
 * one heredoc. An unbalanced quote anywhere on the line, or a substitution
 * BuildKit's lexer cannot process ({@code ${x}, {@code ${a.b}}), means no heredocs.
 */
final class HeredocScanner {
    private HeredocScanner() {}

    private record RawWord(String text, int start, int end) {}

    /** BuildKit splits the line with this lexer; unset variables stay as written. Stateless between calls. */
    private static final BuildkitLexer LINE_LEXER =
            new BuildkitLexer('\\').rawQuotes(true).rawEscapes(true).skipUnsetEnv(true);

    static List<HeredocSpec> scan(String line) {
        if (line.indexOf("<<") < 0) return List.of();
        List<RawWord> words = rawWords(line);
        if (words == null) return List.of();
        if (line.indexOf('$') >= 0 && !LINE_LEXER.process(line, BuildkitLexer.EMPTY).ok()) return List.of();
        List<HeredocSpec> specs = new ArrayList<>();
        for (RawWord w : words) {
            HeredocSpec spec = match(w);
            if (spec != null) specs.add(spec);
        }
        return specs;
    }

    /** Shell words with raw quotes and escapes; null on an unterminated quote. */
    private static List<RawWord> rawWords(String s) {
        List<RawWord> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int start = -1;
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (GoText.isSpace(c)) {
                if (start >= 0) {
                    words.add(new RawWord(word.toString(), start, i));
                    word.setLength(0);
                    start = -1;
                }
                i++;
                continue;
            }
            if (start < 0) start = i;
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) return null;
                word.append(s, i, close + 1);
                i = close + 1;
            } else if (c == '"') {
                int j = i + 1;
                while (j < n && s.charAt(j) != '"') {
                    j += s.charAt(j) == '\\' && j + 1 < n ? 2 : 1;
                }
                if (j >= n) return null;
                word.append(s, i, j + 1);
                i = j + 1;
            } else if (c == '\\') {
                word.append(c);
                if (i + 1 < n) word.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '<' && i + 1 < n && s.charAt(i + 1) == '<') {
                // "<< EOF" stays one word: blanks right after "<<" are swallowed
                word.append("<<");
                i += 2;
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
                    word.append(s.charAt(i));
                    i++;
                }
            } else {
                word.append(c);
                i++;
            }
        }
        if (start >= 0) words.add(new RawWord(word.toString(), start, n));
        return words;
    }

    /** Matches ^(\d*)<<(-?)\s*([^<]*)$ and reads the delimiter. */
    private static HeredocSpec match(RawWord w) {
        String t = w.text();
        int i = 0;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') i++;
        if (!t.startsWith("<<", i)) return null;
        int fd = i == 0 ? 0 : parseFd(t.substring(0, i));
        i += 2;
        boolean chomp = false;
        if (i < t.length() && t.charAt(i) == '-') {
            chomp = true;
            i++;
        }
        while (i < t.length() && isReSpace(t.charAt(i))) i++;
        String delimiter = t.substring(i);
        if (delimiter.indexOf('<') >= 0) return null;
        if (delimiter.isEmpty()) return null;
        // The delimiter is one shell word: quotes are removed, escapes applied.
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int j = 0; j < delimiter.length(); j++) {
            char c = delimiter.charAt(j);
            if (c == '\'' || c == '"') {
                quoted = true;
                int close = delimiter.indexOf(c, j + 1);
                if (close < 0) return null;
                String inner = delimiter.substring(j + 1, close);
                name.append(c == '"' ? unescapeDouble(inner) : inner);
                j = close;
            } else if (c == '\\' && j + 1 < delimiter.length()) {
                name.append(delimiter.charAt(++j));
            } else if (c != '\\') {
                name.append(c);
            }
        }
        if (name.length() == 0) return null;
        return new HeredocSpec(name.toString(), chomp, !quoted, fd, w.start(), w.end());
    }

    private static int parseFd(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String unescapeDouble(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(i + 1);
                if (d == '"' || d == '\\' || d == '$' || d == '`') {
                    b.append(d);
                    i++;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Go RE2 \s: [\t\n\f\r ]. */
    private static boolean isReSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
}
