package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.Locale;

/**
 * {@code FROM x as y}: the AS keyword is cased differently from an all-upper or
 * all-lower FROM. A mixed-case FROM is left to DF2003.
 */
@RuleInfo(id = "DF2001", slug = "from-as-casing", severity = Severity.STYLE,
        summary = "The AS keyword of FROM is not cased like FROM",
        aliases = {"FromAsCasing"},
        tags = {"style", "buildkit"}, fix = FixSafety.SAFE)
public final class FromAsKeywordCasing implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.From from) || from.stageName() == null) continue;
            String fromKw = from.node().keyword();
            Word as = from.node().args().get(1);
            String want;
            if (fromKw.equals(fromKw.toUpperCase(Locale.ROOT))) {
                want = "AS";
            } else if (fromKw.equals(fromKw.toLowerCase(Locale.ROOT))) {
                want = "as";
            } else {
                continue;
            }
            boolean matches = want.equals("AS") ? as.value().equals(as.value().toUpperCase(Locale.ROOT))
                    : as.value().equals(as.value().toLowerCase(Locale.ROOT));
            if (matches) continue;
            cx.report(as.range(), "'" + as.value() + "' is not cased like '" + fromKw + "'; write '" + fromKw + " ... "
                    + want + " " + from.stageName().value() + "'",
                    new Fix("write " + want, as.range(), want));
        }
    }
}
