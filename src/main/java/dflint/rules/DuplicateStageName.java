package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;

/** Two stages with one name: BuildKit quietly uses the last, the legacy builder refuses. */
@RuleInfo(id = "DF1008", slug = "duplicate-stage-name", severity = Severity.ERROR,
        summary = "Two stages have the same name",
        aliases = {"DL3024", "DuplicateStageName"},
        tags = {"stages", "correctness"})
public final class DuplicateStageName implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (Stage s : g.stages()) {
            if (!s.isNamed()) continue;
            Stage earlier = g.firstNamed(s.name());
            if (earlier == s) continue;
            cx.report(s.nameRange(), "Stage name \"" + s.name() + "\" is already used by " + earlier.describe()
                    + "; BuildKit binds --from=" + s.name() + " and --target " + s.name()
                    + " to the last stage of that name, the legacy builder fails with \"" + s.name()
                    + " stage name already used\"; rename one of them");
        }
    }
}
