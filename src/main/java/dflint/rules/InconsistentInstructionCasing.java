package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.syntax.Instruction;
import dflint.syntax.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Instruction keywords that do not follow the file's majority casing. The
 * majority counts every all-lower or all-upper keyword from the first FROM on
 * (an ONBUILD counts, its trigger does not); lowercase wins only with more
 * votes. Mixed-case keywords always differ from it.
 */
@RuleInfo(id = "DF2003", slug = "inconsistent-instruction-casing", severity = Severity.STYLE,
        summary = "An instruction keyword is not cased like the rest of the file",
        aliases = {"ConsistentInstructionCasing"},
        tags = {"style", "buildkit"}, fix = FixSafety.SAFE)
public final class InconsistentInstructionCasing implements Rule {
    @Override
    public void check(RuleContext cx) {
        List<Instruction> counted = new ArrayList<>();
        boolean inStage = false;
        for (Instruction i : cx.file().instructions()) {
            if (i instanceof Instruction.From) inStage = true;
            // keywords BuildKit does not know stop its build before this check
            if (inStage && i.kind() != Kind.UNKNOWN) counted.add(i);
        }
        int lower = 0, upper = 0;
        for (Instruction i : counted) {
            String kw = i.node().keyword();
            if (kw.equals(kw.toLowerCase(Locale.ROOT))) lower++;
            else if (kw.equals(kw.toUpperCase(Locale.ROOT))) upper++;
        }
        boolean lowerMajority = lower > upper;
        for (Instruction i : counted) {
            String kw = i.node().keyword();
            String want = lowerMajority ? kw.toLowerCase(Locale.ROOT) : kw.toUpperCase(Locale.ROOT);
            if (kw.equals(want)) continue;
            cx.report(i.node().keywordRange(), "'" + kw + "' is not cased like most instructions in this file ("
                    + (lowerMajority ? "lowercase" : "uppercase") + "); write '" + want + "'",
                    new Fix("write " + want, i.node().keywordRange(), want));
        }
    }
}
