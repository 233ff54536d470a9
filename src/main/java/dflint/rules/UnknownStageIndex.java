package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/** {@code COPY --from=5} in a file with three stages: BuildKit refuses the whole file. */
@RuleInfo(id = "DF1002", slug = "unknown-stage-index", severity = Severity.ERROR,
        summary = "COPY --from names a stage index the file does not have",
        tags = {"stages", "correctness"})
public final class UnknownStageIndex implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        int n = g.stages().size();
        for (StageRef r : g.refs()) {
            if (r.problem() != StageRef.Problem.INDEX_OUT_OF_RANGE || r.kind() == StageRef.Kind.ONBUILD) continue;
            String have = n == 1 ? "only stage 0" : n + " stages (0 to " + (n - 1) + ")";
            cx.report(r.range(), r.describe() + " in " + g.stage(r.owner()).describe() + " names stage index " + r.raw()
                    + ", but the file has " + have + "; BuildKit fails with \"" + r.error()
                    + "\"; name the stage you mean with AS and use --from=<name>");
        }
    }
}
