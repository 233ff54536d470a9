package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.ShellWord;
import java.util.List;

/**
 * {@code cd} in a RUN where WORKDIR is what was meant: a {@code cd} that ends the RUN (it changes
 * nothing), or a RUN that starts by moving into an existing directory ({@code RUN cd /app && make}).
 * A {@code cd} in the middle of a script, into what the script just unpacked, cloned or created,
 * or back out of it, is ordinary shell and not reported.
 */
@RuleInfo(id = "DF3003", slug = "cd-instead-of-workdir", severity = Severity.WARNING,
        summary = "RUN changes directory with cd where WORKDIR is meant",
        aliases = {"DL3003"}, tags = {"shell", "hadolint"})
public final class CdInsteadOfWorkdir implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "cd")) {
            for (Command c : r.commands()) {
                // (cd dir && make) is scoped on purpose, and WORKDIR cannot say that
                if (!c.is("cd") || c.inSubshell() || c.inSubstitution()) continue;
                String dir = null;
                for (ShellWord w : c.args().operands()) {
                    dir = w.value();
                    break;
                }
                String cd = dir == null ? "cd" : "cd " + dir;
                if (c.following().isEmpty()) {
                    cx.report(c.nameRange(), "'" + cd + "' is the last command of this RUN, so it changes nothing:"
                            + " the next instruction starts in the stage's WORKDIR again; use WORKDIR"
                            + (isLiteralAbsolute(dir) ? " " + dir : " with an absolute path") + " if that is what you meant");
                } else if (startsTheScript(c) && isLiteralAbsolute(dir) && !isScratchSpace(dir)) {
                    cx.report(c.nameRange(), "'" + cd + "' starts this RUN and lasts only until its end; set the"
                            + " directory with WORKDIR " + dir + " before the RUN, so later instructions share it");
                }
            }
        }
    }

    /** Only shell options and exports run before it: the RUN is "go there, then work". */
    private static boolean startsTheScript(Command c) {
        List<Command> before = c.preceding();
        for (Command b : before) {
            if (!b.is("set", "export", "umask", ":", "true") && !encloses(b, c)) return false;
        }
        return true;
    }

    /** {@code outer} is the {@code sh -c} (or a wrapper of it) whose script holds {@code c}. */
    private static boolean encloses(Command outer, Command c) {
        for (Command p = c.parent(); p != null; p = p.parent()) {
            if (p == outer) return true;
        }
        return false;
    }

    /** /tmp and friends: a place to download and unpack in, never a stage's working directory. */
    private static boolean isScratchSpace(String dir) {
        String d = dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        return d.equals("/tmp") || d.equals("/var/tmp") || d.equals("/dev/shm");
    }

    private static boolean isLiteralAbsolute(String dir) {
        return dir != null && dir.startsWith("/") && dir.length() > 1 && dir.indexOf('$') < 0 && dir.indexOf('`') < 0;
    }
}
