package dflint.graph;

import dflint.syntax.BuildkitLexer;
import dflint.syntax.Dockerfile;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.Levenshtein;
import dflint.syntax.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The stages of one Dockerfile and every reference between them, resolved the
 * way BuildKit resolves them. Built once per file ({@link #build}); immutable;
 * rules get the shared instance from {@code RuleContext.graph()}.
 *
 * <h2>What to ask it</h2>
 * <ul>
 *   <li>{@link #stages()}, {@link #stage(int)}: every FROM, indexed from 0 in file order.</li>
 *   <li>{@link #stageOf(Instruction)}: the stage an instruction (or ONBUILD trigger) belongs to;
 *       null before the first FROM.</li>
 *   <li>{@link #parentChain(Stage)}: the stage, its FROM parent stage, that one's parent, ...
 *       (for SHELL/USER/WORKDIR/ENV inheritance); {@link #rootBase(Stage)} is the image at the end
 *       of the chain.</li>
 *   <li>{@link #targets()}: the stages being built ({@code --target}, else the last stage);
 *       {@link #unknownTargets()} lists targets that name no stage.</li>
 *   <li>{@link #inTargetImage(Stage)}: a target or a FROM-ancestor of one, i.e. its files and
 *       settings end up in a final image. {@link #isCopySourceOnly(Stage)}: reached only through
 *       {@code COPY --from} or mounts.</li>
 *   <li>{@link #possibleTargets()}: every stage some build may target, not only this one (see
 *       below); {@link #isReachableFromPossibleTarget(Stage)}, {@link #inPossibleImage(Stage)};
 *       {@link #knownTargets()} and {@link #targetSources(Stage)} say where each target came from.</li>
 *   <li>{@link #isReachable(Stage)}: a build of the targets executes it under BuildKit (closure over
 *       FROM parents, --from, mounts and inherited ONBUILD triggers).</li>
 *   <li>{@link #refs()}: every {@link StageRef} (FROM, COPY/ADD --from, RUN --mount from=, ONBUILD),
 *       each resolved to a stage, an image, scratch or an error.</li>
 *   <li>{@link #cycleRefs()}, {@link #cycleStage()}: circular --from/mount dependencies and the stage
 *       BuildKit's error names.</li>
 *   <li>{@link #conversion()}: what BuildKit refuses while converting the file (bad substitutions,
 *       invalid images, platforms and mounts, ...), by stage.</li>
 *   <li>{@link #simulation()}: which stages BuildKit and the legacy builder execute, and what each
 *       would reject.</li>
 *   <li>{@link #graph()}: the JGraphT view (stages and external images as vertices, refs as edges).</li>
 * </ul>
 *
 * <h2>Targets: the one being built, and every possible one</h2>
 * {@link #targets()} is what this build builds: the requested targets, else the last stage; the
 * simulation and {@link #isReachable} follow it. A repository usually builds more than that, so
 * rules that judge a stage dead or a stage's files shipped ask about the <em>possible</em> targets:
 * <ul>
 *   <li>with <em>authoritative</em> targets (requested on the command line or in the
 *       configuration, else the file's {@code # dflint targets=a,b} pragma) exactly those;</li>
 *   <li>without: the last stage, every target discovered in the repository (bake, compose, CI,
 *       Makefiles, scripts: additive evidence, handed in by the caller and asked for only when it
 *       could change an answer), and every named stage nothing in the file uses, since such a
 *       stage is there to be built with {@code --target}, unless its name says it is a building
 *       block ({@link #isNamedAsBuildingBlock}). Unnamed stages cannot be targeted.</li>
 * </ul>
 */
public final class StageGraph {
    private final Dockerfile file;
    private final List<String> requestedTargets;
    /** The requested targets with where each came from; empty when none was requested. */
    private final List<TargetSource> requestedSources;
    /** A stage built as the target by index (dflint stages --all-targets), or -1. */
    private final int forcedTarget;
    /** Targets found in the repository; asked for at most once per question, and only when they could matter. */
    private final TargetDiscovery discovery;
    private List<TargetSource> discovered;
    private List<TargetSource> discoveredForAnswers;
    /** Argument name to whether the repository passes it as a build argument, for the names asked about. */
    private Map<String, Boolean> passedArgs;
    private List<TargetSource> pragmaTargets;
    private List<UnknownTarget> unknownPragmaTargets;
    private VariableFroms variableFroms;
    private BitSet referenced;
    private int[] firstUser;
    /** Possible targets, what they reach, and their FROM-ancestors: without discovery, then with it. */
    private Possible inferredPossible;
    private Possible possible;
    private final Map<String, String> buildArgs;
    private final ArgScope args;
    private final List<Stage> stages;
    /** Lower-cased stage name to the indices of the stages with it, ascending. */
    private final Map<String, List<Integer>> byName = new HashMap<>();
    private final Map<Instruction, Stage> stageOf;
    /** Shared by this file's did-you-mean searches for stage names. */
    private final Levenshtein.Budget suggestBudget = new Levenshtein.Budget();
    private List<String> stageNames;
    private final List<StageRef> refs;
    private final List<Stage> targets;
    private final List<String> unknownTargets;
    private final BitSet reachable;
    private int[] rootIndex;
    private Map<Instruction, StageRef> copySources;
    private BitSet chainHasInstructions;
    private BitSet reachableForSomeArgs;
    private final BitSet inTargetImage;
    private final List<StageRef> cycleRefs;
    private final Map<StageRef, Boolean> cycleRefSet = new IdentityHashMap<>();
    private int[] componentOf;
    private int[] componentSize;
    private final Stage cycleStage;
    private Graph<Vertex, StageRef> graph;
    private BuildSimulation simulation;
    private Conversion conversion;

    private StageGraph(Dockerfile file, List<TargetSource> requested, int forcedTarget, Map<String, String> buildArgs,
                       TargetDiscovery discovery) {
        this.file = file;
        this.requestedSources = List.copyOf(requested);
        this.discovery = discovery;
        this.buildArgs = Map.copyOf(buildArgs);
        List<Instruction.From> froms = new ArrayList<>();
        for (Instruction i : file.instructions()) {
            if (i instanceof Instruction.From f) froms.add(f);
        }
        this.forcedTarget = forcedTarget >= 0 && forcedTarget < froms.size() ? forcedTarget : -1;
        List<String> names = new ArrayList<>();
        if (this.forcedTarget >= 0) {
            String n = lower(froms.get(this.forcedTarget).stageNameOrNull());
            if (n != null) names.add(n);
        } else {
            for (TargetSource t : requestedSources) names.add(t.name());
        }
        this.requestedTargets = List.copyOf(names);
        // TARGETSTAGE is the requested target or the last stage's name
        String targetStage = this.forcedTarget >= 0
                ? (requestedTargets.isEmpty() ? "stage-" + this.forcedTarget : requestedTargets.get(0))
                : requestedTargets.isEmpty()
                ? (froms.isEmpty() ? null : lower(froms.get(froms.size() - 1).stageNameOrNull()))
                : requestedTargets.get(0);
        this.args = ArgScope.global(file, this.buildArgs, targetStage, true);
        this.stageOf = new IdentityHashMap<>();
        this.stages = splitStages();
        for (Stage st : stages) {
            if (st.name() == null) continue;
            List<Integer> same = byName.get(st.name());
            if (same == null) byName.put(st.name(), same = new ArrayList<>());
            same.add(st.index());
        }
        List<StageRef> all = new ArrayList<>();
        for (Stage s : stages) resolveStage(s, all);
        this.refs = Collections.unmodifiableList(all);

        this.targets = new ArrayList<>();
        this.unknownTargets = new ArrayList<>();
        if (this.forcedTarget >= 0) {
            targets.add(stages.get(this.forcedTarget));
        } else {
            for (String t : this.requestedTargets) {
                Stage s = findByName(t);
                if (s == null) unknownTargets.add(t);
                else if (!targets.contains(s)) targets.add(s);
            }
        }
        if (targets.isEmpty() && unknownTargets.isEmpty() && !stages.isEmpty()) {
            targets.add(stages.get(stages.size() - 1));
        }
        this.reachable = closure(targets, true);
        this.inTargetImage = new BitSet();
        for (Stage t : targets) {
            for (Stage s : parentChain(t)) inTargetImage.set(s.index());
        }
        this.cycleRefs = new ArrayList<>();
        this.cycleStage = findCycles();
    }

    /** Builds the graph for a file; {@code targets} empty means the last stage. Never throws on odd input. */
    public static StageGraph build(Dockerfile file, List<String> targets, Map<String, String> buildArgs) {
        List<TargetSource> requested = new ArrayList<>(targets.size());
        for (String t : targets) requested.add(new TargetSource(t, TargetSource.COMMAND_LINE));
        return new StageGraph(file, requested, -1, buildArgs, null);
    }

    /**
     * Builds the graph for a file. {@code requested} (with where each came from) empty means the
     * last stage; {@code discovery}, which may be null, supplies the targets found in the
     * repository around the file and is called at most once, only when an answer depends on it.
     */
    public static StageGraph build(Dockerfile file, List<TargetSource> requested, Map<String, String> buildArgs,
                                   TargetDiscovery discovery) {
        return new StageGraph(file, requested, -1, buildArgs, discovery);
    }

    /**
     * The graph with one stage as the target, chosen by index: also an unnamed stage, or one whose
     * name a later stage reuses, which {@code --target} cannot choose (for every-target views).
     */
    public static StageGraph buildForStage(Dockerfile file, int stage, Map<String, String> buildArgs,
                                           TargetDiscovery discovery) {
        return new StageGraph(file, List.of(), stage, buildArgs, discovery);
    }

    public static StageGraph build(Dockerfile file) {
        return build(file, List.of(), Map.of());
    }

    // ---------------------------------------------------------------- construction

    private List<Stage> splitStages() {
        List<Stage> out = new ArrayList<>();
        List<Instruction> ins = file.instructions();
        int i = 0;
        while (i < ins.size() && !(ins.get(i) instanceof Instruction.From)) i++;
        while (i < ins.size()) {
            Instruction.From from = (Instruction.From) ins.get(i);
            int j = i + 1;
            List<Instruction> body = new ArrayList<>();
            while (j < ins.size() && !(ins.get(j) instanceof Instruction.From)) body.add(ins.get(j++));
            SourceRange range = body.isEmpty() ? from.range() : from.range().to(body.get(body.size() - 1).range());
            Stage s = new Stage(out.size(), from, body, range);
            stageOf.put(from, s);
            for (Instruction b : body) {
                stageOf.put(b, s);
                if (b instanceof Instruction.Onbuild ob && ob.trigger() != null) stageOf.put(ob.trigger(), s);
            }
            out.add(s);
            i = j;
        }
        return Collections.unmodifiableList(out);
    }

    private void resolveStage(Stage s, List<StageRef> all) {
        List<StageRef> own = new ArrayList<>();
        StageRef parent = resolveFrom(s);
        s.parentRef = parent;
        own.add(parent);
        for (Instruction i : s.instructions()) addRefs(s.index(), i, i, null, own);
        // ONBUILD triggers of a parent stage run at the start of this one
        if (parent.isStage()) {
            for (Instruction i : stages.get(parent.stage()).instructions()) {
                if (i instanceof Instruction.Onbuild ob && ob.trigger() != null) {
                    addRefs(s.index(), ob.trigger(), ob, StageRef.Kind.ONBUILD, own);
                }
            }
        }
        s.refs = List.copyOf(own);
        all.addAll(own);
    }

    private StageRef resolveFrom(Stage s) {
        Instruction.From from = s.from();
        if (from.image() == null) {
            return new StageRef(StageRef.Kind.PARENT, s.index(), from, from.range(), "", "",
                    StageRef.Target.ERROR, -1, false, StageRef.Problem.BLANK_BASE,
                    "base name () should not be blank", StageRef.Kind.PARENT);
        }
        String raw = from.image().value();
        String expanded = args.expand(raw, file.escape()).value();
        SourceRange r = from.image().range();
        if (expanded.isEmpty()) {
            return new StageRef(StageRef.Kind.PARENT, s.index(), from, r, raw, expanded, StageRef.Target.ERROR, -1,
                    false, StageRef.Problem.BLANK_BASE, "base name (" + raw + ") should not be blank", StageRef.Kind.PARENT);
        }
        // exact comparison with the lower-cased names of earlier stages; the latest definition wins
        int k = latestBefore(byName.get(expanded), s.index());
        if (k >= 0) {
            return new StageRef(StageRef.Kind.PARENT, s.index(), from, r, raw, expanded, StageRef.Target.STAGE, k,
                    false, StageRef.Problem.NONE, null, StageRef.Kind.PARENT);
        }
        StageRef.Target t = expanded.equals("scratch") ? StageRef.Target.SCRATCH : StageRef.Target.IMAGE;
        return new StageRef(StageRef.Kind.PARENT, s.index(), from, r, raw, expanded, t, -1, false,
                StageRef.Problem.NONE, null, StageRef.Kind.PARENT);
    }

    private void addRefs(int owner, Instruction i, Instruction reported, StageRef.Kind onbuild, List<StageRef> out) {
        if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
            Flag f = i.node().flag("from");
            if (f == null) return;
            StageRef.Kind k = i instanceof Instruction.Copy ? StageRef.Kind.COPY_FROM : StageRef.Kind.ADD_FROM;
            StageRef r = resolveCopyFrom(owner, f, reported, onbuild != null ? onbuild : k, k);
            if (onbuild == null) loose(r);
            out.add(r);
        } else if (i instanceof Instruction.Run) {
            for (Flag f : i.node().flags()) {
                if (!f.name().equals("mount") || f.value() == null) continue;
                String from = mountOption(f.value(), "from");
                StageRef.Sourceless sourceless = StageRef.Sourceless.NO;
                if (from == null || from.isEmpty()) {
                    // BuildKit counts every mount without a source (whatever its type, which may be a
                    // variable) as reading "scratch": a dependency on a stage of that name if there is one
                    if (findByName("scratch") == null) {
                        if (onbuild == null) looseImages.add("scratch");
                        continue;
                    }
                    from = "scratch";
                    String type = mountOption(f.value(), "type");
                    sourceless = type != null && type.equalsIgnoreCase("cache") ? StageRef.Sourceless.CACHE : StageRef.Sourceless.OTHER;
                }
                StageRef r = resolveMountFrom(owner, f, from, reported, onbuild != null ? onbuild : StageRef.Kind.MOUNT_FROM,
                        sourceless);
                if (onbuild == null) loose(r);
                out.add(r);
            }
        }
    }

    /**
     * Images BuildKit appends to its list of stages as it reads each --from and mount source that
     * names no stage, in file order: a numeric --from past the last stage may name one of them.
     */
    private final List<String> looseImages = new ArrayList<>();

    private void loose(StageRef r) {
        if (!r.byIndex() && (r.target() == StageRef.Target.IMAGE || r.target() == StageRef.Target.SCRATCH)) looseImages.add(r.raw());
    }

    private StageRef resolveCopyFrom(int owner, Flag f, Instruction reported, StageRef.Kind kind, StageRef.Kind triggerKind) {
        String v = f.value() == null ? "" : f.value();
        // BuildKit expands the flag's value (quotes already removed) with no variables and refuses any change
        BuildkitLexer.Result probe = new BuildkitLexer(file.escape()).process(v, BuildkitLexer.EMPTY);
        if (!probe.ok() || !probe.value().equals(v)) {
            String error = probe.ok()
                    ? "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"
                    : probe.error();
            return new StageRef(kind, owner, reported, f.range(), v, v, StageRef.Target.ERROR, -1, false,
                    StageRef.Problem.VARIABLE, error, triggerKind);
        }
        Long n = goAtoi(v);
        if (n != null) {
            if (n >= stages.size() && n - stages.size() < looseImages.size()) {
                String image = looseImages.get((int) (n - stages.size()));
                StageRef.Target t = image.equals("scratch") ? StageRef.Target.SCRATCH : StageRef.Target.IMAGE;
                return new StageRef(kind, owner, reported, f.range(), v, image, t, -1, true, StageRef.Problem.NONE, null,
                        triggerKind);
            }
            if (n < 0 || n >= stages.size()) {
                return new StageRef(kind, owner, reported, f.range(), v, v, StageRef.Target.ERROR, -1, true,
                        StageRef.Problem.INDEX_OUT_OF_RANGE, "invalid stage index " + v, triggerKind);
            }
            return new StageRef(kind, owner, reported, f.range(), v, v, StageRef.Target.STAGE, n.intValue(), true,
                    StageRef.Problem.NONE, null, triggerKind);
        }
        Stage s = findByName(v);
        if (s != null) {
            return new StageRef(kind, owner, reported, f.range(), v, v, StageRef.Target.STAGE, s.index(), false,
                    StageRef.Problem.NONE, null, triggerKind);
        }
        StageRef.Target t = v.equals("scratch") ? StageRef.Target.SCRATCH : StageRef.Target.IMAGE;
        return new StageRef(kind, owner, reported, f.range(), v, v, t, -1, false, StageRef.Problem.NONE, null, triggerKind);
    }

    private StageRef resolveMountFrom(int owner, Flag f, String from, Instruction reported, StageRef.Kind kind,
                                      StageRef.Sourceless sourceless) {
        int dollar = from.indexOf('$');
        if (dollar >= 0 && dollar < from.length() - 1) {
            return new StageRef(kind, owner, reported, f.range(), from, from, StageRef.Target.ERROR, -1, false,
                    StageRef.Problem.VARIABLE, "'from' doesn't support variable expansion, define alias stage instead",
                    StageRef.Kind.MOUNT_FROM);
        }
        Stage s = findByName(from);
        if (s != null) {
            return new StageRef(kind, owner, reported, f.range(), from, from, StageRef.Target.STAGE, s.index(), false,
                    StageRef.Problem.NONE, null, StageRef.Kind.MOUNT_FROM, sourceless);
        }
        StageRef.Target t = from.equals("scratch") ? StageRef.Target.SCRATCH : StageRef.Target.IMAGE;
        return new StageRef(kind, owner, reported, f.range(), from, from, t, -1, false, StageRef.Problem.NONE, null,
                StageRef.Kind.MOUNT_FROM);
    }

    /** One key of a {@code --mount} value (comma-separated key=value, keys case-insensitive); null if absent. */
    static String mountOption(String value, String key) {
        // keys are compared as written (BuildKit does not trim them); a repeated key: the last one counts
        String found = null;
        for (String field : splitCsv(value)) {
            int eq = field.indexOf('=');
            String k = (eq < 0 ? field : field.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (k.equals(key)) found = eq < 0 ? "" : field.substring(eq + 1);
        }
        return found;
    }

    private static List<String> splitCsv(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    /** Go's strconv.Atoi: optional sign, then decimal digits; null when it is not an integer. */
    static Long goAtoi(String v) {
        int i = 0;
        if (v.startsWith("+") || v.startsWith("-")) i = 1;
        if (i >= v.length() || v.length() - i > 18) return null;
        for (int k = i; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c < '0' || c > '9') return null;
        }
        return Long.parseLong(v.charAt(0) == '+' ? v.substring(1) : v);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** Stages reachable from the given ones over parent edges and (if deps) dependency edges. */
    private BitSet closure(List<Stage> from, boolean deps) {
        BitSet seen = new BitSet();
        Deque<Integer> work = new ArrayDeque<>();
        for (Stage s : from) {
            if (!seen.get(s.index())) {
                seen.set(s.index());
                work.add(s.index());
            }
        }
        while (!work.isEmpty()) {
            Stage s = stages.get(work.poll());
            for (StageRef r : s.refs()) {
                if (!r.isStage() || (!deps && r.isDependency())) continue;
                if (!seen.get(r.stage())) {
                    seen.set(r.stage());
                    work.add(r.stage());
                }
            }
        }
        return seen;
    }

    /** Stage indices each stage reads from over dependency edges (--from, mounts, ONBUILD), as BuildKit's cycle check walks. */
    private int[][] dependencyLists() {
        int[][] out = new int[stages.size()][];
        for (Stage s : stages) {
            int n = 0;
            for (StageRef r : s.refs()) if (r.isStage() && r.isDependency()) n++;
            int[] d = new int[n];
            n = 0;
            for (StageRef r : s.refs()) if (r.isStage() && r.isDependency()) d[n++] = r.stage();
            out[s.index()] = d;
        }
        return out;
    }

    /**
     * Strongly connected components over dependency edges (Tarjan's algorithm with an explicit
     * stack, so input depth never becomes recursion depth). Returns each stage's component id.
     */
    private static int[] components(int[][] deps) {
        int n = deps.length;
        int[] index = new int[n], low = new int[n], comp = new int[n], edge = new int[n];
        java.util.Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n], call = new int[n];
        int sp = 0, counter = 0, comps = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) continue;
            int cp = 0;
            call[cp++] = root;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            while (cp > 0) {
                int v = call[cp - 1];
                if (edge[v] < deps[v].length) {
                    int w = deps[v][edge[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    cp--;
                    if (cp > 0) low[call[cp - 1]] = Math.min(low[call[cp - 1]], low[v]);
                    if (low[v] == index[v]) {
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = comps;
                        } while (w != v);
                        comps++;
                    }
                }
            }
        }
        return comp;
    }

    private Stage findCycles() {
        int n = stages.size();
        if (n == 0) return null;
        int[][] deps = dependencyLists();
        int[] comp = components(deps);
        int[] size = new int[n];
        for (int c : comp) size[c]++;
        componentOf = comp;
        componentSize = size;
        BitSet onCycle = new BitSet();
        for (StageRef r : refs) {
            if (!r.isStage() || !r.isDependency()) continue;
            // an edge closes a cycle when both ends share a component (a self-reference is one too)
            if (r.stage() == r.owner() || (comp[r.stage()] == comp[r.owner()] && size[comp[r.owner()]] > 1)) {
                cycleRefs.add(r);
                cycleRefSet.put(r, Boolean.TRUE);
                onCycle.set(r.owner());
            }
        }
        if (onCycle.isEmpty()) return null;
        // the first stage in file order from which a cycle can be reached: walk the reversed edges
        List<List<Integer>> readers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) readers.add(new ArrayList<>());
        for (int i = 0; i < n; i++) for (int d : deps[i]) readers.get(d).add(i);
        BitSet reaches = (BitSet) onCycle.clone();
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = onCycle.nextSetBit(0); i >= 0; i = onCycle.nextSetBit(i + 1)) work.add(i);
        while (!work.isEmpty()) {
            for (int r : readers.get(work.poll())) {
                if (!reaches.get(r)) {
                    reaches.set(r);
                    work.add(r);
                }
            }
        }
        return stages.get(reaches.nextSetBit(0));
    }

    // ---------------------------------------------------------------- queries

    public Dockerfile file() {
        return file;
    }

    public ArgScope args() {
        return args;
    }

    public Map<String, String> buildArgs() {
        return buildArgs;
    }

    public List<String> requestedTargets() {
        return requestedTargets;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Stage stage(int index) {
        return stages.get(index);
    }

    public Stage lastStage() {
        return stages.isEmpty() ? null : stages.get(stages.size() - 1);
    }

    /** The stage an instruction belongs to (an ONBUILD trigger: the stage of its ONBUILD); null before the first FROM. */
    public Stage stageOf(Instruction instruction) {
        return stageOf.get(instruction);
    }

    /** Every reference in file order of stages: each stage's FROM, its own references, then inherited ONBUILD ones. */
    public List<StageRef> refs() {
        return refs;
    }

    /** BuildKit's lookup for --target, COPY --from and mounts: case-insensitive, the last definition wins. */
    public Stage findByName(String name) {
        if (name == null) return null;
        List<Integer> at = byName.get(name.toLowerCase(Locale.ROOT));
        return at == null ? null : stages.get(at.get(at.size() - 1));
    }

    /** The first stage with this name (case-insensitive), or null. */
    public Stage firstNamed(String name) {
        if (name == null) return null;
        List<Integer> at = byName.get(name.toLowerCase(Locale.ROOT));
        return at == null ? null : stages.get(at.get(0));
    }

    /** How many stages have this name (case-insensitive). */
    public int countNamed(String name) {
        if (name == null) return 0;
        List<Integer> at = byName.get(name.toLowerCase(Locale.ROOT));
        return at == null ? 0 : at.size();
    }

    /** The last stage before index {@code before} with this name (case-insensitive), or null. */
    public Stage namedBefore(String name, int before) {
        if (name == null) return null;
        int k = latestBefore(byName.get(name.toLowerCase(Locale.ROOT)), before);
        return k < 0 ? null : stages.get(k);
    }

    /** The first stage after index {@code after} with this name (case-insensitive), or null. */
    public Stage namedAfter(String name, int after) {
        if (name == null) return null;
        List<Integer> at = byName.get(name.toLowerCase(Locale.ROOT));
        if (at == null) return null;
        int pos = Collections.binarySearch(at, after + 1);
        if (pos < 0) pos = -pos - 1;
        return pos < at.size() ? stages.get(at.get(pos)) : null;
    }

    /** The largest index in an ascending list that is below {@code before}, or -1. */
    private static int latestBefore(List<Integer> at, int before) {
        if (at == null) return -1;
        int pos = Collections.binarySearch(at, before);
        if (pos < 0) pos = -pos - 1;
        return pos > 0 ? at.get(pos - 1) : -1;
    }

    /** The closest stage name within edit distance 2 (BuildKit's did-you-mean), or null. */
    public synchronized String suggestName(String name) {
        if (stageNames == null) {
            // gathered once: a rule may ask for every reference of a file with thousands of stages
            List<String> names = new ArrayList<>(stages.size());
            for (Stage s : stages) names.add(s.name());
            stageNames = names;
        }
        return Levenshtein.closest(name.toLowerCase(Locale.ROOT), stageNames, 3, suggestBudget);
    }

    /**
     * The stage {@code stage} is built FROM, or null for an image, scratch, or a FROM that names
     * no earlier stage (BuildKit resolves FROM only backwards, so parents always come first).
     */
    public Stage parent(Stage stage) {
        int p = stage.parentIndex();
        return p >= 0 && p < stage.index() ? stages.get(p) : null;
    }

    /** The stage, then its FROM parent stage, then that one's, ...; never loops (parents are earlier). */
    public List<Stage> parentChain(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage s = stage; s != null; s = parent(s)) out.add(s);
        return out;
    }

    /** The FROM reference at the end of the parent chain: the image (or scratch, or error) the stage is built on. */
    public StageRef rootBase(Stage stage) {
        return stages.get(rootIndex()[stage.index()]).parentRef();
    }

    /** For every stage, the index of the last stage of its parent chain; built once, parents first. */
    private synchronized int[] rootIndex() {
        if (rootIndex == null) {
            int[] root = new int[stages.size()];
            for (Stage s : stages) {
                Stage p = parent(s);
                root[s.index()] = p == null ? s.index() : root[p.index()];
            }
            rootIndex = root;
        }
        return rootIndex;
    }

    /** The COPY --from reference of a COPY (or an ONBUILD COPY), or null. */
    public synchronized StageRef copySource(Instruction copy) {
        if (copySources == null) {
            Map<Instruction, StageRef> m = new IdentityHashMap<>();
            for (StageRef r : refs) {
                if (r.kind() == StageRef.Kind.COPY_FROM) m.putIfAbsent(r.instruction(), r);
            }
            copySources = m;
        }
        return copySources.get(copy);
    }

    /** The stage or a stage of its parent chain has an instruction besides FROM: it is more than a renamed image. */
    public synchronized boolean chainHasInstructions(Stage stage) {
        if (chainHasInstructions == null) {
            BitSet b = new BitSet();
            for (Stage s : stages) {
                Stage p = parent(s);
                if (!s.instructions().isEmpty() || (p != null && b.get(p.index()))) b.set(s.index());
            }
            chainHasInstructions = b;
        }
        return chainHasInstructions.get(stage.index());
    }

    /** Stages whose FROM names this stage. */
    public List<Stage> children(Stage stage) {
        List<Stage> out = new ArrayList<>();
        for (Stage s : stages) {
            if (s.parentIndex() == stage.index()) out.add(s);
        }
        return out;
    }

    /** References (other than FROM) from other stages that read from this stage. */
    public List<StageRef> dependents(Stage stage) {
        List<StageRef> out = new ArrayList<>();
        for (StageRef r : refs) {
            if (r.isDependency() && r.isStage() && r.stage() == stage.index()) out.add(r);
        }
        return out;
    }

    /** The stages being built: resolved --target names, else the last stage. */
    public List<Stage> targets() {
        return Collections.unmodifiableList(targets);
    }

    /** Requested targets that match no stage name. */
    public List<String> unknownTargets() {
        return Collections.unmodifiableList(unknownTargets);
    }

    /** BuildKit's error for an unknown target, with its did-you-mean. */
    public String unknownTargetMessage(String target) {
        String s = suggestName(target);
        return "target stage \"" + target + "\" could not be found" + (s == null ? "" : " (did you mean " + s + "?)");
    }

    public boolean isTarget(Stage s) {
        return targets.contains(s);
    }

    /** A build of the targets executes this stage under BuildKit. */
    public boolean isReachable(Stage s) {
        return reachable.get(s.index());
    }

    /** Name matches one file's reachability may try; thousands of distinct FROM patterns stay bounded. */
    static final long GLOB_BUDGET = 5_000_000;

    /**
     * Reachable under some choice of build args: like {@link #isReachable}, but a FROM whose
     * argument uses a variable ({@code FROM build-${VARIANT}}) may also lead to every earlier stage
     * whose name fits the rest of the word. Stages picked by a build arg are not dead code.
     */
    public synchronized boolean isReachableForSomeArgs(Stage s) {
        if (reachableForSomeArgs == null) reachableForSomeArgs = closureForSomeArgs(indexSet(targets), true);
        return reachableForSomeArgs.get(s.index());
    }

    private static BitSet indexSet(List<Stage> stages) {
        BitSet b = new BitSet();
        for (Stage s : stages) b.set(s.index());
        return b;
    }

    /**
     * For every stage whose FROM uses a variable, the earlier named stages that FROM may name
     * with some build args. Stages sharing a pattern share one ascending list of matches; a
     * stage's own candidates are the part of it before the stage, so the lists stay linear in
     * the file even when every FROM is {@code $IMAGE}.
     */
    private static final class VariableFroms {
        /** Per stage: the index of its FROM pattern, or -1 when its FROM has no variable. */
        final int[] patternOf;
        /** Per stage: how many of its pattern's matches lie before it. */
        final int[] candidates;
        /** Per pattern: the stage indices whose names match it, ascending. */
        final List<int[]> matches = new ArrayList<>();
        final int[] matchCount;
        /** Past the budget nothing is known: every stage counts as reachable. */
        final boolean overBudget;

        VariableFroms(List<Stage> stages) {
            int n = stages.size();
            patternOf = new int[n];
            candidates = new int[n];
            java.util.Arrays.fill(patternOf, -1);
            Map<String, Integer> ids = new HashMap<>();
            List<Integer> scanned = new ArrayList<>();
            List<int[]> lists = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            long budget = GLOB_BUDGET;
            boolean over = false;
            for (Stage cur : stages) {
                String raw = cur.baseAsWritten();
                if (raw == null || raw.indexOf('$') < 0) continue;
                String pattern = variablesAsWildcards(raw);
                Integer id = ids.get(pattern);
                if (id == null) {
                    id = lists.size();
                    ids.put(pattern, id);
                    lists.add(new int[4]);
                    sizes.add(0);
                    scanned.add(0);
                }
                int[] list = lists.get(id);
                int size = sizes.get(id);
                // stages below the mark were matched against this pattern already
                for (int k = scanned.get(id); k < cur.index(); k++) {
                    String name = stages.get(k).name();
                    if (name == null) continue;
                    if (--budget < 0) {
                        over = true;
                        break;
                    }
                    if (BaseImageTable.glob(pattern, name)) {
                        if (size == list.length) list = java.util.Arrays.copyOf(list, size * 2);
                        list[size++] = k;
                    }
                }
                if (over) break;
                lists.set(id, list);
                sizes.set(id, size);
                scanned.set(id, cur.index());
                patternOf[cur.index()] = id;
                candidates[cur.index()] = size;
            }
            matches.addAll(lists);
            matchCount = new int[sizes.size()];
            for (int i = 0; i < matchCount.length; i++) matchCount[i] = sizes.get(i);
            overBudget = over;
        }
    }

    private synchronized VariableFroms variableFroms() {
        if (variableFroms == null) variableFroms = new VariableFroms(stages);
        return variableFroms;
    }

    /**
     * Stages reachable from the given ones under some build args: over FROM parents (and, if
     * {@code deps}, --from, mounts and ONBUILD triggers) and over variable FROMs to every stage
     * they may name. Past the matching budget, every stage.
     */
    private BitSet closureForSomeArgs(BitSet from, boolean deps) {
        VariableFroms v = variableFroms();
        BitSet seen = new BitSet();
        if (v.overBudget) {
            // never call a stage dead on a guess
            seen.set(0, stages.size());
            return seen;
        }
        // per pattern, how many of its matches are queued already: a pattern shared by many
        // stages is walked once in all, not once per stage
        int[] queued = new int[v.matchCount.length];
        Deque<Integer> work = new ArrayDeque<>();
        for (int i = from.nextSetBit(0); i >= 0; i = from.nextSetBit(i + 1)) {
            seen.set(i);
            work.add(i);
        }
        while (!work.isEmpty()) {
            Stage cur = stages.get(work.poll());
            for (StageRef r : cur.refs()) {
                if (!r.isStage() || (!deps && r.isDependency()) || seen.get(r.stage())) continue;
                seen.set(r.stage());
                work.add(r.stage());
            }
            int p = v.patternOf[cur.index()];
            if (p < 0) continue;
            int[] list = v.matches.get(p);
            for (int k = queued[p]; k < v.candidates[cur.index()]; k++) {
                if (!seen.get(list[k])) {
                    seen.set(list[k]);
                    work.add(list[k]);
                }
            }
            queued[p] = Math.max(queued[p], v.candidates[cur.index()]);
        }
        return seen;
    }

    /** {@code build-${VARIANT}} becomes {@code build-*}: each variable reference matches anything. */
    static String variablesAsWildcards(String word) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (c == '$' && i + 1 < word.length() && word.charAt(i + 1) == '{') {
                int close = word.indexOf('}', i + 2);
                i = close < 0 ? word.length() : close + 1;
                if (b.length() == 0 || b.charAt(b.length() - 1) != '*') b.append('*');
            } else if (c == '$' && i + 1 < word.length() && (Character.isLetter(word.charAt(i + 1)) || word.charAt(i + 1) == '_')) {
                i++;
                while (i < word.length() && (Character.isLetterOrDigit(word.charAt(i)) || word.charAt(i) == '_')) i++;
                if (b.length() == 0 || b.charAt(b.length() - 1) != '*') b.append('*');
            } else {
                b.append(Character.toLowerCase(c));
                i++;
            }
        }
        return b.toString();
    }

    /** The stage is a target or a FROM-ancestor of one: what it does ends up in a target image. */
    public boolean inTargetImage(Stage s) {
        return inTargetImage.get(s.index());
    }

    /** Reached by a build of the targets, but only as a COPY --from or mount source. */
    public boolean isCopySourceOnly(Stage s) {
        return isReachable(s) && !inTargetImage(s);
    }

    // ---------------------------------------------------------------- possible targets

    /** A target named in a {@code # dflint targets=} pragma that no stage of the file has. */
    public record UnknownTarget(String name, SourceRange range) {}

    /** The stage chosen by index as the target ({@link #buildForStage}), or null. */
    public Stage forcedTarget() {
        return forcedTarget >= 0 ? stages.get(forcedTarget) : null;
    }

    /** The requested targets (command line or configuration) with where each came from. */
    public List<TargetSource> requestedTargetSources() {
        return requestedSources;
    }

    /** Targets listed in the file's {@code # dflint targets=a,b} pragmas, in file order. */
    public synchronized List<TargetSource> pragmaTargets() {
        if (pragmaTargets == null) readPragmas();
        return pragmaTargets;
    }

    /** Pragma targets that name no stage, with the comment that names them. */
    public synchronized List<UnknownTarget> unknownPragmaTargets() {
        if (pragmaTargets == null) readPragmas();
        return unknownPragmaTargets;
    }

    private void readPragmas() {
        List<TargetSource> out = new ArrayList<>();
        List<UnknownTarget> unknown = new ArrayList<>();
        String where = fileName();
        for (dflint.syntax.Comment c : file.comments()) {
            List<String> names = targetsPragma(c.text());
            if (names == null) continue;
            for (String n : names) {
                out.add(new TargetSource(n, where + ":" + c.range().startLine() + " (pragma)"));
                if (findByName(n) == null) unknown.add(new UnknownTarget(n, c.range()));
            }
        }
        pragmaTargets = List.copyOf(out);
        unknownPragmaTargets = List.copyOf(unknown);
    }

    /** The file's name without its folders, as a target's source names it. */
    private String fileName() {
        String p = file.path() == null ? "Dockerfile" : file.path();
        int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return slash >= 0 && slash < p.length() - 1 ? p.substring(slash + 1) : p;
    }

    /**
     * The names of a {@code dflint targets=a,b} comment (the text after '#'), or null when the
     * comment is something else. Spaces may surround '=' and the commas.
     */
    static List<String> targetsPragma(String text) {
        String t = text.strip();
        if (!t.regionMatches(true, 0, "dflint", 0, 6) || t.length() == 6 || !Character.isWhitespace(t.charAt(6))) return null;
        t = t.substring(6).strip();
        if (!t.regionMatches(true, 0, "targets", 0, 7)) return null;
        t = t.substring(7).strip();
        if (!t.startsWith("=")) return null;
        List<String> names = new ArrayList<>();
        for (String part : t.substring(1).split(",")) {
            String n = part.strip();
            int end = 0;
            while (end < n.length() && !Character.isWhitespace(n.charAt(end))) end++;
            // a word after the names is a reason, as in ignore pragmas
            if (end > 0) names.add(n.substring(0, end));
            if (end < n.length()) break;
        }
        return names.isEmpty() ? null : names;
    }

    /** True when the build's targets are given by the user (command line, configuration or pragma). */
    public boolean hasAuthoritativeTargets() {
        return forcedTarget >= 0 || !requestedSources.isEmpty() || !pragmaTargets().isEmpty();
    }

    /** The user's targets: requested ones, else the pragma's; empty when there are none. */
    public List<TargetSource> authoritativeTargets() {
        if (forcedTarget >= 0) {
            return List.of(new TargetSource(stages.get(forcedTarget).name(), TargetSource.COMMAND_LINE));
        }
        return requestedSources.isEmpty() ? pragmaTargets() : requestedSources;
    }

    /** Every target found in the repository around the file (asks for them on first use). */
    public synchronized List<TargetSource> discoveredTargets() {
        if (discovered == null) discovered = ask(null);
        return discovered;
    }

    /** The targets found that could name one of these stages; {@link #discoveredTargets()} when that is known already. */
    private synchronized List<TargetSource> discoveredFor(java.util.Set<String> names) {
        if (discovered != null) return discovered;
        if (discoveredForAnswers == null) discoveredForAnswers = ask(names);
        return discoveredForAnswers;
    }

    /**
     * Which of these argument names the repository around the file passes as build arguments
     * (see {@link TargetDiscovery#buildArgs}); none without discovery. Each name is asked about
     * once: rules call this only for a FROM that fails without the arguments, which few files have.
     */
    public synchronized java.util.Set<String> passedBuildArgs(java.util.Set<String> names) {
        if (passedArgs == null) passedArgs = new HashMap<>();
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (String n : names) if (!passedArgs.containsKey(n)) unknown.add(n);
        if (!unknown.isEmpty()) {
            java.util.Set<String> found = null;
            if (discovery != null) {
                try {
                    found = discovery.buildArgs(java.util.Set.copyOf(unknown));
                } catch (RuntimeException | StackOverflowError | LinkageError e) {
                    found = null; // evidence only, as for targets
                }
            }
            for (String n : unknown) passedArgs.put(n, found != null && found.contains(n));
        }
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String n : names) if (passedArgs.get(n)) out.add(n);
        return out;
    }

    private List<TargetSource> ask(java.util.Set<String> names) {
        List<TargetSource> d = null;
        if (discovery != null) {
            try {
                d = discovery.targets(names);
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                d = null; // evidence only: a failure to find any is no reason to stop linting
            }
        }
        return d == null ? List.of() : List.copyOf(d);
    }

    /**
     * Stages another stage reads: as its FROM parent, with --from, a mount or an ONBUILD trigger,
     * or possibly through a FROM built from variables. A stage's reference to itself does not count.
     */
    public synchronized boolean isReferenced(Stage s) {
        if (referenced == null) {
            BitSet b = new BitSet();
            for (StageRef r : refs) {
                if (r.isStage() && r.stage() != r.owner()) b.set(r.stage());
            }
            VariableFroms v = variableFroms();
            if (v.overBudget) {
                b.set(0, stages.size());
            } else {
                int[] widest = new int[v.matchCount.length];
                for (Stage st : stages) {
                    int p = v.patternOf[st.index()];
                    if (p >= 0) widest[p] = Math.max(widest[p], v.candidates[st.index()]);
                }
                for (int p = 0; p < widest.length; p++) {
                    for (int k = 0; k < widest[p]; k++) b.set(v.matches.get(p)[k]);
                }
            }
            referenced = b;
        }
        return referenced.get(s.index());
    }

    /**
     * The first stage in file order that reads this one (as {@link #isReferenced} counts), or null.
     * Built once for the file, so explaining many dead stages stays linear.
     */
    public synchronized Stage firstUser(Stage s) {
        if (firstUser == null) {
            int[] first = new int[stages.size()];
            java.util.Arrays.fill(first, Integer.MAX_VALUE);
            for (StageRef r : refs) {
                if (r.isStage() && r.stage() != r.owner()) first[r.stage()] = Math.min(first[r.stage()], r.owner());
            }
            VariableFroms v = variableFroms();
            if (!v.overBudget) {
                // a pattern's users in file order: each claims the matches its predecessors did not reach
                int[] claimed = new int[v.matchCount.length];
                for (Stage u : stages) {
                    int p = v.patternOf[u.index()];
                    if (p < 0) continue;
                    for (int k = claimed[p]; k < v.candidates[u.index()]; k++) {
                        int m = v.matches.get(p)[k];
                        first[m] = Math.min(first[m], u.index());
                    }
                    claimed[p] = Math.max(claimed[p], v.candidates[u.index()]);
                }
            }
            firstUser = first;
        }
        int u = firstUser[s.index()];
        return u == Integer.MAX_VALUE ? null : stages.get(u);
    }

    /** Names of stages that exist to be built on or copied from, not to be built as images. */
    private static final java.util.Set<String> BUILDING_BLOCK_NAMES = java.util.Set.of("build", "builder", "deps",
            "dependencies", "compile", "compiler", "prep", "prepare", "base");
    /**
     * Words that mark a building block at the end of a longer name ({@code go-builder}, {@code app-deps}).
     * Not "base" or "compiler": {@code integration-tests-base} and {@code compiler-rt} are targets
     * real repositories build.
     */
    private static final java.util.Set<String> BUILDING_BLOCK_SUFFIXES = java.util.Set.of("build", "builder", "deps",
            "dependencies", "compile", "prep", "prepare");

    /**
     * The stage's name says it is a building block for other stages ({@code builder}, {@code deps},
     * {@code go-build}, {@code build-env}, {@code base}): unused, it is a leftover or a forgotten
     * {@code COPY --from}, not a target, unless the repository builds it as one. Only the whole
     * name, its last word, or a leading build/builder count, so that a name merely containing such
     * a word ({@code compiler-rt}) stays a possible target.
     */
    public static boolean isNamedAsBuildingBlock(Stage s) {
        if (!s.isNamed()) return false;
        String name = s.name().toLowerCase(Locale.ROOT);
        if (BUILDING_BLOCK_NAMES.contains(name)) return true;
        String[] parts = Chars.split(name, "-_.");
        if (parts.length < 2) return false;
        return BUILDING_BLOCK_SUFFIXES.contains(parts[parts.length - 1])
                || parts[0].equals("build") || parts[0].equals("builder");
    }

    /** {@code --target} can choose the stage: it has a name and no later stage reuses it. */
    public boolean isTargetable(Stage s) {
        return s.isNamed() && findByName(s.name()) == s;
    }

    /** The possible targets with what they reach and their FROM-ancestors; one per evidence level. */
    private record Possible(BitSet targets, BitSet reach, BitSet image) {}

    private Possible possibleFrom(BitSet t) {
        return new Possible(t, closureForSomeArgs(t, true), closureForSomeArgs(t, false));
    }

    /** The possible targets the file alone shows: the user's targets, else the last stage and unused named stages. */
    private synchronized Possible inferredPossible() {
        if (inferredPossible == null) {
            BitSet t = new BitSet();
            if (hasAuthoritativeTargets()) {
                for (TargetSource a : authoritativeTargets()) {
                    Stage s = forcedTarget >= 0 ? stages.get(forcedTarget) : findByName(a.name());
                    if (s != null) t.set(s.index());
                }
            } else if (!stages.isEmpty()) {
                t.set(stages.size() - 1);
                for (Stage s : stages) {
                    if (isTargetable(s) && !isReferenced(s) && !isNamedAsBuildingBlock(s)) t.set(s.index());
                }
            }
            inferredPossible = possibleFrom(t);
        }
        return inferredPossible;
    }

    /** The possible targets with the discovered ones added; asks for them only when they could add a stage. */
    private synchronized Possible possible() {
        if (possible == null) {
            Possible p = inferredPossible();
            if (!hasAuthoritativeTargets() && couldAddTarget(p.targets())) {
                BitSet t = (BitSet) p.targets().clone();
                // only stages --target could choose that are no target yet can change an answer
                java.util.Set<String> names = new java.util.HashSet<>();
                for (Stage s : stages) {
                    if (!t.get(s.index()) && isTargetable(s)) names.add(s.name());
                }
                for (TargetSource d : discoveredFor(names)) {
                    Stage s = findByName(d.name());
                    if (s != null) t.set(s.index());
                }
                if (!t.equals(p.targets())) p = possibleFrom(t);
            }
            possible = p;
        }
        return possible;
    }

    /** Some stage --target could choose is not a target yet: discovery could make it one. */
    private boolean couldAddTarget(BitSet targets) {
        for (Stage s : stages) {
            if (!targets.get(s.index()) && isTargetable(s)) return true;
        }
        return false;
    }

    /**
     * Every stage some build may target, in file order: the authoritative targets when the user
     * gave any; else the last stage, every discovered target, and every named stage nothing uses.
     */
    public List<Stage> possibleTargets() {
        BitSet t = possible().targets();
        List<Stage> out = new ArrayList<>();
        for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) out.add(stages.get(i));
        return out;
    }

    /**
     * The possible targets this file alone shows, without asking the repository: the authoritative
     * targets, else the last stage and every named stage nothing uses. For questions where a
     * discovered target would rarely change the answer and the discovery would cost every lint.
     */
    public List<Stage> possibleTargetsInFile() {
        BitSet t = inferredPossible().targets();
        List<Stage> out = new ArrayList<>();
        for (int i = t.nextSetBit(0); i >= 0; i = t.nextSetBit(i + 1)) out.add(stages.get(i));
        return out;
    }

    public boolean isPossibleTarget(Stage s) {
        if (inferredPossible().targets().get(s.index())) return true;
        return possible().targets().get(s.index());
    }

    /** Some possible target's build runs this stage (under some build args): it is not dead code. */
    public boolean isReachableFromPossibleTarget(Stage s) {
        if (inferredPossible().reach().get(s.index())) return true;
        return possible().reach().get(s.index());
    }

    /**
     * The stage is a possible target or a FROM-ancestor of one: its filesystem can end up in an
     * image someone builds. Stages reached only as {@code COPY --from} or mount sources are
     * builder stages, whose files reach no image but through what is copied out of them.
     */
    public boolean inPossibleImage(Stage s) {
        if (inferredPossible().image().get(s.index())) return true;
        return possible().image().get(s.index());
    }

    /** Why the stage is a possible target (each source that makes it one); empty when it is not. */
    public List<TargetSource> targetSources(Stage s) {
        List<TargetSource> out = new ArrayList<>();
        if (!isPossibleTarget(s)) return out;
        if (hasAuthoritativeTargets()) {
            for (TargetSource a : authoritativeTargets()) {
                if (forcedTarget >= 0 || findByName(a.name()) == s) out.add(a);
            }
            return out;
        }
        if (s == lastStage()) out.add(new TargetSource(s.name(), TargetSource.DEFAULT));
        for (TargetSource d : discoveredTargets()) {
            if (findByName(d.name()) == s) out.add(d);
        }
        // the last stage is a target by default already: "unused" would say nothing more
        if (s != lastStage() && isTargetable(s) && !isReferenced(s)) {
            out.add(new TargetSource(s.name(), TargetSource.UNUSED_NAMED_STAGE));
        }
        return out;
    }

    /** Every possible target with each reason it is one, by stage; then targets the user named that match no stage. */
    public List<TargetSource> knownTargets() {
        List<TargetSource> out = new ArrayList<>();
        for (Stage s : possibleTargets()) out.addAll(targetSources(s));
        if (hasAuthoritativeTargets() && forcedTarget < 0) {
            for (TargetSource a : authoritativeTargets()) {
                if (findByName(a.name()) == null) out.add(a);
            }
        }
        return out;
    }

    /** Stages a build of the given stage executes under BuildKit, in file order (the stage included). */
    public List<Stage> reachableFrom(Stage s) {
        BitSet b = closure(List.of(s), true);
        List<Stage> out = new ArrayList<>();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) out.add(stages.get(i));
        return out;
    }

    /** --from/mount references (inherited ONBUILD ones included) that lie on a dependency cycle, self-references included. */
    public List<StageRef> cycleRefs() {
        return Collections.unmodifiableList(cycleRefs);
    }

    /** How many stages the cycle through this reference involves (1 for a self-reference, 0 when not on a cycle). */
    public int cycleSize(StageRef ref) {
        if (!cycleRefSet.containsKey(ref)) return 0;
        return ref.stage() == ref.owner() ? 1 : componentSize[componentOf[ref.owner()]];
    }

    /**
     * The cycle a reference closes, as stages: its owner, the stage it reads from, ... back to the owner.
     * Empty when the reference is not on a cycle.
     */
    public List<Stage> cyclePath(StageRef ref) {
        if (!cycleRefSet.containsKey(ref)) return List.of();
        List<Stage> path = new ArrayList<>();
        path.add(stages.get(ref.owner()));
        if (ref.stage() == ref.owner()) {
            path.add(stages.get(ref.owner()));
            return path;
        }
        // breadth-first from the referenced stage back to the owner over dependency edges; the way
        // back stays inside their strongly connected component, so the search costs its size only
        int component = componentOf[ref.owner()];
        Map<Integer, Integer> prev = new HashMap<>();
        prev.put(ref.stage(), -1);
        Deque<Integer> work = new ArrayDeque<>();
        work.add(ref.stage());
        while (!work.isEmpty() && !prev.containsKey(ref.owner())) {
            int cur = work.poll();
            for (StageRef r : stages.get(cur).refs()) {
                if (r.isStage() && r.isDependency() && componentOf[r.stage()] == component && !prev.containsKey(r.stage())) {
                    prev.put(r.stage(), cur);
                    work.add(r.stage());
                }
            }
        }
        List<Stage> back = new ArrayList<>();
        for (Integer at = ref.owner(); at != null && at >= 0 && back.size() <= stages.size(); at = prev.get(at)) back.add(stages.get(at));
        Collections.reverse(back);
        path.addAll(back);
        return path;
    }

    /** The stage BuildKit names in "circular dependency detected on stage: ...", or null without a cycle. */
    public Stage cycleStage() {
        return cycleStage;
    }

    /** The stages and the images they reference as a JGraphT graph; edges are the StageRefs. */
    public synchronized Graph<Vertex, StageRef> graph() {
        if (graph == null) {
            Graph<Vertex, StageRef> g = new DirectedPseudograph<>(null, null, false);
            Map<String, ExternalImage> images = new LinkedHashMap<>();
            for (Stage s : stages) g.addVertex(s);
            for (StageRef r : refs) {
                Vertex to;
                if (r.isStage()) {
                    to = stages.get(r.stage());
                } else if (r.image() != null) {
                    ExternalImage image = images.get(r.image());
                    if (image == null) images.put(r.image(), image = new ExternalImage(r.image()));
                    to = image;
                    g.addVertex(to);
                } else {
                    continue;
                }
                g.addEdge(stages.get(r.owner()), to, r);
            }
            graph = g;
        }
        return graph;
    }

    /** What BuildKit refuses while converting this file, before any image is pulled; computed on first use. */
    public synchronized Conversion conversion() {
        if (conversion == null) conversion = new Conversion(this);
        return conversion;
    }

    /** What BuildKit and the legacy builder would each do with this file and these targets. */
    public synchronized BuildSimulation simulation() {
        if (simulation == null) simulation = new BuildSimulation(this);
        return simulation;
    }
}
