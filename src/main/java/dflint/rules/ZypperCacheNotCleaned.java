package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.List;
import java.util.Set;

/** {@code zypper install} whose cache stays in the layer of an image stage. */
@RuleInfo(id = "DF3036", slug = "zypper-cache-not-cleaned", severity = Severity.INFO,
        summary = "zypper install without zypper clean in the same RUN leaves the cache in the image",
        aliases = {"DL3036"}, tags = {"shell", "packages", "size", "hadolint"})
public final class ZypperCacheNotCleaned implements Rule {
    private static final String CACHE = "/var/cache/zypp";
    private static final Set<String> INSTALLS = Set.of("install", "in");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "zypper")) {
            List<Command> commands = r.commands();
            int install = -1;
            for (int i = 0; i < commands.size() && install < 0; i++) {
                Command c = commands.get(i);
                if (c.is("zypper") && INSTALLS.contains(PackageCommands.read(c).sub())) install = i;
            }
            if (install < 0 || dflint.shell.RunMount.cacheMountAt(r.run(), CACHE)) continue;
            if (cleanedAfter(commands, install)) continue;
            if (!RunSites.inImage(cx, r)) continue;
            Command c = commands.get(install);
            cx.report(c.nameRange(), "'zypper " + PackageCommands.read(c).sub()
                    + "' leaves its package cache in this layer of the image; end the RUN with '&& zypper clean'");
        }
    }

    private static boolean cleanedAfter(List<Command> commands, int from) {
        for (Command c : commands.subList(from + 1, commands.size())) {
            if (c.is("zypper")) {
                String sub = PackageCommands.read(c).sub();
                if (sub.equals("clean") || sub.equals("cc")) return true;
            }
            if (PackageCommands.removes(c, CACHE)) return true;
        }
        return false;
    }
}
