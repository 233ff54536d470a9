package dflint.graph;

import dflint.syntax.Instruction;
import dflint.syntax.SyntaxError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which stages BuildKit and the legacy builder execute for the graph's
 * targets, in the order they run them, and what each would reject or cannot
 * build as written. BuildKit runs the stages the targets reach; the legacy
 * builder runs every stage from the first through the target.
 */
public final class BuildSimulation {
    /** One thing a builder would refuse; line is 1-based. */
    public record BuildError(int line, String message) {}

    /** A builder's plan: the target stages it resolved, the stages it executes in order, its errors. */
    public record Result(List<Stage> targets, List<Stage> executed, List<BuildError> errors) {
        public List<Integer> executedIndices() {
            List<Integer> out = new ArrayList<>(executed.size());
            for (Stage s : executed) out.add(s.index());
            return out;
        }

        /** Whether this builder runs the stage; executed is in file order, so a binary search will do. */
        public boolean executes(Stage s) {
            int lo = 0, hi = executed.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int at = executed.get(mid).index();
                if (at == s.index()) return executed.get(mid) == s;
                if (at < s.index()) lo = mid + 1;
                else hi = mid - 1;
            }
            return false;
        }
    }

    private static final Comparator<BuildError> BY_LINE = new Comparator<BuildError>() {
        @Override
        public int compare(BuildError a, BuildError b) {
            return Integer.compare(a.line(), b.line());
        }
    };

    private final Result buildkit;
    private final Result legacy;

    BuildSimulation(StageGraph g) {
        this.buildkit = buildkit(g);
        this.legacy = legacy(g);
    }

    public Result buildkit() {
        return buildkit;
    }

    public Result legacy() {
        return legacy;
    }

    private static void syntaxErrors(StageGraph g, List<BuildError> errors) {
        for (SyntaxError e : g.file().errors()) {
            errors.add(new BuildError(e.range().startLine(), e.message()));
        }
    }

    private static Result buildkit(StageGraph g) {
        List<BuildError> errors = new ArrayList<>();
        if (g.file().text().isEmpty()) {
            // checked before parsing
            errors.add(new BuildError(1, "the Dockerfile cannot be empty"));
            return new Result(List.of(), List.of(), errors);
        }
        syntaxErrors(g, errors);
        if (g.stages().isEmpty()) {
            // a file without instructions already has the parser's error
            for (Conversion.Error e : g.conversion().forBuild()) {
                errors.add(new BuildError(e.line() > 0 ? e.line() : e.range().startLine(), e.message()));
            }
            return new Result(List.of(), List.of(), errors);
        }
        for (String t : g.unknownTargets()) {
            errors.add(new BuildError(g.lastStage().line(), g.unknownTargetMessage(t)));
        }
        // fatal for every stage, built or not
        for (StageRef r : g.refs()) {
            if (r.target() != StageRef.Target.ERROR) continue;
            if (r.kind() == StageRef.Kind.PARENT) continue; // the conversion reads FROM lines exactly
            if (r.kind() == StageRef.Kind.ONBUILD) {
                // a trigger's reference fails when a reached child stage runs it, under the child's FROM line
                Stage child = g.stage(r.owner());
                if (g.isReachable(child)) errors.add(new BuildError(child.line(), r.error()));
                continue;
            }
            errors.add(new BuildError(r.range().startLine(), r.error()));
        }
        for (Conversion.Error e : g.conversion().forBuild()) {
            errors.add(new BuildError(e.line() > 0 ? e.line() : e.range().startLine(), e.message()));
        }
        if (g.cycleStage() != null) {
            errors.add(new BuildError(cycleLine(g),
                    "circular dependency detected on stage: " + g.cycleStage().displayName()));
        }
        if (!g.unknownTargets().isEmpty()) {
            errors.sort(BY_LINE);
            return new Result(g.targets(), List.of(), errors);
        }
        List<Stage> executed = new ArrayList<>();
        for (Stage s : g.stages()) {
            if (!g.isReachable(s)) continue;
            executed.add(s);
            String later = laterStageNamed(g, s, s.baseExpanded(), false);
            if (later != null) errors.add(new BuildError(s.line(), later + "BuildKit pulls an image of that name"));
            // dispatch in file order: a source defined later has not been built yet
            for (StageRef r : s.refs()) {
                if (!r.isStage() || r.stage() <= s.index() || !r.readsWhenRun()) continue;
                StageRef.Kind k = r.triggerKind();
                if (k == StageRef.Kind.MOUNT_FROM) {
                    String target = r.mountTarget();
                    errors.add(new BuildError(r.range().startLine(), "cannot mount from stage \"" + r.raw() + "\" to \""
                            + target + "\", stage needs to be defined before current command"));
                } else if (k != StageRef.Kind.PARENT) {
                    errors.add(new BuildError(r.range().startLine(), "cannot copy from stage \"" + r.raw()
                            + "\", it needs to be defined before current stage \"" + s.displayName() + "\""));
                }
            }
        }
        errors.sort(BY_LINE);
        return new Result(g.targets(), executed, errors);
    }

    /** BuildKit names the commands along the cycle from the stage it reports: the first of them is that stage's reference. */
    private static int cycleLine(StageGraph g) {
        Stage at = g.cycleStage();
        StageRef first = null;
        for (StageRef r : g.cycleRefs()) {
            if (r.owner() == at.index() && (first == null || r.range().startLine() < first.range().startLine())) first = r;
        }
        if (first == null) {
            for (StageRef r : at.refs()) {
                if (r.isDependency() && r.isStage()) {
                    first = r;
                    break;
                }
            }
        }
        if (first == null) return at.line();
        // BuildKit keeps one command per source stage, the last that names it: that is the one it reports
        StageRef last = first;
        for (StageRef r : at.refs()) {
            if (r.isDependency() && r.isStage() && r.stage() == first.stage() && r.kind() != StageRef.Kind.ONBUILD
                    && r.range().startLine() > last.range().startLine()) last = r;
        }
        return last.range().startLine();
    }

    private static Result legacy(StageGraph g) {
        List<BuildError> errors = new ArrayList<>();
        syntaxErrors(g, errors);
        List<Stage> stages = g.stages();
        if (stages.isEmpty()) {
            if (!g.file().instructions().isEmpty()) errors.add(new BuildError(1, "No image was generated. Is your Dockerfile empty?"));
            return new Result(List.of(), List.of(), errors);
        }
        // --target binds to the FIRST stage of that name; the build stops after it
        int last = -1;
        List<Stage> targets = new ArrayList<>();
        List<String> requested = g.forcedTarget() != null ? List.of() : g.requestedTargets();
        if (g.forcedTarget() != null) {
            // a stage chosen by index: the build runs through it, whatever its name
            last = g.forcedTarget().index();
            targets.add(g.forcedTarget());
        } else if (requested.isEmpty()) {
            last = stages.size() - 1;
            targets.add(stages.get(last));
        }
        for (String t : requested) {
            Stage first = null;
            for (Stage s : stages) {
                if (s.name() != null && s.name().equals(t.toLowerCase(Locale.ROOT))) {
                    first = s;
                    break;
                }
            }
            if (first == null) {
                errors.add(new BuildError(g.lastStage().line(), "target stage \"" + t + "\" could not be found"));
            } else {
                targets.add(first);
                last = Math.max(last, first.index());
            }
        }
        if (last < 0 || targets.size() < requested.size()) {
            errors.sort(BY_LINE);
            return new Result(targets, List.of(), errors);
        }
        ArgScope scope = ArgScope.global(g.file(), g.buildArgs(), null, false);
        List<Stage> executed = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Stage s = stages.get(i);
            executed.add(s);
            if (s.name() != null && g.namedBefore(s.name(), s.index()) != null) {
                errors.add(new BuildError(s.line(), s.name() + " stage name already used"));
            }
            legacyFrom(g, scope, s, errors);
            String later = laterStageNamed(g, s, s.baseExpanded(), true);
            if (later != null) errors.add(new BuildError(s.line(), later + "the legacy builder pulls an image of that name"));
            for (Instruction ins : s.instructions()) {
                legacyCopyFrom(g, s, ins, errors);
                for (BuildkitFeature f : BuildkitFeature.of(ins)) {
                    if (ins instanceof Instruction.Onbuild) continue; // runs in a child build, not here
                    errors.add(new BuildError(f.range().startLine(), f.legacyMessage()));
                }
            }
        }
        errors.sort(BY_LINE);
        return new Result(targets, executed, errors);
    }

    /**
     * When FROM names only a stage defined further down (FROM sees earlier stages only), the start of
     * a message saying so; else null. The legacy builder compares names case-insensitively.
     */
    private static String laterStageNamed(StageGraph g, Stage s, String base, boolean ignoreCase) {
        if (base == null || s.parentIndex() >= 0 || base.isEmpty()) return null;
        // names are stored lower-cased, so an exact match needs a lower-case base
        boolean exactPossible = base.equals(base.toLowerCase(Locale.ROOT));
        if (!ignoreCase && !exactPossible) return null;
        if (ignoreCase && g.namedBefore(base, s.index()) != null) return null;
        Stage later = g.namedAfter(base, s.index());
        if (later == null) return null;
        return "FROM " + base + ": stage \"" + later.name() + "\" is defined later (line " + later.line()
                + ") and FROM sees only earlier stages, so ";
    }

    private static void legacyFrom(StageGraph g, ArgScope scope, Stage s, List<BuildError> errors) {
        String raw = s.baseAsWritten();
        if (raw == null) return; // a syntax error already
        String v = scope.expand(raw, g.file().escape()).value();
        if (v.isEmpty()) {
            String why = "";
            for (String name : ArgScope.PREDEFINED.keySet()) {
                if (raw.contains(name)) why = " (the legacy builder does not predefine " + name + ")";
            }
            errors.add(new BuildError(s.line(), "base name (" + raw + ") should not be blank" + why));
        }
    }

    private static void legacyCopyFrom(StageGraph g, Stage s, Instruction ins, List<BuildError> errors) {
        if (!(ins instanceof Instruction.Copy) && !(ins instanceof Instruction.Add)) return;
        var f = ins.node().flag("from");
        if (f == null || f.value() == null) return;
        String v = f.value();
        if (g.namedBefore(v, s.index()) != null) return;
        Long n = StageGraph.goAtoi(v);
        if (n != null) {
            if (n == s.index()) {
                errors.add(new BuildError(f.range().startLine(), "invalid from flag value " + v + ": refers to current build stage"));
            } else if (n < 0 || n > s.index()) {
                errors.add(new BuildError(f.range().startLine(), "invalid from flag value " + v + ": index out of bounds"));
            }
            return;
        }
        Stage named = g.findByName(v);
        if (named != null) {
            errors.add(new BuildError(f.range().startLine(), "COPY --from=" + v + ": stage \"" + named.name()
                    + "\" is not built yet at this point, so the legacy builder pulls an image named " + v));
        }
    }

    /** For tests: the plan as indices. */
    Map<String, List<Integer>> indices() {
        return Map.of("buildkit", buildkit.executedIndices(), "legacy", legacy.executedIndices());
    }
}
