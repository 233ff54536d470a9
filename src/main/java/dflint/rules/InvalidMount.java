package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** RUN --mount options BuildKit refuses when it runs the RUN. */
@RuleInfo(id = "DF1019", slug = "invalid-mount", severity = Severity.ERROR,
        summary = "A RUN --mount option BuildKit rejects (a field without a value, an unknown key or type, a bad value, a mount at /)",
        tags = {"buildkit", "correctness"})
public final class InvalidMount implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.MOUNT);
    }
}
