package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Option;
import dflint.shell.PackageCommand;

/**
 * {@code apt-get install} that would stop at its confirmation prompt. The fix adds {@code -y}
 * after {@code install}: a build that got past the prompt installs the same packages with it.
 */
@RuleInfo(id = "DF3014", slug = "apt-get-install-without-yes", severity = Severity.WARNING,
        summary = "apt-get install without -y asks a question the build cannot answer",
        aliases = {"DL3014"}, tags = {"shell", "packages", "hadolint"}, fix = FixSafety.SAFE)
public final class AptGetInstallWithoutYes implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (PackageCommand p : PackageCommands.aptGetInstalls(cx)) {
            if (answersYes(p)) continue;
            cx.report(p.command().nameRange(), "apt-get install without -y waits for a confirmation the build cannot give;"
                    + " add -y (or --yes)", Edits.shellInsert("add -y", p.command(), p.subcommandWord(), " -y"));
        }
    }

    private static final java.util.Set<String> ASSUME_YES = java.util.Set.of("apt::get::assume-yes=true",
            "apt::get::assume-yes=1", "apt::get::assume-yes=yes");

    static boolean answersYes(PackageCommand p) {
        if (p.args().has("-y", "--yes", "--assume-yes")) return true;
        int quiet = 0;
        for (Option o : p.args().options()) {
            if (o.is("-o", "--option") && o.value() != null
                    && ASSUME_YES.contains(o.value().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            if (!o.is("-q", "--quiet")) continue;
            if (o.value() == null) {
                quiet++;
            } else {
                try {
                    quiet += Integer.parseInt(o.value().trim());
                } catch (NumberFormatException e) {
                    quiet++;
                }
            }
        }
        // -qq implies -y
        return quiet >= 2;
    }
}
