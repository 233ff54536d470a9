package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Option;
import dflint.shell.PackageCommand;
import java.util.Locale;

/**
 * {@code apt-get install} that also pulls in every recommended package. The fix adds
 * {@code --no-install-recommends}; it is unsafe, since the image then lacks packages that
 * something in it may use.
 */
@RuleInfo(id = "DF3015", slug = "apt-get-install-recommends", severity = Severity.INFO,
        summary = "apt-get install without --no-install-recommends installs packages nobody asked for",
        aliases = {"DL3015"}, tags = {"shell", "packages", "image-size", "hadolint"}, fix = FixSafety.UNSAFE)
public final class AptGetInstallRecommends implements Rule {
    @Override
    public void check(RuleContext cx) {
        // what a builder stage installs never reaches an image
        for (PackageCommand p : PackageCommands.aptGetInstalls(cx, true)) {
            if (skipsRecommends(p)) continue;
            cx.report(p.command().nameRange(), "apt-get install also installs recommended packages: add"
                    + " --no-install-recommends and name what the image needs",
                    Edits.shellInsert("add --no-install-recommends", p.command(), p.subcommandWord(), " --no-install-recommends"));
        }
    }

    private static boolean skipsRecommends(PackageCommand p) {
        if (p.args().has("--no-install-recommends")) return true;
        for (Option o : p.args().options()) {
            if (o.is("--install-recommends") && o.value() != null && isFalse(o.value())) return true;
            if (!o.is("-o", "--option") || o.value() == null) continue;
            String v = o.value().toLowerCase(Locale.ROOT);
            int eq = v.indexOf('=');
            if (eq > 0 && v.substring(0, eq).trim().equals("apt::install-recommends") && isFalse(v.substring(eq + 1))) return true;
        }
        return false;
    }

    private static boolean isFalse(String v) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        return t.equals("false") || t.equals("0") || t.equals("no") || t.equals("off");
    }
}
