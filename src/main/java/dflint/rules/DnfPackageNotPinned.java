package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;

/** {@code dnf install} of a package without a version. */
@RuleInfo(id = "DF3041", slug = "dnf-package-not-pinned", severity = Severity.WARNING,
        summary = "dnf/microdnf install of a package without a version (name-version)",
        aliases = {"DL3041"}, tags = {"shell", "packages", "reproducibility", "hadolint"},
        enabledByDefault = false)
public final class DnfPackageNotPinned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "dnf", "microdnf", "dnf5")) {
            for (Command c : r.commands()) {
                if (!PackageCommands.isDnf(c)) continue;
                RpmPinning.check(cx, r, c, PackageCommands.read(c), c.baseName());
            }
        }
    }
}
