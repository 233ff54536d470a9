package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code sudo} in a RUN: it only works with password-less sudo set up in the image, and keeps sudo
 * there. {@code sudo -u someone} while the build runs as root drops privileges instead, which is
 * what a careful Dockerfile does, so that is not reported.
 */
@RuleInfo(id = "DF3004", slug = "sudo-in-run", severity = Severity.WARNING,
        summary = "RUN uses sudo; switch with USER instead",
        aliases = {"DL3004"}, tags = {"shell", "security", "hadolint"})
public final class SudoInRun implements Rule {
    /** sudo's options that take a value. */
    private static final Set<String> WITH_VALUE = Set.of("-u", "--user", "-g", "--group", "-C", "--close-from",
            "-D", "--chdir", "-h", "--host", "-p", "--prompt", "-R", "--chroot", "-T", "--command-timeout",
            "-U", "--other-user", "-r", "--role", "-t", "--type");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "sudo")) {
            // dev containers and CI images set up password-less sudo on purpose; a builder stage's sudo stays behind
            if (!RunSites.inImage(cx, site)) continue;
            List<Command> raising = new ArrayList<>();
            Boolean root = null;
            for (Command c : site.commands()) {
                if (!c.is("sudo")) continue;
                Args a = c.args(WITH_VALUE);
                if (a.has("-u", "--user", "-g", "--group")) {
                    if (root == null) root = runsAsRoot(cx, site);
                    if (root) continue; // root switching to another user: dropping privileges
                }
                raising.add(c);
            }
            if (raising.isEmpty()) continue;
            Command first = raising.get(0);
            String what = first.argument(0) == null ? "" : " " + first.argument(0).value();
            String more = raising.size() == 1 ? "" : " (and " + (raising.size() - 1) + " more sudo in this RUN)";
            cx.report(first.nameRange(), "'sudo" + what + "'" + more + " works only where the image has password-less"
                    + " sudo, and keeps sudo in it; run the step as root with USER root before it and switch back after");
        }
    }

    /**
     * Whether the RUN runs as root as far as the Dockerfile says: its stage's last USER before it,
     * else the last USER of the stages it is built FROM, is root; or no USER is set at all (images
     * build as root unless their base says otherwise).
     */
    private static boolean runsAsRoot(RuleContext cx, RunSites.Site site) {
        if (site.stage() == null || site.onbuild()) return true;
        Instruction.User user = null;
        for (Instruction i : site.stage().instructions()) {
            if (i == site.holder()) break;
            if (i instanceof Instruction.User u && u.user() != null) user = u;
        }
        if (user == null) {
            Stage parent = cx.graph().parent(site.stage());
            user = parent == null ? null : UserRoot.lastUser(cx.graph().parentChain(parent));
        }
        if (user == null) return true;
        String v = WordValues.literal(user.user(), cx.file().escape());
        return v != null && UserRoot.isRoot(v);
    }
}
