package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.Set;

/** {@code yum install} that would ask for confirmation. The fix adds {@code -y}. */
@RuleInfo(id = "DF3030", slug = "yum-install-without-yes", severity = Severity.WARNING,
        summary = "yum install without -y asks a question the build cannot answer",
        aliases = {"DL3030"}, tags = {"shell", "packages", "hadolint"}, fix = FixSafety.SAFE)
public final class YumInstallWithoutYes implements Rule {
    private static final Set<String> INSTALLS = Set.of("install", "groupinstall", "localinstall");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "yum")) {
            for (Command c : r.commands()) {
                if (!c.is("yum")) continue;
                PackageCommands.Call call = PackageCommands.read(c);
                if (!INSTALLS.contains(call.sub()) || call.args().has("-y", "--assumeyes")) continue;
                cx.report(c.nameRange(), "'yum " + call.sub() + "' without -y waits for a confirmation the build cannot"
                        + " give; add -y", PackageCommands.assumeYes(c, call));
            }
        }
    }
}
