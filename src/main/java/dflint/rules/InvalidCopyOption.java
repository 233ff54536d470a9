package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** COPY/ADD options and sources BuildKit refuses when it runs the instruction. */
@RuleInfo(id = "DF1020", slug = "invalid-copy-option", severity = Severity.ERROR,
        summary = "COPY or ADD has a --chmod or --checksum BuildKit rejects, or COPY names a URL or Git source",
        tags = {"buildkit", "correctness"})
public final class InvalidCopyOption implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.COPY);
    }
}
