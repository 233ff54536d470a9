package dflint.graph;

/**
 * Checks an image reference the way Docker's reference parser does, closely
 * enough to name what BuildKit would refuse: {@code [domain/]path[:tag][@digest]}.
 * A scanner, without regular expressions.
 */
final class ImageRefs {
    private ImageRefs() {}

    /** Why the reference is invalid, as Docker's parser words it, or null when it is fine. */
    static String problem(String ref) {
        if (ref.isEmpty()) return "invalid reference format";
        if (ref.length() == 64 && Chars.lowerHex(ref)) {
            return "invalid repository name (" + ref + "), cannot specify 64-byte hexadecimal strings";
        }
        // the normalised repository name (library/ added to an official image) must be lower case,
        // which is checked before anything else about the reference
        String repository = remoteName(ref);
        if (!repository.toLowerCase(java.util.Locale.ROOT).equals(repository)) {
            return "invalid reference format: repository name (" + repository + ") must be lowercase";
        }
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!validDigest(digest)) return "invalid reference format";
            // the digest's own check: a known algorithm and the right number of hex digits
            String bad = CopyChecks.digestProblem(digest);
            if (bad != null) return bad;
        }
        // a tag follows the last ':' after the last '/'
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        String name = rest;
        if (colon > slash) {
            String tag = rest.substring(colon + 1);
            name = rest.substring(0, colon);
            if (!validTag(tag)) return "invalid reference format";
        }
        if (name.isEmpty()) return "invalid reference format";
        String[] parts = name.split("/", -1);
        int first = 0;
        String path = name;
        if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost")
                || !parts[0].equals(parts[0].toLowerCase(java.util.Locale.ROOT)))) {
            first = 1;
            path = name.substring(parts[0].length() + 1);
            if (!validDomain(parts[0])) return "invalid reference format";
        }
        for (int i = first; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) return "invalid reference format";
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') {
                    return "invalid reference format";
                }
            }
            if (!alnum(p.charAt(0)) || !alnum(p.charAt(p.length() - 1))) return "invalid reference format";
        }
        return null;
    }

    /** What follows the registry host (docker.io's library/ added), up to the first ':'. */
    private static String remoteName(String ref) {
        int slash = ref.indexOf('/');
        String remainder;
        boolean dockerHub;
        if (slash < 0) {
            remainder = ref;
            dockerHub = true;
        } else {
            String first = ref.substring(0, slash);
            boolean domain = first.indexOf('.') >= 0 || first.indexOf(':') >= 0 || first.equals("localhost")
                    || !first.toLowerCase(java.util.Locale.ROOT).equals(first);
            dockerHub = !domain || first.equals("index.docker.io") || first.equals("docker.io");
            remainder = domain ? ref.substring(slash + 1) : ref;
        }
        if (dockerHub && remainder.indexOf('/') < 0) remainder = "library/" + remainder;
        int colon = remainder.indexOf(':');
        return colon < 0 ? remainder : remainder.substring(0, colon);
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** algorithm:hex, the algorithm letters and digits joined by - _ + ., at least 32 hex digits. */
    private static boolean validDigest(String d) {
        int colon = d.indexOf(':');
        if (colon <= 0 || d.length() - colon - 1 < 32) return false;
        for (int i = 0; i < colon; i++) {
            char c = d.charAt(i);
            if (c == '-' || c == '_' || c == '+' || c == '.') {
                // a joiner: a letter must follow it
                if (i == 0 || i + 1 == colon || !Chars.isLetter(d.charAt(i + 1))) return false;
            } else if (!(i == 0 ? Chars.isLetter(c) : Chars.isAlnum(c))) {
                return false;
            }
        }
        for (int i = colon + 1; i < d.length(); i++) if (!Chars.isHex(d.charAt(i))) return false;
        return true;
    }

    private static boolean ipv6Chars(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Chars.isHex(c) && c != ':' && c != '.') return false;
        }
        return from < to;
    }

    private static boolean validTag(String tag) {
        if (tag.isEmpty() || tag.length() > 128) return false;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean word = alnum(c) || c == '_';
            if (i == 0 ? !word : !(word || c == '.' || c == '-')) return false;
        }
        return true;
    }

    /** host[:port]: dot-separated labels of letters, digits and inner '-', or [IPv6]; the port is digits. */
    private static boolean validDomain(String d) {
        String host = d;
        int colon = d.lastIndexOf(':');
        if (colon >= 0 && d.indexOf(']', colon) < 0) {
            String port = d.substring(colon + 1);
            if (!Chars.digits(port)) return false;
            host = d.substring(0, colon);
        }
        if (host.startsWith("[")) return host.endsWith("]") && host.length() > 2 && ipv6Chars(host, 1, host.length() - 1);
        if (host.isEmpty()) return false;
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || !alnum(label.charAt(0)) || !alnum(label.charAt(label.length() - 1))) return false;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!alnum(c) && c != '-') return false;
            }
        }
        return true;
    }
}
