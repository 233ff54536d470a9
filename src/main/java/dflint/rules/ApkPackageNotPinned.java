package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;

/** {@code apk add <pkg>} without a version constraint. */
@RuleInfo(id = "DF3018", slug = "apk-package-not-pinned", severity = Severity.WARNING,
        summary = "apk add of a package without a version constraint",
        aliases = {"DL3018"}, tags = {"shell", "packages", "reproducibility", "hadolint"},
        enabledByDefault = false)
public final class ApkPackageNotPinned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "apk")) {
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("apk") || !p.isSubcommand("add")) continue;
                List<ShellWord> loose = new ArrayList<>();
                for (ShellWord w : p.packages()) {
                    if (!RunSites.unknowable(w) && !pinned(w.value())) loose.add(w);
                }
                if (loose.isEmpty()) continue;
                cx.report(loose.get(0).range(), "apk add " + RunSites.names(loose) + " without a version: pin "
                        + (loose.size() == 1 ? "it" : "each") + " as " + loose.get(0).value()
                        + "=<version> (or ~<version>) so a rebuild installs the same package");
            }
        }
    }

    static boolean pinned(String v) {
        if (v.isEmpty() || v.endsWith(".apk")) return true;
        for (int k = 0; k < v.length(); k++) {
            char ch = v.charAt(k);
            if (ch == '=' || ch == '~' || ch == '<' || ch == '>') return true;
        }
        return false;
    }
}
