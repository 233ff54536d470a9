package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Assignment;
import dflint.shell.Command;
import dflint.shell.PackageCommand;
import dflint.shell.RunMount;
import dflint.shell.ShellWord;
import java.util.Locale;

/**
 * {@code pip install} that keeps its download cache in the image. Fine with {@code --no-cache-dir},
 * {@code PIP_NO_CACHE_DIR} set true (ENV or ARG of the stage or its FROM parents, an inline
 * assignment, an earlier {@code export}) or a cache mount on pip's cache. Judged in stages that end
 * up in a target image only. The fix adds {@code --no-cache-dir}: the same packages, without the
 * cache.
 */
@RuleInfo(id = "DF3042", slug = "pip-install-keeps-cache", severity = Severity.INFO,
        summary = "pip install without --no-cache-dir leaves pip's cache in the image",
        aliases = {"DL3042"}, tags = {"shell", "packages", "image-size", "hadolint"}, fix = FixSafety.SAFE)
public final class PipCacheKept implements Rule {
    private static final String VAR = "PIP_NO_CACHE_DIR";

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site site : RunSites.using(cx, "pip")) {
            if (!RunSites.inImage(cx, site) || RunMount.cacheMountEndingWith(site.run(), ".cache/pip")) continue;
            // one finding per RUN: the cache is one layer's, however many installs fill it
            PackageCommand first = null;
            String firstValue = null;
            int more = 0;
            java.util.List<Fix.Edit> edits = new java.util.ArrayList<>();
            for (Command c : site.commands()) {
                PackageCommand p = PackageCommand.of(c);
                if (p == null || !p.manager().equals("pip") || !p.isSubcommand("install")) continue;
                if (p.args().has("--no-cache-dir")) continue;
                String value = null;
                for (Assignment a : p.command().assignments()) if (a.name().equals(VAR)) value = a.value();
                if (value == null) value = exported(c);
                if (value == null) value = RunSites.envValue(cx, site, VAR);
                if (value != null && truthy(value)) continue;
                if (removedLater(c)) continue; // rm -rf ~/.cache/pip later in the RUN: the layer never keeps it
                // every install the finding speaks for gets the flag: one fix for the RUN
                Fix.Edit edit = editFor(p);
                if (edit != null) edits.add(edit);
                if (first == null) {
                    first = p;
                    firstValue = value;
                } else {
                    more++;
                }
            }
            if (first == null) continue;
            cx.report(first.command().nameRange(), "pip install keeps its download cache in the image: add --no-cache-dir"
                    + (more == 0 ? "" : " (here and to the " + (more == 1 ? "other pip install" : more + " other pip installs")
                    + " of this RUN)")
                    + (firstValue == null ? "" : " (" + VAR + "=" + firstValue + " does not turn the cache off)"),
                    edits.isEmpty() ? null : Fix.of(edits.size() == 1 ? "add --no-cache-dir" : "add --no-cache-dir to each pip install", edits));
        }
    }

    /** {@code --no-cache-dir} after {@code install}, or null where the command cannot be edited in place. */
    private static Fix.Edit editFor(PackageCommand p) {
        Fix f = Edits.shellInsert("add --no-cache-dir", p.command(), p.subcommandWord(), " --no-cache-dir");
        return f == null ? null : f.edits().get(0);
    }

    /** An {@code rm} of pip's cache ({@code ~/.cache/pip}, {@code /root/.cache}) after the install, in the same script. */
    private static boolean removedLater(Command install) {
        for (Command after : install.following()) {
            if (!after.is("rm")) continue;
            for (ShellWord w : after.args().operands()) {
                String v = w.value();
                if (v.endsWith(".cache/pip") || v.endsWith(".cache/pip/") || v.endsWith(".cache/pip/*") || v.endsWith("/.cache")
                        || v.endsWith("/.cache/") || v.endsWith(".cache/*") || v.equals("~/.cache")) return true;
            }
        }
        return false;
    }

    /** The value of an {@code export PIP_NO_CACHE_DIR=…} earlier in the same script, or null. */
    private static String exported(Command c) {
        String value = null;
        for (Command before : c.preceding()) {
            if (!before.is("export")) continue;
            for (ShellWord w : before.arguments()) {
                if (w.value().startsWith(VAR + "=")) value = w.value().substring(VAR.length() + 1);
            }
        }
        return value;
    }

    private static boolean truthy(String v) {
        String t = v.trim().toLowerCase(Locale.ROOT);
        return t.equals("1") || t.equals("on") || t.equals("yes") || t.equals("true");
    }
}
