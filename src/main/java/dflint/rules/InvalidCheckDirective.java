package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** A # check= parser directive BuildKit cannot read: it fails the whole build rather than ignore it. */
@RuleInfo(id = "DF1022", slug = "invalid-check-directive", severity = Severity.ERROR,
        summary = "The # check= directive is not one BuildKit can parse, so it refuses the build",
        tags = {"buildkit", "correctness"})
public final class InvalidCheckDirective implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.CHECK_DIRECTIVE);
    }
}
