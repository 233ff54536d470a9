package dflint.rules;

import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SHELL a RUN runs under, as Docker decides it: the last SHELL of the stage
 * before the RUN, else the last SHELL of the stage it is built FROM (and so on up
 * the graph's parent chain), else {@code /bin/sh -c}. SHELL is image configuration,
 * so it is inherited through {@code FROM <stage>}. {@link RunSites} follows it in
 * file order as it reads each RUN; these helpers read what such an argv runs.
 */
final class ShellInEffect {
    private ShellInEffect() {}

    static final List<String> DEFAULT = List.of("/bin/sh", "-c");

    /** The argv a SHELL instruction sets. */
    static List<String> argv(Instruction.Shell shell) {
        List<String> out = new ArrayList<>(shell.args().size());
        for (Word w : shell.args()) out.add(w.value());
        return out;
    }

    /** The program's name without directory, lower-cased, without {@code .exe}. */
    static String program(List<String> argv) {
        if (argv.isEmpty()) return "";
        return baseName(argv.get(0));
    }

    static String baseName(String path) {
        String p = path.trim();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        String b = p.substring(slash + 1).toLowerCase(Locale.ROOT);
        return b.endsWith(".exe") ? b.substring(0, b.length() - 4) : b;
    }

    /** PowerShell and cmd read none of the POSIX syntax the shell rules look for. */
    static boolean isPosix(List<String> argv) {
        String p = program(argv);
        return !(p.equals("pwsh") || p.equals("powershell") || p.equals("cmd"));
    }

    /** Shells that know {@code -o pipefail}. */
    static boolean knowsPipefail(String program) {
        switch (program) {
            case "bash": case "zsh": case "ash": case "ksh": case "mksh":
                return true;
            default:
                return false;
        }
    }

    /** The argv starts a shell that knows pipefail with {@code -o pipefail} ({@code -eo pipefail} included). */
    static boolean hasPipefail(List<String> argv) {
        if (!knowsPipefail(program(argv))) return false;
        for (int i = 1; i + 1 < argv.size(); i++) {
            String a = argv.get(i);
            if (isOptionClusterEndingInO(a) && argv.get(i + 1).equals("pipefail")) return true;
        }
        return false;
    }

    /** {@code -o}, {@code -eo}, {@code -euxo}: a short-option cluster whose last letter takes the option name. */
    static boolean isOptionClusterEndingInO(String a) {
        if (a.length() < 2 || a.charAt(0) != '-' || a.charAt(1) == '-' || a.charAt(a.length() - 1) != 'o') return false;
        for (int k = 1; k < a.length(); k++) {
            if (!Character.isLetter(a.charAt(k))) return false;
        }
        return true;
    }

    /**
     * ShellCheck's dialect for a shell program, or null when ShellCheck cannot read it:
     * ash (busybox) is checked as dash, mksh as ksh.
     */
    static String shellCheckDialect(String program) {
        switch (program) {
            case "sh": case "bash": case "dash": case "ksh":
                return program;
            case "ash":
                return "dash";
            case "mksh":
                return "ksh";
            default:
                return null;
        }
    }
}
