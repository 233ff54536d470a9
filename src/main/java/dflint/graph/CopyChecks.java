package dflint.graph;

import java.util.List;
import java.util.Locale;

/**
 * What BuildKit refuses in a COPY or ADD once its words are expanded: a --chmod that is neither
 * octal nor a chmod(1) symbolic mode, a --checksum it cannot use, a URL or Git source for COPY.
 */
final class CopyChecks {
    private CopyChecks() {}

    /** BuildKit's complaint about a --chmod value, or null. */
    static String chmodProblem(String chmod) {
        if (chmod.isEmpty()) return null;
        String nonOctal = "invalid chmod parameter: '" + chmod + "'. it should be octal string and between 0 and 07777";
        Long octal = octal(chmod);
        if (octal != null) return octal > 07777 ? nonOctal : null;
        char first = chmod.charAt(0);
        // a value that starts like a number fails as one
        if (first >= '0' && first <= '9') return nonOctal;
        return symbolicModeValid(chmod) ? null : "invalid syntax";
    }

    /** Go's strconv.ParseUint(s, 8, 32); null when it fails. */
    private static Long octal(String s) {
        if (s.isEmpty() || s.length() > 11) return null;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '7') return null;
            v = v * 8 + (c - '0');
        }
        return v > 0xFFFFFFFFL ? null : v;
    }

    /** chmod(1)'s symbolic grammar: clauses [ugoa]*([-+=][rwxXstugo]*)+ separated by commas. */
    private static boolean symbolicModeValid(String s) {
        int i = 0, n = s.length();
        while (true) {
            if (i >= n) return false;
            while (i < n && "augo".indexOf(s.charAt(i)) >= 0) i++;
            if (i >= n) return false;
            while (true) {
                char op = s.charAt(i++);
                if (op != '+' && op != '-' && op != '=') return false;
                while (i < n && "rstwXxugo".indexOf(s.charAt(i)) >= 0) i++;
                if (i >= n) return true;
                if (s.charAt(i) == ',') break;
            }
            i++;
        }
    }

    /** BuildKit's complaint about ADD --checksum for these sources, or null (checked before any source is read). */
    static String checksumProblem(String checksum, List<String> sources) {
        if (checksum.isEmpty()) return null;
        if (sources.size() != 1) return "checksum can't be specified for multiple sources";
        String src = sources.get(0);
        boolean git = isGit(src);
        if (!git && !isHttp(src)) return "checksum requires HTTP(S) or Git sources";
        return git ? null : digestProblem(checksum);
    }

    /** go-digest's complaint about a digest string, or null. */
    static String digestProblem(String d) {
        int colon = d.indexOf(':');
        if (colon <= 0 || colon + 1 == d.length()) return "invalid checksum digest format";
        String alg = d.substring(0, colon), encoded = d.substring(colon + 1);
        int size;
        switch (alg) {
            case "sha256": size = 64; break;
            case "sha384": size = 96; break;
            case "sha512": size = 128; break;
            default:
                // algorithm [a-z0-9]+ words joined by one of . + _ -, encoded [a-zA-Z0-9=_-]+
                return algorithmWords(alg) && Chars.alnumOr(encoded, 0, encoded.length(), "=_-")
                        ? "unsupported digest algorithm" : "invalid checksum digest format";
        }
        if (encoded.length() != size) return "invalid checksum digest length";
        return Chars.lowerHex(encoded) ? null : "invalid checksum digest format";
    }

    /** Lower-case letters and digits in words joined by single '.', '+', '_' or '-'. */
    private static boolean algorithmWords(String alg) {
        for (int i = 0; i < alg.length(); i++) {
            char c = alg.charAt(i);
            if (Chars.isLowerAlnum(c)) continue;
            boolean joiner = c == '.' || c == '+' || c == '_' || c == '-';
            if (!joiner || i == 0 || i == alg.length() - 1 || !Chars.isLowerAlnum(alg.charAt(i - 1))) return false;
        }
        return !alg.isEmpty();
    }

    /** BuildKit's complaint about a COPY source that names a remote, or null. */
    static String copySourceProblem(String src) {
        if (isGit(src)) return "source can't be a git ref for COPY";
        if (isHttp(src)) return "source can't be a URL for COPY";
        return null;
    }

    /** An http(s) source that is not a Git repository: ADD downloads it. */
    static boolean isHttp(String src) {
        return (src.startsWith("http://") || src.startsWith("https://")) && !isGit(src);
    }

    /**
     * A Git source: an http(s) URL whose path ends in .git, a git:// or ssh:// URL, or an scp-like
     * user@host:path. (github.com/x/y without a scheme reads as a local path.)
     */
    static boolean isGit(String src) {
        int sep = src.indexOf("://");
        if (sep > 0 && lettersOrDigits(src, sep)) {
            String scheme = src.substring(0, sep).toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "git": case "ssh":
                    return true;
                case "http": case "https": {
                    String rest = src.substring(sep + 3);
                    int cut = rest.length();
                    for (char c : new char[] {'#', '?'}) {
                        int k = rest.indexOf(c);
                        if (k >= 0 && k < cut) cut = k;
                    }
                    String hostPath = rest.substring(0, cut);
                    int slash = hostPath.indexOf('/');
                    return slash >= 0 && hostPath.substring(slash).endsWith(".git");
                }
                default:
                    return false;
            }
        }
        return scpLike(src);
    }

    /** src[0, end) is Unicode letters and digits only. */
    private static boolean lettersOrDigits(String src, int end) {
        for (int i = 0; i < end; i++) if (!Character.isLetterOrDigit(src.charAt(i))) return false;
        return true;
    }

    /** user@host:path, user of [a-zA-Z0-9_-], host of [a-zA-Z0-9.-], the path on one line. */
    private static boolean scpLike(String src) {
        int at = src.indexOf('@');
        if (at < 0 || !Chars.alnumOr(src, 0, at, "_-")) return false;
        int colon = src.indexOf(':', at + 1);
        if (colon < 0 || !Chars.alnumOr(src, at + 1, colon, ".-")) return false;
        for (int i = colon + 1; i < src.length(); i++) {
            char c = src.charAt(i);
            // what a regex's '.' does not match
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }
}
