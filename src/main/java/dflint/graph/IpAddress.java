package dflint.graph;

/** Go's net.ParseIP, as a yes/no: dotted IPv4 or IPv6 text (no zone). Never resolves a name. */
final class IpAddress {
    private IpAddress() {}

    static boolean valid(String s) {
        return ipv4(s, 0, s.length()) || ipv6(s);
    }

    /** Four decimal fields 0..255 without leading zeros. */
    private static boolean ipv4(String s, int from, int to) {
        int fields = 0;
        int i = from;
        while (fields < 4) {
            int start = i;
            int v = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                if (v > 255 || i - start >= 3) return false;
                i++;
            }
            int len = i - start;
            if (len == 0 || (len > 1 && s.charAt(start) == '0')) return false;
            fields++;
            if (fields < 4) {
                if (i >= to || s.charAt(i) != '.') return false;
                i++;
            }
        }
        return i == to;
    }

    private static boolean ipv6(String s) {
        int n = s.length();
        if (n < 2) return false;
        int groups = 0;
        boolean ellipsis = false;
        int i = 0;
        if (s.startsWith("::")) {
            ellipsis = true;
            i = 2;
            if (i == n) return true;
        }
        while (i < n) {
            int start = i;
            while (i < n && i - start < 5 && Character.digit(s.charAt(i), 16) >= 0) i++;
            int len = i - start;
            if (len == 0 || len > 4) return false;
            if (i < n && s.charAt(i) == '.') {
                // an embedded IPv4 address takes the last two groups
                if (!ellipsis && groups != 6) return false;
                if (groups + 2 > 8) return false;
                if (!ipv4(s, start, n)) return false;
                groups += 2;
                i = n;
                break;
            }
            groups++;
            if (i == n) break;
            if (s.charAt(i) != ':') return false;
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (ellipsis) return false;
                ellipsis = true;
                i++;
                if (i == n) break;
            } else if (i == n) {
                return false;
            }
            if (groups >= 8) return false;
        }
        return ellipsis ? groups < 8 : groups == 8;
    }
}
