package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.BuildkitFeature;
import dflint.syntax.Instruction;

/** Heredocs, RUN --mount, COPY --chmod/--link and friends: the legacy builder refuses or ignores them. */
@RuleInfo(id = "DF1014", slug = "requires-buildkit", severity = Severity.INFO,
        summary = "The instruction uses a feature that only BuildKit implements",
        tags = {"stages", "portability"})
public final class RequiresBuildkit implements Rule {
    @Override
    public void check(RuleContext cx) {
        for (Instruction i : cx.file().instructions()) {
            for (BuildkitFeature f : BuildkitFeature.of(i)) {
                String legacy;
                switch (f.legacy()) {
                    case REJECTS:
                        legacy = "the legacy builder fails with \"the --" + flagName(f.feature()) + " option requires BuildKit\"";
                        break;
                    case IGNORES:
                        legacy = "the legacy builder silently ignores it";
                        break;
                    default:
                        legacy = "the legacy builder does not read heredocs (" + f.legacyMessage() + ")";
                }
                cx.report(f.range(), f.feature() + " needs BuildKit; " + legacy
                        + "; build with BuildKit (docker buildx build, or DOCKER_BUILDKIT=1)");
            }
        }
    }

    private static String flagName(String feature) {
        int dash = feature.indexOf("--");
        return dash < 0 ? feature : feature.substring(dash + 2);
    }
}
