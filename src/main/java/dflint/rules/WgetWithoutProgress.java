package dflint.rules;

import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.Download;
import dflint.shell.ShellWord;

/**
 * GNU {@code wget} with its default progress display floods a build log. Busybox's wget (Alpine's,
 * unless the stage installs GNU wget) redraws one line and has no {@code --progress} option, and a
 * signature or checksum file is over before it prints anything worth a finding.
 *
 * <p>The fix adds {@code --progress=dot:giga}, which only GNU wget 1.x reads: it is offered
 * where the stage's family has it (Debian and its official images, the RHEL family, Alpine
 * after installing wget) and not on Fedora or openSUSE, whose wget is now wget2.
 */
@RuleInfo(id = "DF3047", slug = "wget-without-progress", severity = Severity.INFO,
        summary = "wget without --progress, -q or -nv fills the build log with progress lines",
        aliases = {"DL3047"}, tags = {"shell", "hadolint"}, fix = FixSafety.SAFE)
public final class WgetWithoutProgress implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "wget")) {
            if (r.stage() != null && ImageFamily.of(cx, r.stage()).busyboxWget()) continue;
            for (Command c : r.commands()) {
                if (!c.is("wget") || quiet(c) || onlySmallFiles(c)) continue;
                cx.report(c.nameRange(), "wget prints a progress line every few kilobytes without a terminal;"
                        + " add --progress=dot:giga, -nv or -q",
                        gnuWget(cx, r) ? Edits.shellInsert("add --progress=dot:giga", c, c.nameWord(), " --progress=dot:giga") : null);
            }
        }
    }

    /** The stage's wget is GNU wget 1.x, which reads --progress=dot:giga. */
    private static boolean gnuWget(RuleContext cx, RunSites.Site site) {
        if (site.stage() == null || site.onbuild()) return false;
        ImageFamily.Facts f = ImageFamily.of(cx, site.stage());
        switch (f.family()) {
            case DEBIAN:
                return true;
            case RHEL: {
                // Fedora 40 on ships wget2, which reads --progress differently
                dflint.graph.StageRef root = cx.graph().rootBase(site.stage());
                String ref = root == null || root.expanded() == null ? "" : root.expanded().toLowerCase(java.util.Locale.ROOT);
                return !ref.contains("fedora");
            }
            case ALPINE:
            case BUSYBOX:
                return f.installsGnuWget();
            default:
                return false;
        }
    }

    /** Endings of files a few kilobytes long: signatures, checksums, keys. */
    private static final String[] SMALL = {".asc", ".sig", ".sign", ".gpg", ".pub", ".key", ".pem", ".crt", ".sha1",
            ".sha256", ".sha512", ".sha256sum", ".sha512sum", ".md5", ".txt", ".json"};

    /** Every URL the command fetches is a signature, checksum or key file. */
    static boolean onlySmallFiles(Command c) {
        java.util.List<ShellWord> urls = Download.of(c).urls();
        if (urls.isEmpty()) return false;
        for (ShellWord u : urls) {
            String v = u.value().toLowerCase(java.util.Locale.ROOT);
            int q = v.indexOf('?');
            if (q >= 0) v = v.substring(0, q);
            boolean small = false;
            for (String end : SMALL) small |= v.endsWith(end);
            if (!small) return false;
        }
        return true;
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
