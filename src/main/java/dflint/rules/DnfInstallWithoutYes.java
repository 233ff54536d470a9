package dflint.rules;

import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import java.util.Set;

/** {@code dnf install} that would ask for confirmation. The fix adds {@code -y}. */
@RuleInfo(id = "DF3038", slug = "dnf-install-without-yes", severity = Severity.WARNING,
        summary = "dnf install without -y asks a question the build cannot answer",
        aliases = {"DL3038"}, tags = {"shell", "packages", "hadolint"}, fix = FixSafety.SAFE)
public final class DnfInstallWithoutYes implements Rule {
    private static final Set<String> INSTALLS = Set.of("install", "in", "groupinstall", "localinstall");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "dnf", "dnf5")) {
            for (Command c : r.commands()) {
                // microdnf assumes yes unless its configuration says otherwise (official images build without -y)
                if (!PackageCommands.isDnf(c) || c.is("microdnf")) continue;
                PackageCommands.Call call = PackageCommands.read(c);
                boolean install = INSTALLS.contains(call.sub()) || (call.sub().equals("group") && call.sub2().equals("install"));
                if (!install || call.args().has("-y", "--assumeyes")) continue;
                String what = call.sub2().isEmpty() ? call.sub() : call.sub() + " " + call.sub2();
                cx.report(c.nameRange(), "'" + c.baseName() + " " + what + "' without -y waits for a confirmation the"
                        + " build cannot give; add -y", PackageCommands.assumeYes(c, call));
            }
        }
    }
}
