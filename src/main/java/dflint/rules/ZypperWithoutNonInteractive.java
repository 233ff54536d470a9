package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.Set;

/** A zypper command that would ask for confirmation. The fix adds the global {@code --non-interactive}. */
@RuleInfo(id = "DF3034", slug = "zypper-without-non-interactive", severity = Severity.WARNING,
        summary = "zypper install/remove/patch without -n or -y asks a question the build cannot answer",
        aliases = {"DL3034"}, tags = {"shell", "packages", "hadolint"}, fix = FixSafety.SAFE)
public final class ZypperWithoutNonInteractive implements Rule {
    private static final Set<String> ASKING = Set.of("install", "in", "remove", "rm", "source-install", "si", "patch");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "zypper")) {
            for (Command c : r.commands()) {
                if (!c.is("zypper")) continue;
                PackageCommands.Call call = PackageCommands.read(c);
                if (!ASKING.contains(call.sub())
                        || call.args().has("-n", "--non-interactive", "-y", "--no-confirm")) continue;
                cx.report(c.nameRange(), "'zypper " + call.sub() + "' waits for a confirmation the build cannot give;"
                        + " write 'zypper --non-interactive " + call.sub() + "' (or add -y)",
                        Edits.shellInsert("add --non-interactive", c, c.nameWord(), " --non-interactive"));
            }
        }
    }
}
