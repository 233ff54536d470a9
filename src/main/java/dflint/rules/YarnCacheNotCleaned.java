package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.RunMount;
import dflint.shell.ShellWord;

/**
 * {@code yarn install} whose cache stays in the layer: no {@code yarn cache clean} after it in the
 * same RUN and no cache mount on yarn's cache. Judged in stages that end up in a target image only.
 */
@RuleInfo(id = "DF3060", slug = "yarn-cache-not-cleaned", severity = Severity.INFO,
        summary = "yarn install without yarn cache clean leaves yarn's cache in the image",
        aliases = {"DL3060"}, tags = {"shell", "packages", "image-size", "hadolint"})
public final class YarnCacheNotCleaned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "yarn")) {
            if (!RunSites.inImage(cx, site) || RunMount.cacheMountEndingWith(site.run(), ".cache/yarn")) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("yarn")) continue;
                // a bare "yarn" installs too, unless it only prints its version or help
                boolean bare = p.subcommand().isEmpty() && !p.args().has("--version", "-v", "--help", "-h");
                if (!p.isSubcommand("install") && !bare) continue;
                if (cleanedAfter(c)) continue;
                cx.report(p.command().nameRange(), "yarn install leaves its package cache in the image: add"
                        + " '&& yarn cache clean' in the same RUN, or mount a cache on yarn's cache folder");
            }
        }
    }

    private static boolean cleanedAfter(Command install) {
        for (Command command : install.following()) {
            Command c = command.unwrapped();
            PackageCommand p = PackageCommand.of(c);
            if (p != null && p.manager().equals("yarn") && p.isSubcommand("cache") && !p.packages().isEmpty()
                    && p.packages().get(0).value().equals("clean")) {
                return true;
            }
            if (c.is("rm")) {
                for (ShellWord w : c.args().operands()) if (w.value().contains(".cache/yarn")) return true;
            }
        }
        return false;
    }
}
