package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.Download;
import dflint.shell.ShellWord;

/** {@code wget} with its default progress display floods a build log. */
@RuleInfo(id = "DF3047", slug = "wget-without-progress", severity = Severity.INFO,
        summary = "wget without --progress, -q or -nv fills the build log with progress lines",
        aliases = {"DL3047"}, tags = {"shell", "hadolint"})
public final class WgetWithoutProgress implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "wget")) {
            for (Command c : r.commands()) {
                if (!c.is("wget") || quiet(c)) continue;
                cx.report(c.nameRange(), "wget prints a progress line every few kilobytes without a terminal;"
                        + " add --progress=dot:giga, -nv or -q");
            }
        }
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
