package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;

/** {@code apt} in a build script, where apt-get and apt-cache are the stable interfaces. */
@RuleInfo(id = "DF3027", slug = "apt-in-script", severity = Severity.WARNING,
        summary = "apt is an interactive front end; scripts should use apt-get or apt-cache",
        aliases = {"DL3027"}, tags = {"shell", "packages", "hadolint"})
public final class AptCommandUsed implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "apt")) {
            for (Command command : site.commands()) {
                Command c = command.unwrapped();
                if (!c.is("apt")) continue;
                String sub = c.args().operands().isEmpty() ? "" : c.args().operands().get(0).value();
                String instead = sub.equals("search") || sub.equals("show") || sub.equals("policy") ? "apt-cache" : "apt-get";
                cx.report(c.nameRange(), "apt" + (sub.isEmpty() ? "" : " " + sub) + " is meant for people at a terminal"
                        + " and warns that its interface may change; use " + instead + (sub.isEmpty() ? "" : " " + sub) + " in scripts");
            }
        }
    }
}
