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
 */
public final class StageGraph {
    private final Dockerfile file;
    private final List<String> requestedTargets;
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

    private StageGraph(Dockerfile file, List<String> requestedTargets, Map<String, String> buildArgs) {
        this.file = file;
        this.requestedTargets = List.copyOf(requestedTargets);
        this.buildArgs = Map.copyOf(buildArgs);
        List<Instruction.From> froms = new ArrayList<>();
        for (Instruction i : file.instructions()) {
            if (i instanceof Instruction.From f) froms.add(f);
        }
        // TARGETSTAGE is the requested target or the last stage's name
        String targetStage = requestedTargets.isEmpty()
                ? (froms.isEmpty() ? null : lower(froms.get(froms.size() - 1).stageNameOrNull()))
                : requestedTargets.get(0);
        this.args = ArgScope.global(file, this.buildArgs, targetStage, true);
        this.stageOf = new IdentityHashMap<>();
        this.stages = splitStages();
        for (Stage st : stages) {
            if (st.name() != null) byName.computeIfAbsent(st.name(), k -> new ArrayList<>()).add(st.index());
        }
        List<StageRef> all = new ArrayList<>();
        for (Stage s : stages) resolveStage(s, all);
        this.refs = Collections.unmodifiableList(all);

        this.targets = new ArrayList<>();
        this.unknownTargets = new ArrayList<>();
        for (String t : this.requestedTargets) {
            Stage s = findByName(t);
            if (s == null) unknownTargets.add(t);
            else if (!targets.contains(s)) targets.add(s);
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
        return new StageGraph(file, targets, buildArgs);
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
        if (reachableForSomeArgs == null) {
            BitSet seen = new BitSet();
            Deque<Integer> work = new ArrayDeque<>();
            Map<String, Integer> scanned = new HashMap<>();
            long budget = GLOB_BUDGET;
            for (Stage t : targets) {
                if (!seen.get(t.index())) {
                    seen.set(t.index());
                    work.add(t.index());
                }
            }
            while (!work.isEmpty()) {
                Stage cur = stages.get(work.poll());
                List<Integer> next = new ArrayList<>();
                for (StageRef r : cur.refs()) {
                    if (r.isStage()) next.add(r.stage());
                }
                String raw = cur.baseAsWritten();
                if (raw != null && raw.indexOf('$') >= 0) {
                    String pattern = variablesAsWildcards(raw);
                    // stages below the mark were matched against this pattern already
                    int from = scanned.getOrDefault(pattern, 0);
                    if (from < cur.index()) scanned.put(pattern, cur.index());
                    for (int k = from; k < cur.index() && budget >= 0; k++) {
                        String n = stages.get(k).name();
                        if (n != null && --budget >= 0 && BaseImageTable.glob(pattern, n)) next.add(k);
                    }
                    if (budget < 0) {
                        // past the budget, count every stage as reachable: never call a stage dead on a guess
                        seen.set(0, stages.size());
                        break;
                    }
                }
                for (int n : next) {
                    if (!seen.get(n)) {
                        seen.set(n);
                        work.add(n);
                    }
                }
            }
            reachableForSomeArgs = seen;
        }
        return reachableForSomeArgs.get(s.index());
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
                    to = images.computeIfAbsent(r.image(), ExternalImage::new);
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
