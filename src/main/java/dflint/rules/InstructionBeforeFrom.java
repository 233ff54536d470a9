package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Kind;
import java.util.Locale;

/**
 * Only ARG may come before the first FROM; BuildKit refuses anything else with
 * "no build stage in current context". Kept apart from DF0001 so that hadolint's
 * DL3061 maps to exactly this and nothing else.
 */
@RuleInfo(id = "DF3061", slug = "instruction-before-from", severity = Severity.ERROR,
        summary = "An instruction other than ARG comes before the first FROM",
        aliases = {"DL3061"}, tags = {"correctness"})
public final class InstructionBeforeFrom implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            if (i.kind() == Kind.FROM) return;
            if (i.kind() == Kind.ARG) continue;
            String keyword = i.node().keyword().toUpperCase(Locale.ROOT);
            cx.report(i.node().keywordRange(), keyword + " comes before the first FROM; BuildKit fails with"
                    + " \"no build stage in current context\". Start the file with FROM (only ARG may precede it)");
        }
    }
}
