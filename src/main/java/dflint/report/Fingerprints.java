package dflint.report;

import dflint.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /** One fingerprint per finding of r, in order: {@code <16 hex>:<occurrence>}. */
    static List<String> of(FileResult r, String salt) {
        String[] lines = r.text().split("\r\n|\r|\n", -1);
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>(r.findings().size());
        for (Finding f : r.findings()) {
            StringBuilder key = new StringBuilder(salt).append('\0').append(f.ruleId()).append('\0');
            int last = Math.min(f.range().endLine(), f.range().startLine() + MAX_LINES - 1);
            for (int l = f.range().startLine(); l <= last && l <= lines.length; l++) {
                appendNormalised(key, lines[l - 1]);
                key.append('\n');
            }
            String hash = sha256Hex(key.toString()).substring(0, 16);
            int n = seen.merge(hash, 1, Integer::sum);
            out.add(hash + ":" + n);
        }
        return out;
    }

    private static void appendNormalised(StringBuilder b, String line) {
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
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

    static String sha256Hex(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder(d.length * 2);
            for (byte x : d) b.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
