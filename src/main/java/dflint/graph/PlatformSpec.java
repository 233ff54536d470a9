package dflint.graph;

import dflint.syntax.GoQuote;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code FROM --platform} value checked the way BuildKit's platform parser checks it
 * ({@code os[(version)][/arch[/variant]]}, or a lone os or architecture it knows). Says what is
 * wrong in the parser's own words, or nothing.
 */
final class PlatformSpec {
    private PlatformSpec() {}

    private static final String COMPONENT = "^[A-Za-z0-9_.-]+$";
    /** os, then optionally (version) with +feature suffixes, as in windows(10.0.17763+win32k). */
    private static final String OS_AND_VERSION = "^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$";

    /** Operating systems Go knows; a single-component platform may name one of them. */
    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");

    /** Architectures Go knows, after normalisation (x86_64 is amd64, aarch64 is arm64, ...). */
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    /** The parser's complaint about the specifier (ending in ": invalid argument"), or null when it parses. */
    static String problem(String specifier) {
        if (specifier.indexOf('*') >= 0) {
            return GoQuote.quote(specifier) + ": wildcards not yet supported: invalid argument";
        }
        String[] parts = splitN(specifier, 4);
        String os = null;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == 0) {
                if (!isOsAndVersion(part)) {
                    return GoQuote.quote(part) + " is an invalid OS component of " + GoQuote.quote(specifier)
                            + ": OSAndVersion specifier component must match " + GoQuote.quote(OS_AND_VERSION) + ": invalid argument";
                }
                int paren = part.indexOf('(');
                os = normalizeOs(paren < 0 ? part : part.substring(0, paren));
            } else if (!Chars.alnumOr(part, 0, part.length(), "_.-")) {
                return GoQuote.quote(part) + " is an invalid component of " + GoQuote.quote(specifier)
                        + ": platform specifier component must match " + GoQuote.quote(COMPONENT) + ": invalid argument";
            }
        }
        switch (parts.length) {
            case 1:
                if (KNOWN_OS.contains(os) || KNOWN_ARCH.contains(normalizeArch(parts[0]))) return null;
                return GoQuote.quote(specifier) + ": unknown operating system or architecture: invalid argument";
            case 2:
            case 3:
                return null;
            default:
                return GoQuote.quote(specifier) + ": cannot parse platform specifier: invalid argument";
        }
    }

    /**
     * The part matches {@link #OS_AND_VERSION}, checked by hand (no regex on the lint path): os,
     * then optionally "(" version, each "+feature" not empty, ")".
     */
    private static boolean isOsAndVersion(String part) {
        int paren = part.indexOf('(');
        int osEnd = paren < 0 ? part.length() : paren;
        if (!Chars.alnumOr(part, 0, osEnd, "_-")) return false;
        if (paren < 0) return true;
        if (!part.endsWith(")") || part.length() - 1 <= paren) return false;
        for (int i = paren + 1; i < part.length() - 1; i++) {
            char c = part.charAt(i);
            if (c == '+') {
                // a feature: '+' then at least one character
                char after = part.charAt(i + 1);
                if (after == '+' || after == ')') return false;
            } else if (!Chars.isAlnum(c) && c != '_' && c != '.' && c != '%' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Go's strings.SplitN(s, "/", n). */
    private static String[] splitN(String s, int n) {
        return s.split("/", n);
    }

    private static String normalizeOs(String os) {
        String lower = os.toLowerCase(Locale.ROOT);
        return lower.equals("macos") ? "darwin" : lower;
    }

    private static String normalizeArch(String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        switch (a) {
            case "i386": return "386";
            case "x86_64": case "x86-64": return "amd64";
            case "aarch64": return "arm64";
            case "armhf": case "armel": return "arm";
            default: return a;
        }
    }
}
