package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.ShellWord;
import java.util.Set;

/** {@code wget} with its default progress display floods a build log. */
@RuleInfo(id = "DF3047", slug = "wget-without-progress", severity = Severity.INFO,
        summary = "wget without --progress, -q or -nv fills the build log with progress lines",
        aliases = {"DL3047"}, tags = {"shell", "hadolint"})
public final class WgetWithoutProgress implements Rule {
    // short options of wget that take a value, so that -qO- reads as -q -O -
    private static final Set<String> WITH_VALUE = Set.of("-O", "-o", "-a", "-P", "-t", "-T", "-U", "-e", "-i",
            "-B", "-w", "-Q", "-l", "-A", "-R", "-D", "-X", "-I", "--output-document", "--output-file",
            "--append-output", "--directory-prefix", "--tries", "--timeout", "--user-agent", "--execute",
            "--input-file", "--base", "--wait", "--quota", "--level", "--accept", "--reject", "--domains",
            "--exclude-directories", "--include-directories", "--header", "--user", "--password");

    @Override
    public void check(RuleContext cx) {
        for (RunShell.RunAt r : RunShell.runs(cx)) {
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
        Args args = c.args(WITH_VALUE);
        return args.has("--progress", "-q", "--quiet", "--no-verbose", "-o", "--output-file", "-a", "--append-output");
    }
}
