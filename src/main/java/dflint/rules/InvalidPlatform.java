package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** FROM --platform=$ARCH with ARCH unset, or a value that is not os[/arch[/variant]]. */
@RuleInfo(id = "DF1018", slug = "invalid-platform", severity = Severity.ERROR,
        summary = "FROM --platform is empty or not a platform BuildKit can parse",
        tags = {"buildkit", "correctness"})
public final class InvalidPlatform implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.PLATFORM);
    }
}
