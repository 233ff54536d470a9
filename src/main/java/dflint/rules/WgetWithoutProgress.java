package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ImageDefaults;
import dflint.graph.Stage;
import dflint.graph.StageRef;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.Download;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;

/**
 * {@code wget} with its default progress display floods a build log. The fix adds
 * {@code --progress=dot:giga}, an option of GNU wget only: BusyBox's wget (Alpine's unless the
 * wget package is installed) refuses it, and wget2 (newer Fedora and openSUSE) reads it
 * differently. So the fix is offered only where the stage's base image is known to have GNU
 * wget, or an earlier {@code apk add} of the stage chain installs it.
 */
@RuleInfo(id = "DF3047", slug = "wget-without-progress", severity = Severity.INFO,
        summary = "wget without --progress, -q or -nv fills the build log with progress lines",
        aliases = {"DL3047"}, tags = {"shell", "hadolint"}, fix = FixSafety.SAFE)
public final class WgetWithoutProgress implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "wget")) {
            for (Command c : r.commands()) {
                if (!c.is("wget") || quiet(c)) continue;
                cx.report(c.nameRange(), "wget prints a progress line every few kilobytes without a terminal;"
                        + " add --progress=dot:giga, -nv or -q",
                        gnuWget(cx, r, c) ? Edits.shellInsert("add --progress=dot:giga", c, c.nameWord(), " --progress=dot:giga") : null);
            }
        }
    }

    /** The wget this command runs is GNU wget: by the base image, or because apk installed it before. */
    private static boolean gnuWget(RuleContext cx, RunSites.Site site, Command c) {
        if (site.stage() == null || site.onbuild()) return false;
        StageRef root = cx.graph().rootBase(site.stage());
        ImageDefaults.Known image = root == null ? null : ImageDefaults.of(root.image());
        if (image == null || image.wget() == null) return false;
        if (image.wget() == ImageDefaults.Wget.GNU) return true;
        // BusyBox userland: GNU wget only once apk installed it, earlier in the chain or in this script
        for (Command before : c.preceding()) if (installsWget(before)) return true;
        for (Stage s : cx.graph().parentChain(site.stage())) {
            for (RunSites.Site other : RunSites.using(cx, "apk")) {
                if (other.stage() != s || other.onbuild() || other.ordinal() >= site.ordinal()) continue;
                for (Command k : other.commands()) if (installsWget(k)) return true;
            }
        }
        return false;
    }

    private static boolean installsWget(Command c) {
        PackageCommand p = PackageCommand.of(c);
        if (p == null || !p.manager().equals("apk") || !p.isSubcommand("add")) return false;
        for (ShellWord w : p.packages()) if (w.value().equals("wget")) return true;
        return false;
    }

    static boolean quiet(Command c) {
        for (ShellWord w : c.arguments()) {
            String v = w.value();
            if (v.equals("-nv") || v.equals("--no-verbose")) return true;
        }
        Args args = Download.of(c).args(); // wget's value-taking options known, so -qO- reads as -q -O -
        return args.has("--progress", "-q", "--quiet", "--no-verbose", "-o", "--output-file", "-a", "--append-output");
    }
}
