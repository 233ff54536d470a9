package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ArgScope;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code FROM --platform=$TARGETPLATFORM}: the flag only restates the default.
 * Reported when TARGETPLATFORM is the only variable in the value and the value
 * expands to exactly it.
 */
@RuleInfo(id = "DF2011", slug = "redundant-target-platform", severity = Severity.WARNING,
        summary = "FROM --platform=$TARGETPLATFORM restates the default platform",
        aliases = {"RedundantTargetPlatform", "DL3065"},
        tags = {"style", "buildkit", "hadolint"}, fix = FixSafety.SAFE)
public final class RedundantTargetPlatform implements Rule {
    @Override
    public void check(RuleContext cx) {
        ArgScope global = cx.graph().args();
        for (Instruction i : cx.file().instructions()) {
            if (!(i instanceof Instruction.From from)) continue;
            Flag p = from.platform();
            if (p == null || p.value() == null) continue;
            Map<String, String> env = new HashMap<>(global.values());
            String target = env.getOrDefault("TARGETPLATFORM", "linux/amd64");
            VariableExpander.Expansion e = VariableExpander.expand(p.value(), cx.file().escape(), Lookup.of(env));
            if (e.references().isEmpty() || !e.value().equals(target)) continue;
            boolean onlyTarget = true;
            for (VariableExpander.Reference r : e.references()) {
                if (!r.name().equals("TARGETPLATFORM") || !r.defined()) onlyTarget = false;
            }
            if (!onlyTarget) continue;
            cx.report(p.range(), "--platform=" + p.value() + " is what FROM uses anyway; remove the flag",
                    removal(cx, p));
        }
    }

    /** Deletes the flag and the blank after it when both sit on one line. */
    private static Fix removal(RuleContext cx, Flag p) {
        var r = p.range();
        if (r.startLine() != r.endLine()) return null;
        String line = cx.file().lineText(r.startLine());
        int end = r.endColumn();
        while (end - 1 < line.length() && end - 1 >= 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) end++;
        return new Fix("remove --platform", dflint.syntax.SourceRange.ofLine(r.startLine(), r.startColumn(), end), "");
    }
}
