package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/** A stage that copies or mounts from itself: BuildKit reports a circular dependency. */
@RuleInfo(id = "DF1003", slug = "self-stage-reference", severity = Severity.ERROR,
        summary = "COPY --from or a mount from= names the stage it is in",
        aliases = {"DL3023"},
        tags = {"stages", "correctness"})
public final class SelfStageReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (StageRef r : g.refs()) {
            if (!r.isStage() || r.stage() != r.owner() || r.kind() == StageRef.Kind.PARENT
                    || r.kind() == StageRef.Kind.ONBUILD) continue;
            Stage s = g.stage(r.owner());
            String dup = !r.byIndex() && g.countNamed(r.raw()) > 1
                    ? " (--from binds to the last stage of that name)" : "";
            cx.report(r.range(), r.describe() + " is inside " + s.describe() + " itself" + dup
                    + "; a stage cannot read from itself and BuildKit fails with \"circular dependency detected on stage: "
                    + s.displayName() + "\"; copy from an earlier stage or from the build context");
        }
    }
}
