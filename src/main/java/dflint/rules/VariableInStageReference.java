package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/** {@code --from=$X} or {@code from=$X}: BuildKit expands neither and refuses the file. */
@RuleInfo(id = "DF1012", slug = "variable-in-stage-reference", severity = Severity.ERROR,
        summary = "COPY --from or a mount from= uses a variable or quotes, which BuildKit refuses",
        tags = {"stages", "correctness"})
public final class VariableInStageReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (StageRef r : g.refs()) {
            if (r.problem() != StageRef.Problem.VARIABLE || r.kind() == StageRef.Kind.ONBUILD) continue;
            String what = r.raw().indexOf('$') >= 0 ? "a variable" : "quotes or escapes";
            String fix = r.kind() == StageRef.Kind.MOUNT_FROM
                    ? "define a stage with FROM ${VAR} AS <alias> (VAR a global ARG) and mount from=<alias>"
                    : "define a stage with FROM ${VAR} AS <alias> (VAR a global ARG) and use --from=<alias>";
            if (what.startsWith("quotes")) fix = "write the stage name bare";
            cx.report(r.range(), r.describe() + " in " + g.stage(r.owner()).describe() + " uses " + what
                    + "; BuildKit fails with \"" + r.error() + "\"; " + fix);
        }
    }
}
