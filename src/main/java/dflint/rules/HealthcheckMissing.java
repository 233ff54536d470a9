package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;

/**
 * A target image without HEALTHCHECK (neither in its stage nor in the stages it
 * is built FROM). Off by default: many images are checked by their orchestrator.
 */
@RuleInfo(id = "DF3057", slug = "healthcheck-missing", severity = Severity.INFO,
        summary = "The image built for the target has no HEALTHCHECK",
        aliases = {"DL3057"}, enabledByDefault = false, tags = {"best-practice"})
public final class HealthcheckMissing implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (Stage target : g.targets()) {
            boolean found = false;
            for (Stage s : g.parentChain(target)) {
                for (Instruction i : s.instructions()) {
                    found |= i instanceof Instruction.Healthcheck;
                }
            }
            if (found) continue;
            cx.report(target.from().node().keywordRange(), "the image built from " + target.label()
                    + " has no HEALTHCHECK (none in it or the stages it is built FROM); add HEALTHCHECK CMD ..."
                    + " or HEALTHCHECK NONE to say none is wanted");
        }
    }
}
