package dflint.report;

import dflint.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that survive lines shifting: a hash of the rule id and the
 * whitespace-normalised text of the lines the finding covers, plus how many
 * earlier findings of the file had the same hash. Line numbers play no part,
 * so adding a line above a finding keeps its fingerprint.
 */
final class Fingerprints {
    private Fingerprints() {}

    /** Lines hashed per finding at most: a long RUN should not make hashing quadratic. */
    private static final int MAX_LINES = 40;
    /**
     * A line longer than this (one instruction with thousands of findings on it, say)
     * contributes only {@link #WINDOW} characters, from the finding's start on its first line:
     * otherwise every finding would hash the whole line. Hashing stops at {@link #MAX_KEY}
     * characters, so no finding costs more than that.
     */
    static final int LONG_LINE = 2048;
    static final int WINDOW = 256;
    static final int MAX_KEY = 8192;

    /** One fingerprint per finding of r, in order: {@code <16 hex>:<occurrence>}. */
    static List<String> of(FileResult r, String salt) {
        List<String> lines = lines(r.text());
        Map<String, Integer> seen = new HashMap<>();
        Sha256 md = sha256();
        List<String> out = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            StringBuilder key = new StringBuilder(salt).append('\0').append(f.ruleId()).append('\0');
            int last = Math.min(f.range().endLine(), f.range().startLine() + MAX_LINES - 1);
            for (int l = f.range().startLine(); l <= last && l <= lines.size() && key.length() < MAX_KEY; l++) {
                String line = lines.get(l - 1);
                int from = 0, to = line.length();
                if (to > LONG_LINE) {
                    if (l == f.range().startLine()) from = Math.min(to, f.range().startColumn() - 1);
                    to = Math.min(to, from + WINDOW);
                }
                appendNormalised(key, line, from, Math.min(to, from + MAX_KEY - key.length()));
                key.append('\n');
            }
            String hash = sha256Hex(md, key.toString()).substring(0, 16);
            Integer before = seen.get(hash);
            int n = before == null ? 1 : before + 1;
            seen.put(hash, n);
            out.add(hash + ":" + n);
        }
        return out;
    }

    /** The text's lines, split at CRLF, CR or LF (without a regex: see ColdPathTest); a final break ends an empty last line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static void appendNormalised(StringBuilder b, String line, int from, int to) {
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && b.length() > 0 && b.charAt(b.length() - 1) != '\0' && b.charAt(b.length() - 1) != '\n') {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
    }

    /** A SHA-256 digest to reuse for many hashes. */
    static Sha256 sha256() {
        return new Sha256();
    }

    static String sha256Hex(Sha256 md, String s) {
        byte[] d = md.digest(s.getBytes(StandardCharsets.UTF_8));
        StringBuilder b = new StringBuilder(d.length * 2);
        for (byte x : d) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
        return b.toString();
    }
}
