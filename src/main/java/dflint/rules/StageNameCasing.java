package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageRename;
import java.util.List;

/**
 * {@code AS Builder}: BuildKit stores builder, and FROM Builder then no longer finds it. The fix
 * writes the name as BuildKit stores it, in AS and in every {@code --from} and mount
 * {@code from=} that reaches the stage (those compare case-insensitively, so they mean the same
 * afterwards). A FROM spelled differently does not reach the stage today and stays as it is
 * (DF1011 is about it).
 */
@RuleInfo(id = "DF1010", slug = "stage-name-casing", severity = Severity.STYLE,
        summary = "A stage name is not lower-case",
        aliases = {"StageNameCasing"},
        tags = {"stages", "style"}, fix = FixSafety.SAFE)
public final class StageNameCasing implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Stage s : cx.graph().stages()) {
            // a name BuildKit refuses outright is DF0001's (AS ${NAME}, AS 1st)
            if (!s.isNamed() || s.nameAsWritten().equals(s.name()) || !validName(s.name())) continue;
            cx.report(s.nameRange(), "Stage name \"" + s.nameAsWritten() + "\" of " + s.describe()
                    + " is not lower-case; BuildKit stores it as \"" + s.name()
                    + "\" and FROM matches it case-sensitively; write AS " + s.name(),
                    rename(cx, s));
        }
    }

    private static Fix rename(RuleContext cx, Stage s) {
        List<StageRename.Edit> edits = StageRename.edits(cx.graph(), s, s.name(), false);
        return edits == null || edits.isEmpty() ? null : Fix.of("lower-case the stage name and its references", Edits.of(edits));
    }

    /** BuildKit's stage-name pattern, ^[a-z][a-z0-9-_.]*$, without a regex. */
    static boolean validName(String n) {
        if (n.isEmpty() || n.charAt(0) < 'a' || n.charAt(0) > 'z') return false;
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
        }
        return true;
    }
}
