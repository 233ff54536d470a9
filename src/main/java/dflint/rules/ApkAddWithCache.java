package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.RunMount;
import dflint.shell.ShellWord;

/**
 * {@code apk add} without {@code --no-cache}, whose index and cache stay in the layer. Fine with
 * a cache mount on {@code /var/cache/apk} or an {@code rm} of it later in the RUN. Judged in stages
 * that end up in a target image only. The fix adds {@code --no-cache}: the same packages, without
 * the index files.
 */
@RuleInfo(id = "DF3019", slug = "apk-add-without-no-cache", severity = Severity.INFO,
        summary = "apk add without --no-cache leaves the package index in the image",
        aliases = {"DL3019"}, tags = {"shell", "packages", "image-size", "hadolint"}, fix = FixSafety.SAFE)
public final class ApkAddWithCache implements Rule {
    private static final String CACHE = "/var/cache/apk";

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "apk")) {
            if (!RunSites.inImage(cx, site) || RunMount.cacheMountAt(site.run(), CACHE)) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("apk") || !p.isSubcommand("add")) continue;
                // --no-network installs from what is already on disk and fetches no index
                if (p.args().has("--no-cache", "--no-network") || removesCacheAfter(c)) continue;
                cx.report(p.command().nameRange(), "apk add keeps the package index under " + CACHE
                        + " in the image: use apk add --no-cache",
                        Edits.shellInsert("add --no-cache", p.command(), p.subcommandWord(), " --no-cache"));
            }
        }
    }

    private static boolean removesCacheAfter(Command add) {
        for (Command command : add.following()) {
            Command c = command.unwrapped();
            if (!c.is("rm")) continue;
            for (ShellWord w : c.args().operands()) {
                String v = w.value();
                if (v.equals(CACHE) || v.startsWith(CACHE + "/")) return true;
            }
        }
        return false;
    }
}
