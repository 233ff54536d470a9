package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.ShellWord;
import java.util.Set;

/** {@code zypper install} of a package without a version. */
@RuleInfo(id = "DF3037", slug = "zypper-package-not-pinned", severity = Severity.WARNING,
        summary = "zypper install of a package without a version (name=version)",
        aliases = {"DL3037"}, tags = {"shell", "packages", "reproducibility", "hadolint"},
        enabledByDefault = false)
public final class ZypperPackageNotPinned implements Rule {
    private static final Set<String> INSTALLS = Set.of("install", "in");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "zypper")) {
            for (Command c : r.commands()) {
                if (!c.is("zypper")) continue;
                PackageCommands.Call call = PackageCommands.read(c);
                if (!INSTALLS.contains(call.sub())) continue;
                for (ShellWord w : call.packages()) {
                    String v = w.value();
                    if (v.isEmpty() || v.endsWith(".rpm") || v.indexOf('=') > 0 || v.indexOf('<') > 0 || v.indexOf('>') > 0) continue;
                    cx.report(w.range(), "'zypper " + call.sub() + " " + v + "' installs whatever version the repository"
                            + " has today; pin it as " + v + "=<version>");
                }
            }
        }
    }
}
