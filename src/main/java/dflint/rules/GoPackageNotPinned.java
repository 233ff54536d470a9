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

/**
 * {@code go install/get/run} of a remote module without a fixed version. {@code go install pkg} and
 * {@code go run pkg} without {@code @version} take the version the current module's go.mod
 * requires (outside a module, go refuses them), so only {@code @latest} and branch names are
 * loose there. {@code go get pkg} in GOPATH mode fetches the default branch; it is not reported when
 * the RUN ignores its failure ({@code || true}, the fetch-then-checkout idiom) or checks out a
 * version with git afterwards.
 */
@RuleInfo(id = "DF3062", slug = "go-package-not-pinned", severity = Severity.WARNING,
        summary = "go install, go get or go run of a remote package without a fixed version",
        aliases = {"DL3062"}, tags = {"shell", "packages", "reproducibility", "hadolint"})
public final class GoPackageNotPinned implements Rule {
    /** Package patterns the go command defines itself. */
    private static final Set<String> META = Set.of("std", "cmd", "all", "tool", "work");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "go")) {
            // tools of development and test images, and of builders of nothing shipped, need no pin
            if (!RunSites.judgesPins(cx, site)) continue;
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("go") || !p.isSubcommand("install", "get", "run")) continue;
                boolean get = p.isSubcommand("get");
                if (get && (c.operatorAfter().equals("||") || checksOutLater(c))) continue;
                List<ShellWord> packages = p.packages();
                // go run's later words are the program's arguments
                if (p.isSubcommand("run") && packages.size() > 1) packages = packages.subList(0, 1);
                List<ShellWord> loose = new ArrayList<>();
                for (ShellWord w : packages) {
                    String v = w.value();
                    if (RunSites.unknowable(w) || local(v)) continue;
                    int at = v.lastIndexOf('@');
                    String version = at < 0 ? null : v.substring(at + 1);
                    if (version != null && !version.isEmpty() && !FLOATING.contains(version)) continue;
                    // without @version, go install and go run use go.mod's version
                    if (version == null && !get) continue;
                    loose.add(w);
                }
                if (loose.isEmpty()) continue;
                String first = loose.get(0).value();
                int at = first.lastIndexOf('@');
                String module = at < 0 ? first : first.substring(0, at);
                String fix = get && at < 0
                        ? ": with Go 1.17 or later use go install " + module + "@<version>; in GOPATH mode check out a tag"
                                + " with git after the fetch"
                        : ": use " + module + "@<version> so a rebuild gets the same code";
                cx.report(loose.get(0).range(), "go " + p.subcommand() + " " + RunSites.names(loose)
                        + (at < 0 && loose.size() == 1 ? " without a version" : " without a fixed version") + fix);
            }
        }
    }

    /** Versions that move: a query for the newest, or a branch. */
    private static final Set<String> FLOATING = Set.of("latest", "upgrade", "patch", "master", "main", "HEAD", "head", "none");

    /** A {@code git checkout} (or {@code git -C dir checkout}) later in the same script pins what go get fetched. */
    private static boolean checksOutLater(Command get) {
        for (Command after : get.following()) {
            if (after.is("git") && after.hasArgument("checkout", "reset")) return true;
        }
        return false;
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
