package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.ShellWord;

/** {@code cd} in a RUN: the change of directory ends with the RUN. */
@RuleInfo(id = "DF3003", slug = "cd-instead-of-workdir", severity = Severity.WARNING,
        summary = "RUN changes directory with cd; use WORKDIR",
        aliases = {"DL3003"}, tags = {"shell", "hadolint"})
public final class CdInsteadOfWorkdir implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "cd")) {
            for (Command c : r.commands()) {
                if (!c.is("cd")) continue;
                // (cd dir && make) is scoped on purpose, and WORKDIR cannot say that
                if (c.inSubshell()) continue;
                String dir = null;
                for (ShellWord w : c.args().operands()) {
                    dir = w.value();
                    break;
                }
                boolean literalAbsolute = dir != null && dir.startsWith("/") && dir.indexOf('$') < 0 && dir.indexOf('`') < 0;
                cx.report(c.nameRange(), literalAbsolute
                        ? "'cd " + dir + "' lasts only until the end of this RUN; use WORKDIR " + dir + " instead"
                        : "'" + (dir == null ? "cd" : "cd " + dir) + "' lasts only until the end of this RUN;"
                        + " set the stage's directory with WORKDIR and an absolute path");
            }
        }
    }
}
