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
import java.util.Locale;

/** {@code npm install <pkg>} without {@code @version} (a git URL without {@code #ref}). */
@RuleInfo(id = "DF3016", slug = "npm-package-not-pinned", severity = Severity.WARNING,
        summary = "npm install of a package without a version",
        aliases = {"DL3016"}, tags = {"shell", "packages", "reproducibility", "hadolint"})
public final class NpmPackageNotPinned implements Rule {
    private static final String[] TARBALLS = {".tar", ".tar.gz", ".tgz"};

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "npm")) {
            if (!RunSites.judgesPins(cx, site)) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("npm") || !p.isSubcommand("install", "i", "add", "isntall")) continue;
                List<ShellWord> loose = new ArrayList<>();
                for (ShellWord w : p.packages()) {
                    if (!RunSites.unknowable(w) && !pinned(w.value())) loose.add(w);
                }
                if (loose.isEmpty()) continue;
                String first = loose.get(0).value();
                boolean git = isGit(first);
                cx.report(loose.get(0).range(), "npm install " + RunSites.names(loose) + " without a version: pin "
                        + (loose.size() == 1 ? "it" : "each") + " as " + (git ? first + "#<tag or commit>" : first + "@<version>")
                        + " so a rebuild gets the same code");
            }
        }
    }

    static boolean pinned(String spec) {
        String v = spec.trim();
        if (v.isEmpty() || v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/")
                || v.equals(".") || v.equals("..")) {
            return true;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        for (String t : TARBALLS) if (lower.endsWith(t)) return true;
        if (isGit(v)) return v.indexOf('#') > 0;
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) return true;
        // scoped names start with @: the version's @ comes after the first character
        return v.indexOf('@', 1) > 0;
    }

    private static boolean isGit(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.startsWith("git+") || lower.startsWith("git://") || lower.startsWith("github:");
    }
}
