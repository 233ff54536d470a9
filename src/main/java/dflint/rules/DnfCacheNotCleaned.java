package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.List;
import java.util.Set;

/** {@code dnf install}/{@code upgrade} whose cache stays in the layer of an image stage. */
@RuleInfo(id = "DF3040", slug = "dnf-cache-not-cleaned", severity = Severity.INFO,
        summary = "dnf/microdnf install without dnf clean all in the same RUN leaves the cache in the image",
        aliases = {"DL3040"}, tags = {"shell", "packages", "size", "hadolint"})
public final class DnfCacheNotCleaned implements Rule {
    private static final String[] CACHES = {"/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5"};
    private static final Set<String> FILLING = Set.of("install", "in", "upgrade", "up", "upgrade-minimal", "up-min",
            "reinstall", "rei", "groupinstall", "localinstall", "update");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "dnf", "microdnf", "dnf5")) {
            List<Command> commands = r.commands();
            int install = -1;
            String what = null;
            for (int i = 0; i < commands.size() && install < 0; i++) {
                Command c = commands.get(i);
                if (!PackageCommands.isDnf(c)) continue;
                PackageCommands.Call call = PackageCommands.read(c);
                boolean fills = FILLING.contains(call.sub())
                        || ((call.sub().equals("module") || call.sub().equals("group")) && call.sub2().equals("install"));
                if (fills) {
                    install = i;
                    what = c.baseName() + " " + call.sub() + (call.sub2().isEmpty() ? "" : " " + call.sub2());
                }
            }
            if (install < 0 || dflint.shell.RunMount.cacheMountAt(r.run(), CACHES)) continue;
            if (cleanedAfter(commands, install, family(commands.get(install)))) continue;
            if (!RunSites.inImage(cx, r)) continue;
            Command c = commands.get(install);
            cx.report(c.nameRange(), "'" + what + "' leaves its package cache in this layer of the image; end the RUN"
                    + " with '&& " + c.baseName() + " clean all'");
        }
    }

    /** dnf and dnf5 share their cache; microdnf keeps its own. */
    private static String family(Command c) {
        return c.is("microdnf") ? "microdnf" : "dnf";
    }

    private static boolean cleanedAfter(List<Command> commands, int from, String tool) {
        for (Command c : commands.subList(from + 1, commands.size())) {
            if (PackageCommands.isDnf(c) && family(c).equals(tool)) {
                PackageCommands.Call call = PackageCommands.read(c);
                if (call.sub().equals("clean") && !call.packages().isEmpty() && call.packages().get(0).value().equals("all")) return true;
            }
            if (PackageCommands.removes(c, CACHES)) return true;
        }
        return false;
    }
}
