package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.ShellWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code pip install} (also {@code python -m pip}, {@code pipx}) of a package without a version specifier,
 * unless a constraints file ({@code -c}, {@code PIP_CONSTRAINT}) pins it.
 */
@RuleInfo(id = "DF3013", slug = "pip-package-not-pinned", severity = Severity.WARNING,
        summary = "pip install of a package without a version specifier",
        aliases = {"DL3013"}, tags = {"shell", "packages", "reproducibility", "hadolint"})
public final class PipPackageNotPinned implements Rule {
    private static final Set<String> PIPX_VALUES = Set.of("--python", "--pip-args", "--index-url", "-i", "--suffix",
            "--spec", "--editable", "-e");
    /** pip's own packaging tools. */
    private static final Set<String> SELF = Set.of("pip", "setuptools", "wheel");
    private static final String[] FILES = {".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".tar"};

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "pip", "pipx")) {
            if (!RunSites.judgesPins(cx, site)) continue;
            // one finding per RUN: its pip and pipx installs share one fix (a pinned requirements file)
            List<ShellWord> loose = new ArrayList<>();
            String tool = null;
            for (Command c : site.commands()) {
                List<ShellWord> packages;
                PackageCommand p = PackageCommand.of(c);
                String thisTool;
                if (p != null && p.manager().equals("pip") && p.isSubcommand("install")) {
                    // a constraints file pins whatever it lists
                    if (p.args().has("-c", "--constraint") || constrained(cx, site, c)) continue;
                    packages = p.packages();
                    thisTool = "pip";
                } else if (c.is("pipx")) {
                    Args a = c.args(PIPX_VALUES);
                    List<ShellWord> ops = a.operands();
                    if (ops.isEmpty() || !ops.get(0).value().equals("install")) continue;
                    packages = ops.subList(1, ops.size());
                    thisTool = "pipx";
                } else {
                    continue;
                }
                for (ShellWord w : packages) {
                    // pip upgrading itself (and its build tools) is routine upkeep, not a dependency of the app
                    if (!RunSites.unknowable(w) && !pinned(w.value()) && !SELF.contains(baseName(w.value()).toLowerCase(Locale.ROOT))) {
                        if (loose.isEmpty()) tool = thisTool;
                        loose.add(w);
                    }
                }
            }
            if (loose.isEmpty()) continue;
            cx.report(loose.get(0).range(), tool + " install " + RunSites.names(loose) + " without a version: pin "
                    + (loose.size() == 1 ? "it" : "each") + " (" + baseName(loose.get(0).value())
                    + "==<version>) or install from a requirements file with pinned versions");
        }
    }

    /** PIP_CONSTRAINT set before the command, in the RUN or by ENV/ARG: pip reads constraints from it. */
    private static boolean constrained(RuleContext cx, RunSites.Site site, Command c) {
        for (dflint.shell.Assignment a : c.unwrapped().assignments()) {
            if (a.name().equals("PIP_CONSTRAINT")) return !a.value().isEmpty();
        }
        for (Command before : c.preceding()) {
            if (!before.is("export")) continue;
            for (ShellWord w : before.arguments()) {
                if (w.value().startsWith("PIP_CONSTRAINT=") && w.value().length() > "PIP_CONSTRAINT=".length()) return true;
            }
        }
        String v = RunSites.envValue(cx, site, "PIP_CONSTRAINT");
        return v != null && !v.isEmpty();
    }

    /** Starts with {@code git+}, {@code hg+}, {@code svn+} or {@code bzr+}, all on one line. */
    private static boolean isVcsUrl(String lower) {
        if (!lower.startsWith("git+") && !lower.startsWith("hg+") && !lower.startsWith("svn+") && !lower.startsWith("bzr+")) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = lower.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
        }
        return true;
    }

    static boolean pinned(String spec) {
        String v = spec.trim();
        if (v.isEmpty() || v.startsWith(".") || v.startsWith("/") || v.startsWith("~")) return true;
        String lower = v.toLowerCase(Locale.ROOT);
        int plus = lower.indexOf('+');
        int scheme = lower.indexOf("://");
        if (plus > 0 && scheme > plus && isVcsUrl(lower)) {
            // VCS: pinned by @ref in the path (user@ of ssh is not a ref)
            String rest = v.substring(scheme + 3);
            int hash = rest.indexOf('#');
            if (hash >= 0) rest = rest.substring(0, hash);
            int slash = rest.indexOf('/');
            int at = rest.indexOf('@');
            if (at >= 0 && slash >= 0 && at < slash) rest = rest.substring(at + 1);
            return rest.indexOf('@', Math.max(0, rest.indexOf('/'))) >= 0;
        }
        if (scheme > 0) return true; // an archive URL is one exact file
        for (String f : FILES) if (lower.endsWith(f)) return true;
        if (v.contains("/")) return true; // a local directory
        // PEP 440 specifiers, and "name @ url" direct references
        for (int k = 0; k < v.length(); k++) {
            char ch = v.charAt(k);
            if (ch == '=' || ch == '<' || ch == '>' || ch == '~' || ch == '!' || ch == '@') return true;
        }
        return false;
    }

    private static String baseName(String spec) {
        int b = spec.indexOf('[');
        return b > 0 ? spec.substring(0, b) : spec;
    }
}
