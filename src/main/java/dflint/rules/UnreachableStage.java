package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import java.util.List;

/** A stage no target needs: dead weight for BuildKit, wasted build time for the legacy builder. */
@RuleInfo(id = "DF1006", slug = "unreachable-stage", severity = Severity.WARNING,
        summary = "No build target needs this stage",
        tags = {"stages", "performance"})
public final class UnreachableStage implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        // with a target that names no stage we cannot tell what is needed
        if (!g.unknownTargets().isEmpty() || g.targets().isEmpty()) return;
        String needer = targets(g);
        for (Stage s : g.stages()) {
            if (g.isReachable(s) || g.isReachableForSomeArgs(s)) continue;
            boolean legacyBuilds = g.simulation().legacy().executes(s);
            String builders = legacyBuilds
                    ? "BuildKit skips it, but the legacy builder still builds it"
                    : "neither BuildKit nor the legacy builder builds it";
            String fix = s.isNamed() ? "remove it, or build it on purpose with --target " + s.name() : "remove it";
            cx.report(s.nameRange(), s.describe().substring(0, 1).toUpperCase() + s.describe().substring(1)
                    + " is not needed by " + needer + ": " + builders + "; " + fix);
        }
    }

    private static String targets(StageGraph g) {
        List<Stage> t = g.targets();
        if (g.requestedTargets().isEmpty()) return "the final " + t.get(0).label();
        StringBuilder b = new StringBuilder(t.size() == 1 ? "the target " : "the targets ");
        for (int i = 0; i < t.size(); i++) {
            if (i > 0) b.append(i == t.size() - 1 ? " and " : ", ");
            b.append(t.get(i).label());
        }
        return b.toString();
    }
}
