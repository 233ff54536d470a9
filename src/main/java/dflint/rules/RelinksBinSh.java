package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.ShellWord;
import java.util.List;
import java.util.Set;

/** {@code ln ... /bin/sh}: changing the system shell to change the RUN shell. */
@RuleInfo(id = "DF4005", slug = "relinks-bin-sh", severity = Severity.WARNING,
        summary = "RUN relinks /bin/sh; use the SHELL instruction",
        aliases = {"DL4005"}, tags = {"shell", "hadolint"})
public final class RelinksBinSh implements Rule {
    private static final Set<String> WITH_VALUE = Set.of("-S", "--suffix", "-t", "--target-directory", "--backup");

    private static boolean hasNoBinSh(RuleContext cx, RunSites.Site r) {
        if (r.stage() == null) return false;
        ImageFamily.Family f = ImageFamily.of(cx, r.stage()).family();
        return f == ImageFamily.Family.DISTROLESS || f == ImageFamily.Family.SCRATCH;
    }

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "ln")) {
            for (Command c : r.commands()) {
                if (!c.is("ln")) continue;
                List<ShellWord> ops = c.args(WITH_VALUE).operands();
                if (ops.size() < 2 || !ops.get(ops.size() - 1).value().equals("/bin/sh")) continue;
                String target = ops.get(ops.size() - 2).value();
                // an image without /bin/sh (distroless :debug, kaniko, scratch) gets one this way: nothing is replaced
                if (target.startsWith("/busybox/") || hasNoBinSh(cx, r)) continue;
                cx.report(c.nameRange(), "'ln " + target + " /bin/sh' changes the shell of every script in the image;"
                        + " to run RUN with " + ShellInEffect.baseName(target) + ", write SHELL [\"" + target + "\", \"-c\"]");
            }
        }
    }
}
