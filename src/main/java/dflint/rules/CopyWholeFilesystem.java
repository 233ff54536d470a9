package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.Word;

/** COPY --from=X / / : the whole filesystem of another stage or image over this one. */
@RuleInfo(id = "DF3067", slug = "copy-whole-filesystem", severity = Severity.WARNING,
        summary = "COPY --from copies the whole root filesystem of another stage or image onto /",
        aliases = {"DL3067"}, tags = {"best-practice"})
public final class CopyWholeFilesystem implements Rule {
    @Override
    public void check(RuleContext cx) {
        char esc = cx.file().escape();
        for (Instruction ins : cx.file().instructions()) {
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            if (!(i instanceof Instruction.Copy copy)) continue;
            Flag from = copy.node().flag("from");
            if (from == null || from.value() == null || copy.destination() == null) continue;
            if (!isRoot(WordValues.literal(copy.destination(), esc))) continue;
            if (!copiesAnOperatingSystem(cx.graph(), ins) || squashes(cx.graph(), ins)) continue;
            for (Word src : copy.sources()) {
                if (isRoot(WordValues.literal(src, esc))) {
                    cx.report(src.range().to(copy.destination().range()), "COPY --from=" + from.value()
                            + " / / copies the entire filesystem of " + from.value()
                            + " over this stage, with its package database, caches and shell; copy only the paths the image needs");
                    break;
                }
            }
        }
    }

    /**
     * False when the source is known to hold only deliberately placed files: a stage built
     * on scratch (the usual "export" stage), a stage that only renames an image, or an
     * external image, whose content dflint cannot see. True for a stage that builds on an
     * image, and for a source the graph cannot place (no stage at all).
     */
    static boolean copiesAnOperatingSystem(StageGraph g, Instruction copy) {
        StageRef r = g.copySource(copy);
        if (r == null) return true;
        if (!r.isStage()) return false;
        Stage source = g.stage(r.stage());
        if (g.rootBase(source).target() == StageRef.Target.SCRATCH) return false;
        return g.chainHasInstructions(source);
    }

    /**
     * {@code FROM scratch} then {@code COPY --from=build / /}: the squash idiom, which flattens a
     * stage into one layer; copying everything is the point there.
     */
    static boolean squashes(StageGraph g, Instruction copy) {
        Stage into = g.stageOf(copy);
        return into != null && !(copy instanceof Instruction.Onbuild)
                && g.rootBase(into).target() == StageRef.Target.SCRATCH;
    }

    static boolean isRoot(String p) {
        return p != null && (p.equals("/") || p.equals("/.") || p.equals("/./"));
    }
}
