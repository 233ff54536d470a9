package dflint.graph;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** STOPSIGNAL values BuildKit accepts on Linux: a non-zero integer, or a signal name with or without SIG. */
final class StopSignals {
    private StopSignals() {}

    private static final Set<String> NAMES = new HashSet<>(Set.of("ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE",
            "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR", "QUIT", "SEGV", "STKFLT", "STOP",
            "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH", "XCPU", "XFSZ",
            "RTMIN", "RTMAX"));

    static {
        for (int i = 1; i <= 15; i++) {
            NAMES.add("RTMIN+" + i);
            NAMES.add("RTMAX-" + i);
        }
        NAMES.remove("RTMAX-15");
    }

    /** "invalid signal: X" when BuildKit refuses the value, else null. */
    static String problem(String raw) {
        Long n = StageGraph.goAtoi(raw);
        if (n != null) return n == 0 ? "invalid signal: " + raw : null;
        String name = raw.toUpperCase(Locale.ROOT);
        if (name.startsWith("SIG")) name = name.substring(3);
        return NAMES.contains(name) ? null : "invalid signal: " + raw;
    }
}
