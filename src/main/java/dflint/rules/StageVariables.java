package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.ArgScope;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import dflint.syntax.Levenshtein;
import dflint.syntax.VariableExpander;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a stage's instructions see while BuildKit dispatches them:
 * what ARG and ENV defined earlier in the stage and in its FROM-parent stages,
 * plus PATH, which BuildKit always sets on Linux. ARG takes the --build-arg
 * value, else its default, else the global ARG of the same name; an ARG with
 * none of these is declared but has no value. Mutable: take a stage's start from
 * {@link #starts} and walk the stage with {@link #apply} after checking each
 * instruction.
 */
final class StageVariables {
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final StageGraph graph;
    private final char escape;
    private final Map<String, String> buildArgs;
    /** Defined names in definition order; a null value means declared without a value. */
    private final Map<String, String> values = new LinkedHashMap<>();
    /** The names ENV set; an ARG of the same name does not change them. */
    private final Set<String> envNames = new HashSet<>();

    private StageVariables(RuleContext cx) {
        this(cx.graph(), cx.file().escape(), cx.options().buildArgs());
    }

    private StageVariables(StageGraph graph, char escape, Map<String, String> buildArgs) {
        this.graph = graph;
        this.escape = escape;
        this.buildArgs = buildArgs;
        values.put("PATH", DEFAULT_PATH);
    }

    /** The variables at the start of every stage, computed once in file order (parents come first). */
    static final class Starts {
        private final RuleContext cx;
        private final StageVariables[] atStart;

        private Starts(RuleContext cx) {
            this.cx = cx;
            List<Stage> stages = cx.graph().stages();
            this.atStart = new StageVariables[stages.size()];
            StageVariables[] atEnd = new StageVariables[stages.size()];
            for (Stage s : stages) {
                int p = s.parentIndex();
                StageVariables v = p >= 0 && p < s.index() ? atEnd[p].copy() : new StageVariables(cx);
                atStart[s.index()] = v.copy();
                for (Instruction i : s.instructions()) v.apply(i);
                atEnd[s.index()] = v;
            }
        }

        /** A fresh, mutable copy of the variables at the start of the stage (null: before any FROM). */
        StageVariables at(Stage stage) {
            return stage == null ? new StageVariables(cx) : atStart[stage.index()].copy();
        }
    }

    static Starts starts(RuleContext cx) {
        return new Starts(cx);
    }

    private StageVariables copy() {
        StageVariables c = new StageVariables(graph, escape, buildArgs);
        c.values.clear();
        c.values.putAll(values);
        c.envNames.addAll(envNames);
        return c;
    }

    boolean isDefined(String name) {
        return values.containsKey(name);
    }

    /** The value, or null when the name is undefined or declared without a value. */
    String value(String name) {
        return values.get(name);
    }

    Set<String> names() {
        return values.keySet();
    }

    VariableExpander.Expansion expand(String word) {
        return VariableExpander.expand(word, escape, values::get);
    }

    /** The closest defined name within edit distance 2, or null (also once {@code budget} is spent). */
    String suggest(String name, Levenshtein.Budget budget) {
        return Levenshtein.closest(name, values.keySet(), 3, budget);
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
            for (String[] p : pairs) {
                values.remove(p[0]);
                values.put(p[0], p[1]);
                envNames.add(p[0]);
            }
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
        values.put(name, value);
    }
}
