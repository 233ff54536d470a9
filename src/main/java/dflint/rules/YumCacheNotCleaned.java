package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.List;

/** {@code yum install} whose cache stays in the layer of an image stage. */
@RuleInfo(id = "DF3032", slug = "yum-cache-not-cleaned", severity = Severity.INFO,
        summary = "yum install without yum clean all in the same RUN leaves the cache in the image",
        aliases = {"DL3032"}, tags = {"shell", "packages", "size", "hadolint"})
public final class YumCacheNotCleaned implements Rule {
    private static final String CACHE = "/var/cache/yum";

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "yum")) {
            List<Command> commands = r.commands();
            Command install = null;
            for (Command c : commands) {
                if (c.is("yum") && PackageCommands.read(c).sub().equals("install")) {
                    install = c;
                    break;
                }
            }
            if (install == null || dflint.shell.RunMount.cacheMountAt(r.run(), CACHE)) continue;
            if (cleanedAfter(commands, commands.indexOf(install))) continue;
            if (!RunSites.inImage(cx, r)) continue;
            cx.report(install.nameRange(), "'yum install' leaves its package cache in this layer of the image;"
                    + " end the RUN with '&& yum clean all'");
        }
    }

    private static boolean cleanedAfter(List<Command> commands, int from) {
        for (Command c : commands.subList(from + 1, commands.size())) {
            if (c.is("yum")) {
                PackageCommands.Call call = PackageCommands.read(c);
                if (call.sub().equals("clean") && !call.packages().isEmpty() && call.packages().get(0).value().equals("all")) return true;
            }
            if (PackageCommands.removes(c, CACHE)) return true;
        }
        return false;
    }
}
