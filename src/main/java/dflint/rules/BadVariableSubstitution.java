package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** A variable substitution or quote BuildKit's word expansion refuses, in any word it expands. */
@RuleInfo(id = "DF1016", slug = "bad-variable-substitution", severity = Severity.ERROR,
        summary = "A word BuildKit expands has a substitution it cannot process (unsupported modifier, unclosed quote or brace, ${VAR?} on an unset variable)",
        tags = {"buildkit", "correctness"})
public final class BadVariableSubstitution implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.SUBSTITUTION);
    }
}
