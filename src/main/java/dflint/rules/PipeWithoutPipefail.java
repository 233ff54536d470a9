package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.RunScript;
import dflint.shell.ShellWord;
import java.util.List;

/** A pipe in a RUN whose shell hides the failure of all but the last command. */
@RuleInfo(id = "DF4006", slug = "pipe-without-pipefail", severity = Severity.WARNING,
        summary = "RUN uses a pipe while the shell runs without -o pipefail",
        aliases = {"DL4006"}, tags = {"shell", "correctness", "hadolint"})
public final class PipeWithoutPipefail implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, RunSites.PIPE)) {
            if (r.exec() || !r.posixShell()) continue; // no shell, or one without POSIX pipes
            for (RunScript s : r.scripts()) {
                if (!s.isShell()) continue;
                boolean pipefail;
                String shellName;
                if (RunShell.runBySHELL(r, s)) {
                    pipefail = ShellInEffect.hasPipefail(r.shell());
                    shellName = String.join(" ", r.shell());
                } else {
                    // a heredoc script run by its own interpreter: only its shebang's options count
                    List<String> argv = s.heredoc() == null ? List.of() : RunShell.shebangArgv(s.heredoc());
                    pipefail = ShellInEffect.hasPipefail(argv);
                    shellName = argv.isEmpty() ? s.interpreter() : String.join(" ", argv);
                }
                if (pipefail) continue;
                for (Command c : s.script().commands()) {
                    if (c.parent() != null) continue; // a nested sh -c has its own options
                    // inside $(...) the pipe's status only reaches the command line that used it
                    if (c.inSubstitution()) continue;
                    // a condition's status picks a branch and never fails the build, with or without pipefail
                    if (c.inCondition()) continue;
                    if (setsPipefail(c)) break;
                    String op = c.operatorAfter();
                    if (!op.equals("|") && !op.equals("|&")) continue;
                    // echo, printf and yes write what they were given: their failure is not what a pipe hides
                    if (cannotFail(c)) continue;
                    boolean bySHELL = RunShell.runBySHELL(r, s);
                    cx.report(c.range(), "if '" + c.baseName() + "' fails, the pipe still succeeds because '" + shellName
                            + "' runs without pipefail; " + advice(cx, r, bySHELL));
                    break;
                }
            }
        }
    }

    private static boolean cannotFail(Command c) {
        return c.is("echo", "printf", "yes", "true", ":") && c.redirects().isEmpty();
    }

    /**
     * What to write instead, for the shell the image has: Debian's /bin/sh (dash) has no pipefail, so
     * {@code set -o pipefail} would fail the build there; Alpine's busybox ash has it, but no bash.
     */
    private static String advice(RuleContext cx, RunSites.Site r, boolean bySHELL) {
        if (!bySHELL) return "add -o pipefail to the script's shebang line, or set -o pipefail at its start";
        ImageFamily.Facts f = r.stage() == null ? null : ImageFamily.of(cx, r.stage());
        if (f != null && f.busyboxShell() && !f.hasBash()) {
            return "start the script with set -o pipefail (busybox ash has it), or set SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]";
        }
        if (f != null && f.family() == ImageFamily.Family.DEBIAN) {
            return "set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the RUN (Debian's /bin/sh, dash, has no"
                    + " pipefail option, so set -o pipefail would fail there)";
        }
        if (f != null && (f.family() == ImageFamily.Family.RHEL || f.family() == ImageFamily.Family.SUSE)) {
            return "start the script with set -o pipefail, or set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]";
        }
        return "set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] if the image has bash, or start the script with"
                + " set -o pipefail where /bin/sh supports it (busybox ash does, dash does not)";
    }

    /** {@code set -o pipefail}, {@code set -euo pipefail}, ... */
    static boolean setsPipefail(Command c) {
        if (!c.is("set")) return false;
        List<ShellWord> a = c.arguments();
        for (int i = 0; i + 1 < a.size(); i++) {
            if (ShellInEffect.isOptionClusterEndingInO(a.get(i).value()) && a.get(i + 1).value().equals("pipefail")) return true;
        }
        return false;
    }
}
