package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.Map;

/** A RUN calls a program meant for an interactive machine or a running system. */
@RuleInfo(id = "DF3001", slug = "pointless-command-in-container", severity = Severity.INFO,
        summary = "RUN calls a command that makes no sense in an image build (top, vim, service, ssh, ...)",
        aliases = {"DL3001"}, tags = {"shell", "hadolint"})
public final class PointlessCommandInContainer implements Rule {
    private static final Map<String, String> WHY = Map.of(
            "free", "prints the memory of the build machine, which nobody reads",
            "kill", "stops a process of this build step, which ends with the step anyway",
            "mount", "needs privileges a build does not have; use RUN --mount",
            "ps", "lists the processes of the build step, which nobody reads",
            "service", "starts a service that dies when the build step ends; start it in CMD or ENTRYPOINT",
            "shutdown", "cannot shut down a build step",
            "ssh", "opens an interactive session a build cannot use; use RUN --mount=type=ssh for private fetches",
            "top", "is interactive and a build has no terminal",
            "vim", "is an interactive editor and a build has no terminal; write files with COPY or a heredoc");

    private static boolean startedInBackground(Command kill) {
        for (Command before : kill.preceding()) {
            if (before.operatorAfter().equals("&")) return true;
        }
        return false;
    }

    private static final String[] NAMES = WHY.keySet().toArray(new String[0]);

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, NAMES)) {
            for (Command c : r.commands()) {
                String why = WHY.get(c.baseName());
                // stopping a process this RUN started in the background lets it shut down cleanly
                if (c.is("kill") && startedInBackground(c)) continue;
                if (why != null) cx.report(c.nameRange(), "'" + c.name() + "' " + why);
            }
        }
    }
}
