package dflint.graph;

import dflint.syntax.GoQuote;
import java.util.Locale;

/**
 * An EXPOSE port as BuildKit parses it, {@code [[ip:]hostPort:]containerPort[-end][/proto]}:
 * says what BuildKit would refuse, in its words, or nothing.
 */
final class PortSpec {
    private PortSpec() {}

    static String problem(String rawPort) {
        String[] split = splitParts(rawPort);
        String ip = split[0], hostPort = split[1], containerPort = split[2];
        int slash = containerPort.indexOf('/');
        String port = slash < 0 ? containerPort : containerPort.substring(0, slash);
        String written = slash < 0 ? "" : containerPort.substring(slash + 1);
        String proto = written.toLowerCase(Locale.ROOT);
        if (port.isEmpty()) return "invalid port: " + GoQuote.quote(rawPort) + ": no port specified";
        if (!proto.isEmpty() && !proto.equals("tcp") && !proto.equals("udp") && !proto.equals("sctp")) {
            // checked in lower case, named as written
            return "invalid port: " + GoQuote.quote(rawPort) + ": invalid proto: " + written;
        }
        if (!ip.isEmpty() && ip.charAt(0) == '[') {
            String[] hp = new String[1];
            String err = splitHostPort(ip + ":", hp);
            if (err != null) return "invalid IP address " + ip + ": " + err;
            ip = hp[0];
        }
        if (!ip.isEmpty() && !IpAddress.valid(ip)) return "invalid IP address: " + ip;
        long[] container = portRange(port);
        if (container == null) return "invalid containerPort: " + port;
        if (!hostPort.isEmpty()) {
            long[] host = portRange(hostPort);
            if (host == null) return "invalid hostPort: " + hostPort;
            if (container[1] - container[0] != host[1] - host[0] && container[1] != container[0]) {
                return "invalid ranges specified for container and host Ports: " + port + " and " + hostPort;
            }
        }
        return null;
    }

    /** ip, host port and container port: the last two ':'-separated fields are the ports. */
    private static String[] splitParts(String raw) {
        String[] parts = raw.split(":", -1);
        switch (parts.length) {
            case 1: return new String[] {"", "", parts[0]};
            case 2: return new String[] {"", parts[0], parts[1]};
            case 3: return new String[] {parts[0], parts[1], parts[2]};
            default: {
                int n = parts.length;
                return new String[] {String.join(":", java.util.Arrays.copyOf(parts, n - 2)), parts[n - 2], parts[n - 1]};
            }
        }
    }

    /** start and end of "80" or "8000-9000", or null when either is not a port number or end < start. */
    private static long[] portRange(String ports) {
        if (ports.isEmpty()) return null;
        if (ports.indexOf('-') < 0) {
            Long p = port(ports);
            return p == null ? null : new long[] {p, p};
        }
        String[] parts = ports.split("-", -1);
        if (parts.length != 2) return null;
        Long start = port(parts[0]), end = port(parts[1]);
        if (start == null || end == null || end < start) return null;
        return new long[] {start, end};
    }

    /** A decimal port number 0..65535, an optional '+' allowed; null otherwise. */
    private static Long port(String s) {
        int i = s.startsWith("+") ? 1 : 0;
        if (i >= s.length() || s.length() - i > 9) return null;
        for (int k = i; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        long v = Long.parseLong(s.substring(i));
        return v > 65535 ? null : v;
    }

    /** Go's net.SplitHostPort, host only: the error text, or null with hostOut[0] set. */
    static String splitHostPort(String hostport, String[] hostOut) {
        int i = hostport.lastIndexOf(':');
        if (i < 0) return addrError(hostport, "missing port in address");
        int j = 0, k = 0;
        String host;
        if (hostport.charAt(0) == '[') {
            int end = hostport.indexOf(']');
            if (end < 0) return addrError(hostport, "missing ']' in address");
            if (end + 1 == hostport.length()) return addrError(hostport, "missing port in address");
            if (end + 1 != i) {
                return addrError(hostport, hostport.charAt(end + 1) == ':' ? "too many colons in address" : "missing port in address");
            }
            host = hostport.substring(1, end);
            j = 1;
            k = end + 1;
        } else {
            host = hostport.substring(0, i);
            if (host.indexOf(':') >= 0) return addrError(hostport, "too many colons in address");
        }
        if (hostport.indexOf('[', j) >= 0) return addrError(hostport, "unexpected '[' in address");
        if (hostport.indexOf(']', k) >= 0) return addrError(hostport, "unexpected ']' in address");
        hostOut[0] = host;
        return null;
    }

    private static String addrError(String addr, String why) {
        return addr.isEmpty() ? why : "address " + addr + ": " + why;
    }
}
