package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.SourceRange;
import dflint.syntax.TemplateMarker;

/**
 * A template of a Dockerfile ({@code {{ .version }}}, {@code %%VARIANT%%}, {@code Dockerfile.template}):
 * the engine reports this one note instead of the syntax errors and advice the placeholders would cause.
 */
@RuleInfo(id = "DF0002", slug = "template-file", severity = Severity.INFO,
        summary = "The file is a template for a Dockerfile, not a Dockerfile",
        tags = {"correctness"})
public final class TemplateFile implements Rule {
    @Override
    public void check(RuleContext cx) {
        TemplateMarker m = TemplateMarker.find(cx.file());
        if (m == null) return;
        boolean byName = m.what().equals("its file name");
        String why = byName ? "its file name says so" : "it has the placeholder " + m.what();
        SourceRange at = byName ? SourceRange.point(1, 1) : SourceRange.ofLine(m.line(), m.column(), m.column() + m.what().length());
        cx.report(at, "This file is a template, not a Dockerfile (" + why + "), so it was not linted; lint the"
                + " Dockerfile generated from it, or use --ignore DF0002 to lint it as it is");
    }
}
