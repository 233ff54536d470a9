package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.ArgScope;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import dflint.syntax.Levenshtein;
import dflint.syntax.VariableExpander;
import dflint.syntax.Word;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The variables a stage's instructions see while BuildKit dispatches them:
 * what ARG and ENV defined earlier in the stage and in its FROM-parent stages,
 * plus PATH, which BuildKit always sets on Linux. ARG takes the --build-arg
 * value, else its default, else the global ARG of the same name; an ARG with
 * none of these is declared but has no value.
 *
 * <p>Rules get them from {@link #forEachUnit}, which walks the FROM tree depth
 * first with one mutable map and an undo log: a stage starts from its parent's
 * end without a copy, so a chain of thousands of stages, each adding a variable,
 * costs time and memory in proportion to the file rather than its square.
 */
final class StageVariables {
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final StageGraph graph;
    private final char escape;
    private final Map<String, String> buildArgs;
    /** Defined names; null: declared without a value. */
    private final HashMap<String, String> values = new HashMap<>();
    /** The names ENV set; an ARG of the same name does not change them. */
    private final Set<String> envNames = new HashSet<>();
    /** Every change, so that {@link #rollback} can take the map back to an earlier {@link #mark}. */
    private final ArrayList<Change> changes = new ArrayList<>();
    /** {@link #values} as the expander's lookup. */
    private final Function<String, String> lookup = Lookup.of(values);

    /** What a name was before a change: defined or not, its value, whether ENV had set it. */
    private record Change(String name, boolean wasDefined, String oldValue, boolean wasEnv) {}

    private StageVariables(RuleContext cx) {
        this.graph = cx.graph();
        this.escape = cx.file().escape();
        this.buildArgs = cx.options().buildArgs();
        values.put("PATH", DEFAULT_PATH);
    }

    /** A rule's look at one dispatched unit, with the variables at the unit's start; it may apply instructions as it goes. */
    interface UnitVisitor {
        void visit(DispatchScope.Unit unit, StageVariables vars);
    }

    /**
     * Calls {@code visitor} for every unit {@link DispatchScope#units} dispatches, each with the
     * variables at its start: fresh ones for the instructions before the first FROM, else its FROM
     * parent's at that stage's end. Whatever the visitor applies is undone afterwards, and the
     * stage's own instructions are applied here for the stages built on it. Units come in
     * depth-first order of the FROM tree, roots and children in file order.
     */
    static void forEachUnit(RuleContext cx, UnitVisitor visitor) {
        List<DispatchScope.Unit> units = DispatchScope.units(cx);
        List<Stage> stages = cx.graph().stages();
        DispatchScope.Unit[] unitOf = new DispatchScope.Unit[stages.size()];
        StageVariables vars = new StageVariables(cx);
        for (DispatchScope.Unit u : units) {
            if (u.stage() != null) {
                unitOf[u.stage().index()] = u;
            } else {
                int m = vars.mark();
                visitor.visit(u, vars);
                vars.rollback(m);
            }
        }
        // children in file order; a stage whose FROM names no earlier stage is a root
        List<List<Stage>> children = new ArrayList<>(stages.size());
        List<Stage> roots = new ArrayList<>();
        for (int k = 0; k < stages.size(); k++) children.add(null);
        for (Stage s : stages) {
            Stage parent = cx.graph().parent(s);
            if (parent != null) {
                if (children.get(parent.index()) == null) children.set(parent.index(), new ArrayList<>());
                children.get(parent.index()).add(s);
            } else {
                roots.add(s);
            }
        }
        // iterative: the depth comes from the file
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        for (Stage root : roots) {
            stack.push(enter(root, vars, unitOf, visitor, children.get(root.index()) != null));
            while (!stack.isEmpty()) {
                Frame top = stack.peek();
                List<Stage> kids = children.get(top.stage.index());
                if (kids != null && top.next < kids.size()) {
                    Stage kid = kids.get(top.next++);
                    stack.push(enter(kid, vars, unitOf, visitor, children.get(kid.index()) != null));
                } else {
                    stack.pop();
                    vars.rollback(top.start);
                }
            }
        }
    }

    /** A port word of an EXPOSE as written, and its value with the stage's variables expanded. */
    record ExposedPort(Word written, String expanded) {}

    /** Every port of every EXPOSE in a dispatched stage, in walk order (the two EXPOSE rules read them alike). */
    static List<ExposedPort> exposedPorts(RuleContext cx) {
        List<ExposedPort> out = new ArrayList<>();
        forEachUnit(cx, new UnitVisitor() {
            @Override
            public void visit(DispatchScope.Unit u, StageVariables vars) {
                if (u.stage() == null) return;
                for (Instruction i : u.instructions()) {
                    if (i instanceof Instruction.Expose e) {
                        for (Word w : e.ports()) out.add(new ExposedPort(w, vars.expand(w.value()).value()));
                    }
                    vars.apply(i);
                }
            }
        });
        return out;
    }

    /** A stage on the walk's stack: where the undo log stood at its start, and which child comes next. */
    private static final class Frame {
        final Stage stage;
        final int start;
        int next;

        Frame(Stage stage, int start) {
            this.stage = stage;
            this.start = start;
        }
    }

    /**
     * Visits the stage (when dispatched) with the variables at its start, then, when stages are
     * built on it, leaves them at its end for those.
     */
    private static Frame enter(Stage s, StageVariables vars, DispatchScope.Unit[] unitOf, UnitVisitor visitor,
                               boolean hasChildren) {
        int start = vars.mark();
        DispatchScope.Unit u = unitOf[s.index()];
        if (u != null) {
            visitor.visit(u, vars);
            vars.rollback(start);
        }
        if (hasChildren) {
            for (Instruction i : s.instructions()) vars.apply(i);
        }
        return new Frame(s, start);
    }

    private int mark() {
        return changes.size();
    }

    private void rollback(int mark) {
        for (int k = changes.size() - 1; k >= mark; k--) {
            Change c = changes.remove(k);
            if (c.wasDefined()) values.put(c.name(), c.oldValue());
            else values.remove(c.name());
            if (c.wasEnv()) envNames.add(c.name());
            else envNames.remove(c.name());
        }
    }

    private void set(String name, String value, boolean env) {
        changes.add(new Change(name, values.containsKey(name), values.get(name), envNames.contains(name)));
        values.put(name, value);
        if (env) envNames.add(name);
    }

    boolean isDefined(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when the name is undefined or declared without a value. */
    String value(String name) {
        return values.get(name);
    }

    VariableExpander.Expansion expand(String word) {
        return VariableExpander.expand(word, escape, lookup);
    }

    /**
     * The closest defined name within edit distance 2, or null (also once {@code budget} is spent).
     * Among equally close names the alphabetically first wins, so the answer does not depend on
     * the order of the map.
     */
    String suggest(String name, Levenshtein.Budget budget) {
        String best = null;
        int bestDistance = 3;
        for (String c : values.keySet()) {
            if (c.equals(name)) continue;
            if (!budget.spend()) return null;
            // a bound one past the best so far makes a tie exact
            int d = Levenshtein.distance(name, c, best == null ? 3 : bestDistance + 1);
            if (d < 3 && (best == null || d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Records what an ARG or ENV defines; other instructions change nothing. */
    void apply(Instruction i) {
        if (i instanceof Instruction.Arg arg) {
            for (Instruction.KeyValue kv : arg.args()) applyArg(kv);
        } else if (i instanceof Instruction.Env env) {
            // every pair of one ENV is expanded with the variables from before the instruction
            List<String[]> pairs = new ArrayList<>();
            for (Instruction.KeyValue kv : env.pairs()) {
                String key = expand(kv.key().value()).value();
                String value = kv.value() == null ? "" : expand(kv.value().value()).value();
                pairs.add(new String[] {key, value});
            }
            for (String[] p : pairs) set(p[0], p[1], true);
        }
    }

    /** One ARG key; the defaults of a multi-key ARG see the keys before them. */
    void applyArg(Instruction.KeyValue kv) {
        String name = kv.name();
        String value;
        if (buildArgs.containsKey(name)) {
            value = buildArgs.get(name);
        } else if (kv.value() != null) {
            value = expand(kv.value().value()).value();
        } else {
            ArgScope global = graph.args();
            value = global.isDeclared(name) ? global.value(name) : null;
        }
        // an ENV of the same name keeps its value: ENV wins over ARG
        if (envNames.contains(name)) return;
        set(name, value, false);
    }
}
