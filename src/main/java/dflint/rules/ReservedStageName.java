package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;

/** {@code AS scratch} or {@code AS context}: names BuildKit gives a meaning of its own. */
@RuleInfo(id = "DF1009", slug = "reserved-stage-name", severity = Severity.ERROR,
        summary = "A stage is named scratch or context, names the builder reserves",
        aliases = {"ReservedStageName", "DL3063"},
        tags = {"stages", "correctness"})
public final class ReservedStageName implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Stage s : cx.graph().stages()) {
            if (!s.isNamed()) continue;
            if (s.name().equals("scratch")) {
                cx.report(s.nameRange(), "Stage name \"" + s.nameAsWritten() + "\" on line " + s.line()
                        + " is reserved: later FROM scratch lines and mounts without from= would use this stage instead of"
                        + " the empty image; rename the stage");
            } else if (s.name().equals("context")) {
                cx.report(s.nameRange(), "Stage name \"" + s.nameAsWritten() + "\" on line " + s.line()
                        + " is reserved for the build context, which --from=context and named contexts mean; rename the stage");
            }
        }
    }
}
