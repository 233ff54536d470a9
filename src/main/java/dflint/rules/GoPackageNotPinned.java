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
import java.util.Set;

/** {@code go install/get/run} of a remote module without {@code @version} (or with {@code @latest}). */
@RuleInfo(id = "DF3062", slug = "go-package-not-pinned", severity = Severity.WARNING,
        summary = "go install, go get or go run of a remote package without a fixed version",
        aliases = {"DL3062"}, tags = {"shell", "packages", "reproducibility", "hadolint"})
public final class GoPackageNotPinned implements Rule {
    /** Package patterns the go command defines itself. */
    private static final Set<String> META = Set.of("std", "cmd", "all", "tool", "work");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "go")) {
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("go") || !p.isSubcommand("install", "get", "run")) continue;
                List<ShellWord> packages = p.packages();
                // go run's later words are the program's arguments
                if (p.isSubcommand("run") && packages.size() > 1) packages = packages.subList(0, 1);
                List<ShellWord> loose = new ArrayList<>();
                for (ShellWord w : packages) {
                    String v = w.value();
                    if (RunSites.unknowable(w) || local(v)) continue;
                    int at = v.lastIndexOf('@');
                    String version = at < 0 ? null : v.substring(at + 1);
                    if (version != null && !version.isEmpty() && !version.equals("latest") && !version.equals("none")) continue;
                    loose.add(w);
                }
                if (loose.isEmpty()) continue;
                String first = loose.get(0).value();
                int at = first.lastIndexOf('@');
                String module = at < 0 ? first : first.substring(0, at);
                cx.report(loose.get(0).range(), "go " + p.subcommand() + " " + RunSites.names(loose)
                        + (at < 0 && loose.size() == 1 ? " without a version" : " without a fixed version")
                        + ": use " + module + "@<version> so a rebuild gets the same code");
            }
        }
    }

    /** Local directories, files and the go command's own patterns; a path without a dot in its first element is not a module download either. */
    private static boolean local(String v) {
        if (v.isEmpty() || v.equals(".") || v.equals("..") || v.startsWith("./") || v.startsWith("../")
                || v.startsWith("/") || v.endsWith(".go") || v.startsWith("-") || META.contains(v)) {
            return true;
        }
        int slash = v.indexOf('/');
        return slash > 0 && v.substring(0, slash).indexOf('.') < 0;
    }
}
