package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.SyntaxError;

/** Reports what BuildKit would refuse to parse; the parser has already gone past it. */
@RuleInfo(id = "DF0001", slug = "syntax-error", severity = Severity.ERROR,
        summary = "The Dockerfile does not parse as BuildKit reads it",
        aliases = {"DL1000", "DL3043"},
        tags = {"correctness"})
public final class SyntaxErrorRule implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (SyntaxError e : cx.file().errors()) {
            cx.report(e.range(), e.message());
        }
    }
}
