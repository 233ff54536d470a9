package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;

/** {@code zypper dist-upgrade} inside an image build. */
@RuleInfo(id = "DF3035", slug = "zypper-dist-upgrade", severity = Severity.WARNING,
        summary = "zypper dist-upgrade in a build makes the image unrepeatable; use a newer base image",
        aliases = {"DL3035"}, tags = {"shell", "packages", "hadolint"})
public final class ZypperDistUpgrade implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "zypper")) {
            for (Command c : r.commands()) {
                if (!c.is("zypper")) continue;
                String sub = PackageCommands.read(c).sub();
                if (!sub.equals("dist-upgrade") && !sub.equals("dup")) continue;
                cx.report(c.nameRange(), "'zypper " + sub + "' upgrades the whole distribution to whatever the"
                        + " repositories hold today; use a newer base image or update only the packages you need");
            }
        }
    }
}
