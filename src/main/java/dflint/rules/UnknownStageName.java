package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.syntax.Levenshtein;
import java.util.Locale;

/**
 * {@code --from=biuld} next to a stage named build: no stage matches, so the
 * builder tries to pull an image called biuld. Values that look like image
 * references (a registry, a path, a tag or a digest) are left alone.
 */
@RuleInfo(id = "DF1013", slug = "unknown-stage-name", severity = Severity.WARNING,
        summary = "COPY --from or a mount from= names no stage but is one or two edits from a stage name",
        aliases = {"DL3022"},
        tags = {"stages", "correctness"})
public final class UnknownStageName implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (StageRef r : g.refs()) {
            if (r.kind() == StageRef.Kind.PARENT || r.kind() == StageRef.Kind.ONBUILD
                    || r.target() != StageRef.Target.IMAGE) continue;
            String v = r.raw();
            if (v.length() < 3 || v.indexOf('/') >= 0 || v.indexOf(':') >= 0 || v.indexOf('@') >= 0) continue;
            String lower = v.toLowerCase(Locale.ROOT);
            String near = g.suggestName(v);
            // a suggestion as far away as the name is long is no suggestion (ab for xy)
            if (near == null || Levenshtein.distance(lower, near, 3) >= v.length()) continue;
            Stage best = g.firstNamed(near);
            // --from=set beside license-set: a stage named by its last part is the likelier intent
            Stage byPart = null;
            for (Stage s : g.stages()) {
                if (s.isNamed() && (s.name().endsWith("-" + lower) || s.name().endsWith("_" + lower))) byPart = s;
            }
            if (byPart != null) best = byPart;
            cx.report(r.range(), r.describe() + " in " + g.stage(r.owner()).describe() + " matches no stage, so \"" + v
                    + "\" would be pulled as an image; did you mean " + best.describe() + "? use --from=" + best.name());
        }
    }
}
