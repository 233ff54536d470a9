package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import java.util.Locale;
import java.util.Set;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform pins the stage, so a
 * multi-platform build emulates it everywhere. Accepted when the stage name
 * mentions the platform's OS or architecture (AS build-amd64): then the pin is
 * evidently on purpose. Values with variables are fine; values that are no
 * platform at all are left to the build.
 */
@RuleInfo(id = "DF2014", slug = "constant-platform-flag", severity = Severity.WARNING,
        summary = "FROM --platform uses a constant value",
        aliases = {"FromPlatformFlagConstDisallowed", "DL3029"},
        tags = {"portability", "buildkit", "hadolint"})
public final class ConstantPlatformFlag implements Rule {
    static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
            "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be",
            "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
            "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.From from)) continue;
            Flag p = from.platform();
            if (p == null || p.value() == null) continue;
            if (!VariableExpander.references(p.value(), cx.file().escape()).isEmpty()) continue;
            String[] platform = parse(p.value());
            if (platform == null) continue;
            String stage = from.stageNameOrNull() == null ? "" : from.stageNameOrNull().toLowerCase(Locale.ROOT);
            if (!stage.isEmpty() && ((platform[0] != null && stage.contains(platform[0]))
                    || (platform[1] != null && stage.contains(platform[1])))) continue;
            cx.report(p.range(), "--platform=" + p.value() + " pins this stage to one platform; use $BUILDPLATFORM for "
                    + "build tools or $TARGETPLATFORM, or if the pin is deliberate say so in the stage name (AS "
                    + (from.stageNameOrNull() == null ? "build" : from.stageNameOrNull()) + "-"
                    + (platform[1] != null ? platform[1] : platform[0]) + ")");
        }
    }

    /** {os, arch} normalised as containerd does, or null when the text is not a platform. */
    static String[] parse(String spec) {
        String s = spec.toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return null;
        String[] parts = s.split("/", -1);
        if (parts.length > 3) return null;
        for (String part : parts) {
            if (part.isEmpty()) return null;
            for (int k = 0; k < part.length(); k++) {
                char c = part.charAt(k);
                if (!(Character.isLetterOrDigit(c) && c < 128) && c != '_' && c != '.' && c != '-') return null;
            }
        }
        if (parts.length == 1) {
            if (KNOWN_OS.contains(normalizeOs(parts[0]))) return new String[] {normalizeOs(parts[0]), null};
            String arch = normalizeArch(parts[0]);
            if (KNOWN_ARCH.contains(arch)) return new String[] {null, arch};
            return null;
        }
        return new String[] {normalizeOs(parts[0]), normalizeArch(parts[1])};
    }

    private static String normalizeOs(String os) {
        return os.equals("macos") ? "darwin" : os;
    }

    private static String normalizeArch(String arch) {
        switch (arch) {
            case "i386": return "386";
            case "x86_64": case "x86-64": return "amd64";
            case "aarch64": return "arm64";
            case "armhf": case "armel": return "arm";
            default: return arch;
        }
    }
}
