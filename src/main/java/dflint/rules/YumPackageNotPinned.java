package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;

/** {@code yum install} of a package without a version. */
@RuleInfo(id = "DF3033", slug = "yum-package-not-pinned", severity = Severity.WARNING,
        summary = "yum install of a package without a version (name-version)",
        aliases = {"DL3033"}, tags = {"shell", "packages", "reproducibility", "hadolint"},
        enabledByDefault = false)
public final class YumPackageNotPinned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "yum")) {
            for (Command c : r.commands()) {
                if (!c.is("yum")) continue;
                RpmPinning.check(cx, r, c, PackageCommands.read(c), "yum");
            }
        }
    }
}
