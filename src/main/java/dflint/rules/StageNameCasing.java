package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;

/** {@code AS Builder}: BuildKit stores builder, and FROM Builder then no longer finds it. */
@RuleInfo(id = "DF1010", slug = "stage-name-casing", severity = Severity.WARNING,
        summary = "A stage name is not lower-case",
        aliases = {"StageNameCasing"},
        tags = {"stages", "style"})
public final class StageNameCasing implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Stage s : cx.graph().stages()) {
            if (!s.isNamed() || s.nameAsWritten().equals(s.name())) continue;
            cx.report(s.nameRange(), "Stage name \"" + s.nameAsWritten() + "\" of " + s.describe()
                    + " is not lower-case; BuildKit stores it as \"" + s.name()
                    + "\" and FROM matches it case-sensitively; write AS " + s.name(),
                    new Fix("lower-case the stage name", s.nameRange(), s.name()));
        }
    }
}
