package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.RunMount;
import dflint.shell.ShellWord;
import java.util.List;

/**
 * {@code apt-get update} (or apt/aptitude) whose package lists stay in the layer: no
 * {@code rm -rf /var/lib/apt/lists/*} after it in the same RUN and no cache mount on them.
 * Judged only where it matters: in stages that end up in a target image.
 */
@RuleInfo(id = "DF3009", slug = "apt-lists-not-removed", severity = Severity.INFO,
        summary = "apt-get update leaves its package lists in an image layer",
        aliases = {"DL3009"}, tags = {"shell", "packages", "image-size", "hadolint"})
public final class AptListsNotRemoved implements Rule {
    private static final String LISTS = "/var/lib/apt/lists";

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "apt-get", "apt", "aptitude")) {
            if (!RunSites.inImage(cx, site)) continue;
            if (RunMount.cacheMountAt(site.run(), LISTS)
                    || (RunMount.cacheMountAt(site.run(), "/var/lib/apt") && RunMount.cacheMountAt(site.run(), "/var/cache/apt"))) {
                continue;
            }
            List<Command> commands = site.commands();
            Command lastUpdate = null;
            for (Command c : commands) {
                PackageCommand p = PackageCommand.of(c);
                if (p != null && (p.manager().equals("apt-get") || p.manager().equals("apt") || p.manager().equals("aptitude"))
                        && p.isSubcommand("update")) {
                    lastUpdate = p.command();
                }
            }
            if (lastUpdate == null || removesListsAfter(commands, lastUpdate)) continue;
            cx.report(lastUpdate.nameRange(), lastUpdate.baseName() + " update leaves package lists in the image:"
                    + " end the same RUN with 'rm -rf /var/lib/apt/lists/*', or mount a cache on " + LISTS);
        }
    }

    /** An {@code rm} of the lists directory (or its contents), or {@code apt-get dist-clean}, later in the RUN. */
    private static boolean removesListsAfter(List<Command> commands, Command update) {
        boolean after = false;
        for (Command command : commands) {
            Command c = command.unwrapped();
            if (c.index() == update.index()) {
                after = true;
                continue;
            }
            if (!after) continue;
            // apt 2.7's dist-clean removes the lists as well as the package cache
            if (c.is("apt-get", "apt") && c.args().operands().size() > 0
                    && c.args().operands().get(0).value().equals("dist-clean")) {
                return true;
            }
            if (!c.is("rm")) continue;
            for (ShellWord w : c.args().operands()) {
                String v = w.value();
                while (v.length() > 1 && v.endsWith("/")) v = v.substring(0, v.length() - 1);
                if (v.equals(LISTS) || v.startsWith(LISTS + "/") || v.equals("/var/lib/apt") || v.equals("/var/lib/apt/*")) return true;
            }
        }
        return false;
    }
}
