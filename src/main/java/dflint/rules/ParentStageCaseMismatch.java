package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/**
 * {@code FROM Builder} after {@code AS builder}: the legacy builder finds the
 * stage, BuildKit compares exactly, treats Builder as an image and fails. The fix writes the
 * stage's name; it is unsafe because BuildKit then builds on the stage instead of pulling an
 * image, which is what the legacy builder did but not what BuildKit did.
 */
@RuleInfo(id = "DF1011", slug = "parent-stage-case-mismatch", severity = Severity.ERROR,
        summary = "FROM names an earlier stage in different letter case, which BuildKit does not match",
        tags = {"stages", "correctness"}, fix = FixSafety.UNSAFE)
public final class ParentStageCaseMismatch implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (Stage s : g.stages()) {
            StageRef r = s.parentRef();
            if (r == null || r.target() != StageRef.Target.IMAGE) continue;
            Stage match = g.namedBefore(r.expanded(), s.index());
            if (match == null) continue;
            String msg = "FROM " + r.raw() + " in " + s.describe() + " does not match " + match.describe()
                    + " in BuildKit, which compares FROM with the lower-cased stage name exactly and so treats \""
                    + r.expanded() + "\" as an image (an invalid, upper-case reference); the legacy builder does find the"
                    + " stage; write FROM " + match.name();
            if (r.raw().equals(r.expanded())) {
                cx.report(r.range(), msg, new Fix("use the stage name as BuildKit stores it", r.range(), match.name()));
            } else {
                cx.report(r.range(), msg);
            }
        }
    }
}
