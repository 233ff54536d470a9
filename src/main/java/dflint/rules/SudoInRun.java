package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;

/** {@code sudo} in a RUN. */
@RuleInfo(id = "DF3004", slug = "sudo-in-run", severity = Severity.ERROR,
        summary = "RUN uses sudo; switch with USER instead",
        aliases = {"DL3004"}, tags = {"shell", "security", "hadolint"})
public final class SudoInRun implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "sudo")) {
            for (Command c : r.commands()) {
                if (!c.is("sudo")) continue;
                String what = c.argument(0) == null ? "" : " " + c.argument(0).value();
                cx.report(c.nameRange(), "'sudo" + what + "': a build has no terminal for a password and sudo in the image"
                        + " weakens it; run the step after USER root, then switch back");
            }
        }
    }
}
