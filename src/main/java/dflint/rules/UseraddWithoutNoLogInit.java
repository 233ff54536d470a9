package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Args;
import dflint.shell.Command;
import dflint.shell.Option;
import java.util.Set;

/**
 * {@code useradd -u <large uid>} without {@code --no-log-init} bloats the layer with sparse log files.
 * The fix adds {@code --no-log-init}: the same user, without lastlog and faillog entries.
 */
@RuleInfo(id = "DF3046", slug = "useradd-without-no-log-init", severity = Severity.WARNING,
        summary = "useradd with a large UID and without -l/--no-log-init writes a huge lastlog into the layer",
        aliases = {"DL3046"}, tags = {"shell", "size", "hadolint"}, fix = FixSafety.SAFE)
public final class UseraddWithoutNoLogInit implements Rule {
    private static final Set<String> WITH_VALUE = Set.of("-u", "--uid", "-g", "--gid", "-G", "--groups", "-d",
            "--home-dir", "-s", "--shell", "-c", "--comment", "-e", "--expiredate", "-f", "--inactive", "-k",
            "--skel", "-K", "--key", "-p", "--password", "-R", "--root", "-P", "--prefix", "-b", "--base-dir",
            "-Z", "--selinux-user");

    @Override
    public void check(RuleContext cx) {
        for (RunSites.Site r : RunSites.using(cx, "useradd")) {
            for (Command c : r.commands()) {
                if (!c.is("useradd")) continue;
                Args args = c.args(WITH_VALUE);
                Option uid = args.option("-u", "--uid");
                if (uid == null || uid.value() == null || args.has("-l", "--no-log-init")) continue;
                String v = uid.value();
                if (v.length() <= 5 || !Scan.digits(v)) continue;
                var where = uid.valueWord() != null ? uid.valueWord().range() : uid.range();
                cx.report(where, "useradd with UID " + v + " writes a sparse /var/log/lastlog that the layer stores in"
                        + " full; add --no-log-init (-l)", Edits.shellInsert("add --no-log-init", c, c.nameWord(), " --no-log-init"));
            }
        }
    }
}
