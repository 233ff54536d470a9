package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;

/**
 * The deprecated MAINTAINER instruction; the OCI authors label says the same and is kept in the
 * image config. The fix writes the label with the same text; it is unsafe because the image's
 * Author field, which MAINTAINER set, is then empty, and tools that read it see the difference.
 */
@RuleInfo(id = "DF2005", slug = "maintainer-deprecated", severity = Severity.INFO,
        summary = "MAINTAINER is deprecated; use the org.opencontainers.image.authors label",
        aliases = {"MaintainerDeprecated", "DL4000"},
        tags = {"deprecated", "buildkit", "hadolint"}, fix = FixSafety.UNSAFE)
public final class MaintainerDeprecated implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.Maintainer m)) continue;
            String who = m.name() == null ? "" : m.name().value();
            String kw = m.node().keyword().equals(m.node().keyword().toLowerCase(java.util.Locale.ROOT)) ? "label" : "LABEL";
            String label = kw + " org.opencontainers.image.authors=" + quote(who, cx.file().escape());
            cx.report(m.node().range(), "MAINTAINER is deprecated; write " + label + " instead",
                    m.name() != null && Edits.keepsComments(cx.file(), m.node().range())
                            ? new Fix("replace with the authors label", m.node().range(), label) : null);
        }
    }

    /** A double-quoted LABEL value that reads back as exactly {@code s}: no variable expands, no escape is lost. */
    private static String quote(String s, char escape) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == escape || c == '$') b.append(escape);
            b.append(c);
        }
        return b.append('"').toString();
    }
}
