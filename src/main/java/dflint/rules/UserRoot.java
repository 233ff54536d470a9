package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target image whose last USER is root. USER is inherited through
 * {@code FROM <stage>}; build stages that only feed COPY --from are not images
 * and may stay root.
 */
@RuleInfo(id = "DF3002", slug = "user-root", severity = Severity.WARNING,
        summary = "The image built for the target runs as root (its last USER is root)",
        aliases = {"DL3002"}, tags = {"security"})
public final class UserRoot implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        Map<Instruction.User, Stage> reported = new IdentityHashMap<>();
        for (Stage target : g.targets()) {
            // a dev container or an internal CI image runs as root on purpose
            if (!ImageScope.ships(cx, target)) continue;
            Instruction.User last = lastUser(g.parentChain(target));
            if (last == null || reported.containsKey(last)) continue;
            String v = WordValues.literal(last.user(), cx.file().escape());
            if (v == null || !isRoot(v)) continue;
            reported.put(last, target);
            Stage owner = g.stageOf(last);
            String where = owner == target ? "" : " (set in " + owner.label() + ", which " + target.label() + " is built FROM)";
            cx.report(last.user().range(), "USER " + v + " is the last USER of the image built from " + target.label() + where
                    + ", so its containers run as root; switch to an unprivileged user (USER 10001) after the steps that need root");
        }
    }

    /** The USER in effect at the end of the chain's first stage: its own last USER, else its parents'. */
    static Instruction.User lastUser(List<Stage> chain) {
        for (Stage s : chain) {
            List<Instruction> ins = s.instructions();
            for (int k = ins.size() - 1; k >= 0; k--) {
                if (ins.get(k) instanceof Instruction.User u && u.user() != null) return u;
            }
        }
        return null;
    }

    static boolean isRoot(String user) {
        int colon = user.indexOf(':');
        String name = colon < 0 ? user : user.substring(0, colon);
        return name.equals("root") || (!name.isEmpty() && Scan.only(name, '0'));
    }
}
