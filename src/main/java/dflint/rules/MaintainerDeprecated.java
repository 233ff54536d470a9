package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;

/** The deprecated MAINTAINER instruction; the OCI authors label says the same and is kept in the image config. */
@RuleInfo(id = "DF2005", slug = "maintainer-deprecated", severity = Severity.INFO,
        summary = "MAINTAINER is deprecated; use the org.opencontainers.image.authors label",
        aliases = {"MaintainerDeprecated", "DL4000"},
        tags = {"deprecated", "buildkit", "hadolint"})
public final class MaintainerDeprecated implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.Maintainer m)) continue;
            String who = m.name() == null ? "" : m.name().value();
            String label = "LABEL org.opencontainers.image.authors=" + quote(who);
            cx.report(m.node().range(), "MAINTAINER is deprecated; write " + label + " instead",
                    m.node().range().startLine() == m.node().range().endLine()
                            ? new Fix("replace with the authors label", m.node().range(), label) : null);
        }
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c == '$') b.append('\\');
            b.append(c);
        }
        return b.append('"').toString();
    }
}
