package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;

/** USER by name: runtimes that enforce non-root users cannot check a name without the image's passwd. */
@RuleInfo(id = "DF3066", slug = "user-not-numeric", severity = Severity.INFO,
        summary = "USER names a user instead of a numeric UID",
        aliases = {"DL3066"}, tags = {"security"})
public final class UserNotNumeric implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.User user) || user.user() == null) continue;
            String v = WordValues.literal(user.user(), cx.file().escape());
            if (v == null || v.isEmpty()) continue;
            int colon = v.indexOf(':');
            String name = colon < 0 ? v : v.substring(0, colon);
            if (name.isEmpty() || Scan.digits(name)) continue;
            // root is root by any spelling (DF3002 judges it); Windows has no numeric user ids
            if (name.equals("root") || isWindowsUser(name) || onWindows(cx, ins)) continue;
            // the user of a builder stage, a dev container or a test image never runs in production
            dflint.graph.Stage stage = cx.graph().stageOf(ins);
            if (stage != null && !(ins instanceof Instruction.Onbuild) && !ImageScope.ships(cx, stage)) continue;
            String uid = RunSites.uidOf(cx, name);
            String use = uid != null ? "use its UID, USER " + uid + (colon < 0 ? "" : ":" + v.substring(colon + 1))
                    + " (the RUN that creates it gives it that UID)"
                    : "use its numeric UID (the one the image gives it, as in USER 10001)";
            cx.report(user.user().range(), "USER " + v + " names the user \"" + name + "\"; " + use
                    + ", so runtimes such as Kubernetes runAsNonRoot can verify it is not root");
        }
    }

    static boolean isWindowsUser(String name) {
        return name.equalsIgnoreCase("ContainerUser") || name.equalsIgnoreCase("ContainerAdministrator");
    }

    /** The stage builds on a Windows image (nanoserver, servercore, windows). */
    static boolean onWindows(RuleContext cx, Instruction ins) {
        dflint.graph.Stage stage = cx.graph().stageOf(ins);
        if (stage == null) return false;
        String base = cx.graph().rootBase(stage).expanded();
        if (base == null) return false;
        String b = base.toLowerCase(java.util.Locale.ROOT);
        return b.contains("windows") || b.contains("nanoserver") || b.contains("servercore");
    }
}
