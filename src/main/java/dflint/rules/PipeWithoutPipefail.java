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
                    if (setsPipefail(c)) break;
                    String op = c.operatorAfter();
                    if (!op.equals("|") && !op.equals("|&")) continue;
                    cx.report(c.range(), "if '" + c.baseName() + "' fails, the pipe still succeeds because '" + shellName
                            + "' runs without pipefail; set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] or start"
                            + " the script with set -o pipefail");
                    break;
                }
            }
        }
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
