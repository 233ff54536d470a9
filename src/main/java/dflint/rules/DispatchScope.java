package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * Which instructions BuildKit's dispatch-phase checks look at. BuildKit runs
 * those checks while it executes a stage, so a build reaches only the stages the
 * target needs; {@code docker build --check} without a target dispatches every
 * stage, and so does dflint when no target is given.
 *
 * Instructions written before the first FROM (other than ARG) belong to no
 * stage; BuildKit refuses them (DF0001), but they are still checked as one
 * stage-less group so a half-written file gets the same advice.
 */
final class DispatchScope {
    private DispatchScope() {}

    /** A dispatched stage with its instructions; {@code stage} is null for the instructions before the first FROM. */
    record Unit(Stage stage, List<Instruction> instructions) {
        /** How messages name it. */
        String label() {
            return stage == null ? "the instructions before the first FROM" : stage.label();
        }
    }

    static List<Unit> units(RuleContext cx) {
        StageGraph g = cx.graph();
        List<Unit> out = new ArrayList<>();
        List<Instruction> before = new ArrayList<>();
        for (Instruction i : cx.file().instructions()) {
            if (i instanceof Instruction.From) break;
            if (!(i instanceof Instruction.Arg)) before.add(i);
        }
        if (!before.isEmpty()) out.add(new Unit(null, List.copyOf(before)));
        for (Stage s : g.stages()) {
            if (isDispatched(cx, s)) out.add(new Unit(s, s.instructions()));
        }
        return out;
    }

    /** True when BuildKit dispatches the stage for these options: every stage without a target, else the reachable ones. */
    static boolean isDispatched(RuleContext cx, Stage s) {
        return s == null || cx.options().targets().isEmpty() || cx.graph().isReachable(s);
    }

    /**
     * For each stage index, whether a FROM-ancestor (the stage itself excluded) has an instruction
     * of the kind. One pass in file order: parents always come earlier.
     */
    static boolean[] inherited(StageGraph g, Class<? extends Instruction> kind) {
        List<Stage> stages = g.stages();
        boolean[] own = new boolean[stages.size()];
        boolean[] inherited = new boolean[stages.size()];
        for (Stage s : stages) {
            for (Instruction i : s.instructions()) {
                if (kind.isInstance(i)) {
                    own[s.index()] = true;
                    break;
                }
            }
            Stage parent = g.parent(s);
            if (parent != null) inherited[s.index()] = own[parent.index()] || inherited[parent.index()];
        }
        return inherited;
    }
}
