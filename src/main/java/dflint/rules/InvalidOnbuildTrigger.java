package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;

/** An ONBUILD trigger that BuildKit's instruction parser refuses: it fails when a child stage built in the same file runs it. */
@RuleInfo(id = "DF1023", slug = "invalid-onbuild-trigger", severity = Severity.ERROR,
        summary = "An ONBUILD trigger is not a valid instruction; a stage built FROM this one fails",
        tags = {"buildkit", "correctness"})
public final class InvalidOnbuildTrigger implements Rule {
    @Override
    public void check(RuleContext cx) {
        ConversionErrors.report(cx, Conversion.Family.ONBUILD_TRIGGER);
    }
}
