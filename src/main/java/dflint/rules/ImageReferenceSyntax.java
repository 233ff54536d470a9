package dflint.rules;

/**
 * Docker image reference syntax, {@code [host[:port]/]path[:tag][@algo:hex]}, as a
 * scanner (no regular expressions over user text). Says what is wrong, or null.
 */
final class ImageReferenceSyntax {
    private ImageReferenceSyntax() {}

    static final int MAX_NAME = 255;

    static String problem(String ref) {
        if (ref.isEmpty()) return "an empty reference";
        String rest = ref;
        int at = rest.indexOf('@');
        if (at >= 0) {
            String digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!validDigest(digest)) return "whose digest is not algorithm:hex";
        }
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        String name = rest;
        if (colon > slash) {
            String tag = rest.substring(colon + 1);
            name = rest.substring(0, colon);
            if (tag.isEmpty()) return "which ends in ':' without a tag";
            if (!validTag(tag)) return "whose tag is not valid";
        }
        if (name.isEmpty()) return "which has no repository name";
        if (name.length() > MAX_NAME) return "whose name is longer than 255 characters";
        String[] parts = name.split("/", -1);
        int first = 0;
        // like Docker: a first component with '.', ':' or upper case, or "localhost", is a registry host
        if (parts.length > 1 && (parts[0].contains(".") || parts[0].contains(":") || parts[0].equals("localhost")
                || !parts[0].equals(parts[0].toLowerCase(java.util.Locale.ROOT)))) {
            if (!validHost(parts[0])) return "whose registry host is not valid";
            first = 1;
        }
        for (int i = first; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty()) return "which has an empty path component";
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (c >= 'A' && c <= 'Z') return "which is not lower case";
            }
            if (!validPathComponent(p)) return "whose name has characters an image name cannot have";
        }
        return null;
    }

    private static boolean lowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean alnum(char c) {
        return lowerAlnum(c) || (c >= 'A' && c <= 'Z');
    }

    /** alnum+ ( ( '.' | '_' | '__' | '-'+ ) alnum+ )* */
    private static boolean validPathComponent(String p) {
        int i = 0, n = p.length();
        if (!lowerAlnum(p.charAt(0))) return false;
        while (i < n) {
            while (i < n && lowerAlnum(p.charAt(i))) i++;
            if (i == n) return true;
            char c = p.charAt(i);
            if (c == '.') i++;
            else if (c == '_') i += i + 1 < n && p.charAt(i + 1) == '_' ? 2 : 1;
            else if (c == '-') while (i < n && p.charAt(i) == '-') i++;
            else return false;
            if (i == n || !lowerAlnum(p.charAt(i))) return false;
        }
        return true;
    }

    private static boolean validTag(String tag) {
        if (tag.length() > 128) return false;
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            boolean word = alnum(c) || c == '_';
            if (i == 0 ? !word : !(word || c == '.' || c == '-')) return false;
        }
        return true;
    }

    private static boolean validHost(String h) {
        String host = h;
        int colon = h.lastIndexOf(':');
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) return false;
            String port = h.substring(close + 1);
            return port.isEmpty() || (port.startsWith(":") && digits(port.substring(1)));
        }
        if (colon >= 0) {
            if (!digits(h.substring(colon + 1))) return false;
            host = h.substring(0, colon);
        }
        if (host.isEmpty()) return false;
        for (String label : host.split("\\.", -1)) {
            if (label.isEmpty() || !alnum(label.charAt(0)) || !alnum(label.charAt(label.length() - 1))) return false;
            for (int k = 0; k < label.length(); k++) {
                char c = label.charAt(k);
                if (!alnum(c) && c != '-') return false;
            }
        }
        return true;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
        }
        return true;
    }

    private static boolean validDigest(String d) {
        int colon = d.indexOf(':');
        if (colon <= 0 || colon == d.length() - 1) return false;
        String algo = d.substring(0, colon), hex = d.substring(colon + 1);
        if (!Character.isLetter(algo.charAt(0))) return false;
        for (int k = 0; k < algo.length(); k++) {
            char c = algo.charAt(k);
            if (!alnum(c) && "+._-".indexOf(c) < 0) return false;
        }
        if (hex.length() < 32) return false;
        for (int k = 0; k < hex.length(); k++) {
            char c = hex.charAt(k);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
        }
        return true;
    }
}
