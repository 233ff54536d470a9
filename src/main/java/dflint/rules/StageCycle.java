package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.syntax.SourceRange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stages that copy or mount from each other in a loop. BuildKit checks every
 * stage for this before building anything. Each reference on the loop is
 * reported, since removing any one of them breaks it; a stage reading from
 * itself is DF1003's.
 */
@RuleInfo(id = "DF1005", slug = "stage-cycle", severity = Severity.ERROR,
        summary = "Stages depend on each other in a circle through COPY --from or mounts",
        tags = {"stages", "correctness"})
public final class StageCycle implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        Stage named = g.cycleStage();
        if (named == null) return;
        Set<SourceRange> seen = new HashSet<>();
        for (StageRef r : g.cycleRefs()) {
            if (r.stage() == r.owner() || !seen.add(r.range())) continue;
            int size = g.cycleSize(r);
            if (size > 16) {
                // tracing each path through a huge cycle costs more than it tells
                cx.report(r.range(), r.describe() + " in " + g.stage(r.owner()).describe() + " closes a cycle of " + size
                        + " stages that read from each other; BuildKit fails with \"circular dependency detected on stage: "
                        + named.displayName() + "\"; copy from an earlier stage that does not depend on this one");
                continue;
            }
            List<Stage> path = g.cyclePath(r);
            StringBuilder loop = new StringBuilder();
            for (int i = 0; i < path.size(); i++) {
                // a long circle keeps its first and last steps
                if (path.size() > 8 && i == 4) {
                    loop.append(" -> ... (").append(path.size() - 7).append(" more)");
                    i = path.size() - 3;
                    continue;
                }
                if (loop.length() > 0) loop.append(" -> ");
                loop.append(path.get(i).displayName());
            }
            cx.report(r.range(), r.describe() + " in " + g.stage(r.owner()).describe() + " closes the cycle " + loop
                    + "; BuildKit fails with \"circular dependency detected on stage: " + named.displayName()
                    + "\"; copy from an earlier stage that does not depend on this one");
        }
    }
}
