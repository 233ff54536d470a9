package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/**
 * A reference to a stage defined further down. BuildKit accepts --from and mounts
 * to later stages into its graph but fails when it gets to them; FROM only sees
 * earlier stages, so a later name becomes an image pull.
 */
@RuleInfo(id = "DF1004", slug = "forward-stage-reference", severity = Severity.ERROR,
        summary = "A stage reference names a stage defined later in the file",
        tags = {"stages", "correctness"})
public final class ForwardStageReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (StageRef r : g.refs()) {
            if (r.kind() == StageRef.Kind.ONBUILD) continue;
            Stage owner = g.stage(r.owner());
            if (r.kind() == StageRef.Kind.PARENT) {
                checkFrom(cx, g, owner, r);
                continue;
            }
            if (!r.isStage() || r.stage() <= r.owner() || !r.readsWhenRun()) continue;
            Stage later = g.stage(r.stage());
            String dup = !r.byIndex() && g.countNamed(r.raw()) > 1
                    ? " (--from binds to the last stage of that name)" : "";
            String bk = r.kind() == StageRef.Kind.MOUNT_FROM
                    ? "cannot mount from stage \"" + r.raw() + "\" to \"" + r.mountTarget() + "\", stage needs to be defined before current command"
                    : "cannot copy from stage \"" + r.raw() + "\", it needs to be defined before current stage \""
                    + owner.displayName() + "\"";
            cx.report(r.range(), r.describe() + " in " + owner.describe() + " refers to " + later.describe()
                    + ", which is defined later" + dup + "; BuildKit fails with \"" + bk + "\"; move "
                    + later.label() + " above line " + owner.line());
        }
    }

    /** FROM x where x is only the name of a later stage: BuildKit and the legacy builder both pull image x. */
    private static void checkFrom(RuleContext cx, StageGraph g, Stage owner, StageRef r) {
        if (r.target() != StageRef.Target.IMAGE) return;
        Stage s = g.namedAfter(r.expanded(), owner.index());
        // stored names are lower-case: only a lower-case FROM can match one exactly
        if (s == null || !r.expanded().equals(s.name())) return;
        cx.report(r.range(), "FROM " + r.raw() + " in " + owner.describe() + " refers to " + s.describe()
                + ", which is defined later; FROM only sees earlier stages, so the builders pull an image named \""
                + r.expanded() + "\" instead; move " + s.label() + " above line " + owner.line());
    }
}
