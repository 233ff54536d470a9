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

/** {@code gem install <gem>} without {@code :version} or {@code -v}. */
@RuleInfo(id = "DF3028", slug = "gem-package-not-pinned", severity = Severity.WARNING,
        summary = "gem install of a gem without a version",
        aliases = {"DL3028"}, tags = {"shell", "packages", "reproducibility", "hadolint"})
public final class GemPackageNotPinned implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "gem")) {
            if (!RunSites.judgesPins(cx, site)) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("gem") || !p.isSubcommand("install", "i")) continue;
                if (p.args().has("-v", "--version")) continue;
                List<ShellWord> before = p.args().operandsBeforeEndOfOptions();
                List<ShellWord> loose = new ArrayList<>();
                for (ShellWord w : p.packages()) {
                    if (!before.contains(w)) break; // after "--": options for the gem's build
                    String v = w.value();
                    // a bare true/false is the value of a build option, not a gem
                    if (v.isEmpty() || v.contains(":") || v.endsWith(".gem") || v.equals("true") || v.equals("false")
                            || RunSites.unknowable(w)) {
                        continue;
                    }
                    loose.add(w);
                }
                if (loose.isEmpty()) continue;
                cx.report(loose.get(0).range(), "gem install " + RunSites.names(loose) + " without a version: pin "
                        + (loose.size() == 1 ? "it" : "each") + " as " + loose.get(0).value()
                        + ":<version> (or add -v <version>)");
            }
        }
    }
}
