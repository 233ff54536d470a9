package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.BaseImageTable;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import java.util.List;
import java.util.Set;

/**
 * A target image built on a compiler or SDK image, directly or through its
 * parent stages. Build stages on toolchains are the point of multi-stage builds;
 * the image that ships should not carry the toolchain.
 */
@RuleInfo(id = "DF1007", slug = "fat-final-base", severity = Severity.WARNING,
        summary = "The final image is based on a toolchain or full SDK image",
        tags = {"stages", "size"})
public final class FatFinalBase implements Rule {
    /** Name parts of stages meant to carry their tools: development, test, lint and CI targets. */
    private static final Set<String> TOOLING = Set.of("dev", "devel", "develop", "development", "devcontainer",
            "test", "tests", "testing", "lint", "linter", "validate", "validation", "check", "ci", "debug",
            "tools", "tooling", "build", "builder", "compile", "generate", "gen", "codegen", "mocks", "vendor",
            "update", "updates", "outdated", "docs", "sdk", "toolchain", "shell", "envs");

    static boolean isToolingStage(Stage t) {
        if (!t.isNamed()) return false;
        for (String part : t.name().split("[-_.]")) {
            if (TOOLING.contains(part)) return true;
        }
        return false;
    }

    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        if (g.targets().isEmpty()) return;
        BaseImageTable table = null;
        for (Stage t : g.targets()) {
            if (isToolingStage(t)) continue;
            StageRef root = g.rootBase(t);
            if (root == null || root.target() != StageRef.Target.IMAGE) continue;
            String image = root.expanded();
            if (image.indexOf('$') >= 0) continue;
            if (table == null) table = BaseImageTable.withExtraRows(cx.options().baseImages());
            BaseImageTable.Entry e = table.lookup(image);
            if (e == null || e.kind() != BaseImageTable.Kind.TOOLCHAIN) continue;
            List<Stage> chain = g.parentChain(t);
            StringBuilder via = new StringBuilder();
            for (int i = 1; i < chain.size(); i++) {
                via.append(i == 1 ? " (through " : " and ").append(chain.get(i).describe());
            }
            if (via.length() > 0) via.append(')');
            boolean single = g.stages().size() == 1;
            String who = single ? "The image" : (g.requestedTargets().isEmpty() ? "Final " : "Target ") + t.describe();
            String how = single ? " in a single-stage build, so the toolchain ships with the app" : "";
            String alt = e.alternative().isEmpty() ? "" : "; " + e.alternative();
            cx.report(t.from().image() != null ? t.from().image().range() : t.from().range(),
                    who + " is based on " + image + via + ", a " + e.family() + " toolchain image of about "
                            + e.sizeMb() + " MB" + how + alt);
        }
    }
}
