package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;

/** {@code apt-get install} of a package without {@code =version}. */
@RuleInfo(id = "DF3008", slug = "apt-get-package-not-pinned", severity = Severity.WARNING,
        summary = "apt-get install of a package without a pinned version",
        aliases = {"DL3008"}, tags = {"shell", "packages", "reproducibility", "hadolint"},
        enabledByDefault = false)
public final class AptGetPackageNotPinned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (PackageCommand p : PackageCommands.aptGetInstalls(cx)) {
            List<ShellWord> loose = new ArrayList<>();
            for (ShellWord w : p.packages()) {
                String v = w.value();
                // name=version pins; a path or a .deb file names an exact package already
                if (v.isEmpty() || v.contains("=") || v.contains("/") || v.endsWith(".deb") || RunSites.unknowable(w)) continue;
                loose.add(w);
            }
            if (loose.isEmpty()) continue;
            cx.report(loose.get(0).range(), "apt-get install " + RunSites.names(loose) + " without a version: pin "
                    + (loose.size() == 1 ? "it" : "each") + " as " + loose.get(0).value()
                    + "=<version> so a rebuild installs the same package");
        }
    }
}
