package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Conversion;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;

/** FROM $IMAGE with IMAGE unset, FROM node:-alpine, COPY --from=Foo: BuildKit refuses the file before it pulls anything. */
@RuleInfo(id = "DF1017", slug = "invalid-image-reference", severity = Severity.ERROR,
        summary = "A FROM image is blank or invalid, an image named by COPY --from or a mount is invalid, or no FROM at all",
        tags = {"buildkit", "correctness"})
public final class InvalidImageReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        // FROM Build after AS build is DF1011's, which says which stage was meant
        for (Conversion.Error e : ConversionErrors.of(cx, Conversion.Family.BASE_IMAGE)) {
            if (e.stage() >= 0) {
                Stage s = g.stage(e.stage());
                StageRef r = s.parentRef();
                if (r != null && r.target() == StageRef.Target.IMAGE && g.namedBefore(r.expanded(), s.index()) != null) continue;
            }
            ConversionErrors.report(cx, e);
        }
    }
}
