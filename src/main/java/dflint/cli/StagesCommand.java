package dflint.cli;

import dflint.graph.BuildSimulation;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.report.StagesJson;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dflint stages}: the stage graph of Dockerfiles and which stages BuildKit and the
 * legacy builder execute for the targets, side by side; with {@code --all-targets}, for every
 * stage as the target. Also lists the targets a build may have and where each came from.
 */
@Command(name = "stages", sortOptions = false,
        description = "Show the stages of Dockerfiles and which ones BuildKit and the legacy builder build.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class StagesCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "STAGE", description = "Build target stage (repeatable; default: the last stage).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--all-targets", description = "Show the build of every stage as the target (JSON Lines with --format json).")
    boolean allTargets;

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument (repeatable).")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, dot or mermaid (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--no-discover",
            description = "Do not read the repository's bake, compose, CI and Makefiles for the targets it builds.")
    boolean noDiscover;

    @Option(names = "--project-root", paramLabel = "DIR",
            description = "Where the repository starts, for target discovery (default: the nearest folder holding .git).")
    Path projectRoot;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = InputFiles.DEFAULT_MAX_FILE_SIZE,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--debug", description = "Show stack traces of internal errors, and what target discovery read.")
    boolean debug;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dockerfiles ('-' for standard input).")
    List<String> files = new ArrayList<>();

    /** Streams for a run that Main starts without picocli (see DirectArgs). */
    PrintWriter directOut;
    PrintWriter directErr;
    java.io.InputStream directIn;

    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : directOut;
        PrintWriter err = spec != null ? spec.commandLine().getErr() : directErr;
        if (!List.of("text", "json", "dot", "mermaid").contains(format)) {
            throw new Main.UsageError("unknown --format '" + format + "'; expected text, json, dot or mermaid");
        }
        if (allTargets && !targets.isEmpty()) throw new Main.UsageError("--all-targets and --target cannot be used together");
        if (projectRoot != null && !Files.isDirectory(projectRoot)) {
            throw new Main.UsageError("--project-root " + projectRoot + ": no such folder");
        }
        boolean graphs = format.equals("dot") || format.equals("mermaid");
        if (graphs && (allTargets || files.size() > 1)) {
            throw new Main.UsageError("--format " + format + " draws one file for one build; use text or json for several");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : buildArgs) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new Main.UsageError("--build-arg needs KEY=VALUE, not '" + a + "'");
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        // one object per file and target, each on its own line, once there can be more than one
        boolean lines = allTargets || files.size() > 1;
        Discovered discovered = noDiscover ? null : new Discovered(projectRoot);
        List<dflint.graph.TargetSource> requested = new ArrayList<>();
        for (String t : targets) requested.add(new dflint.graph.TargetSource(t, dflint.graph.TargetSource.COMMAND_LINE));
        // files are independent: worked on in parallel, printed in the order given
        List<String[]> results = Parallel.map(files.size(), new java.util.function.IntFunction<String[]>() {
            @Override
            public String[] apply(int i) {
                return one(files.get(i), args, requested, discovered, lines);
            }
        });
        List<String> problems = new ArrayList<>();
        for (String[] r : results) {
            if (r[0] != null) out.print(r[0]);
            if (r[1] != null) {
                if (files.size() == 1) {
                    out.flush();
                    throw new Main.UsageError(r[1]);
                }
                problems.add(r[1]);
            }
        }
        out.flush();
        if (debug && discovered != null) discovered.printNotes(err);
        for (String p : problems) err.println("dflint: " + Main.oneLine(p));
        err.flush();
        return problems.isEmpty() ? ExitCode.OK : ExitCode.ERROR;
    }

    /** One file's output, and the problem to report for it (either may be null). */
    private String[] one(String file, Map<String, String> args, List<dflint.graph.TargetSource> requested,
                         Discovered discovered, boolean lines) {
        InputFiles.Input in;
        byte[] bytes;
        try {
            in = InputFiles.single(file);
            bytes = InputFiles.read(in, maxFileSize, parent != null ? parent.stdin : directIn);
        } catch (InputFiles.ReadError e) {
            return new String[] {null, e.getMessage()};
        }
        try {
            Dockerfile df = DockerfileSyntax.parse(in.display(), bytes);
            dflint.graph.TargetDiscovery found =
                    discovered == null ? null : discovered.forFile(in.path());
            StringBuilder b = new StringBuilder();
            if (allTargets) {
                StageGraph overview = StageGraph.build(df, List.of(), args, found);
                List<dflint.graph.TargetSource> known = overview.knownTargets();
                List<StageGraph> builds = new ArrayList<>();
                for (int i = 0; i < overview.stages().size(); i++) builds.add(StageGraph.buildForStage(df, i, args, null));
                if (format.equals("json")) {
                    if (builds.isEmpty()) b.append(json(in.display(), overview, known, false));
                    for (StageGraph g : builds) b.append(json(in.display(), g, known, false));
                } else {
                    b.append(matrix(in.display(), overview, builds)).append('\n');
                }
                return new String[] {b.toString(), null};
            }
            StageGraph g = StageGraph.build(df, requested, args, found);
            if (!g.unknownTargets().isEmpty()) {
                String message = g.unknownTargetMessage(g.unknownTargets().get(0));
                return new String[] {null, files.size() == 1 ? message : in.display() + ": " + message};
            }
            switch (format) {
                case "json": b.append(json(in.display(), g, g.knownTargets(), !lines)); break;
                case "dot": b.append(dot(g)); break;
                case "mermaid": b.append(mermaid(g)); break;
                default:
                    if (files.size() > 1) b.append(in.display()).append(":\n");
                    b.append(text(g));
                    if (files.size() > 1) b.append('\n');
            }
            return new String[] {b.toString(), null};
        } catch (RuntimeException | StackOverflowError e) {
            if (debug) e.printStackTrace();
            return new String[] {null, in.display() + ": internal error (" + e + "); please report it with this file"};
        }
    }

    // ------------------------------------------------------------------ shared

    /** Stage indices a stage reads from through --from, mounts and inherited ONBUILD triggers. */
    static List<Integer> dependsOn(Stage s) {
        return StagesJson.dependsOn(s);
    }

    private static String base(Stage s) {
        return StagesJson.base(s);
    }

    private static String name(Stage s) {
        return s.isNamed() ? s.name() : s.displayName();
    }

    // ------------------------------------------------------------------ text

    static String text(StageGraph g) {
        BuildSimulation.Result bk = g.simulation().buildkit();
        BuildSimulation.Result lg = g.simulation().legacy();
        StringBuilder b = new StringBuilder();
        if (g.stages().isEmpty()) {
            b.append("no stages: the file has no FROM\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"#", "STAGE", "BASE", "NEEDS", "LINE", "BUILDKIT", "LEGACY"});
            for (Stage s : g.stages()) {
                List<String> needs = new ArrayList<>();
                if (s.parentIndex() >= 0) needs.add(name(g.stage(s.parentIndex())));
                for (int d : dependsOn(s)) {
                    String n = name(g.stage(d));
                    if (!needs.contains(n)) needs.add(n);
                }
                rows.add(new String[] {String.valueOf(s.index()), name(s) + (g.isTarget(s) ? " (target)" : ""),
                        base(s), needs.isEmpty() ? "-" : String.join(", ", needs), String.valueOf(s.line()),
                        bk.executes(s) ? "yes" : "no", lg.executes(s) ? "yes" : "no"});
            }
            int[] w = new int[rows.get(0).length];
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
            }
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < r.length; i++) {
                    line.append(r[i]);
                    if (i < r.length - 1) line.append(" ".repeat(w[i] - r[i].length() + 2));
                }
                b.append(line.toString().stripTrailing()).append('\n');
            }
            b.append('\n');
        }
        b.append(summary(g, bk, lg)).append('\n');
        errors(b, "BuildKit", bk);
        errors(b, "legacy builder", lg);
        targetLines(b, g);
        return b.toString();
    }

    /** The targets a build may have, each with where it came from, as an aligned list. */
    private static void targetLines(StringBuilder b, StageGraph g) {
        List<dflint.graph.TargetSource> known = g.knownTargets();
        if (known.isEmpty()) return;
        b.append(g.hasAuthoritativeTargets() ? "targets:\n" : "possible targets:\n");
        int w = 0;
        for (dflint.graph.TargetSource t : known) w = Math.max(w, targetName(g, t).length());
        for (dflint.graph.TargetSource t : known) {
            String n = targetName(g, t);
            b.append("  ").append(n).append(" ".repeat(w - n.length() + 2)).append(t.source());
            if (g.findByName(t.name()) == null && t.name() != null) b.append(" (no such stage)");
            b.append('\n');
        }
    }

    private static String targetName(StageGraph g, dflint.graph.TargetSource t) {
        if (t.name() != null) return t.name();
        Stage last = g.lastStage();
        return last == null ? "-" : last.displayName();
    }

    /**
     * Every stage as the target, one row per build: which stages BuildKit (B) and the legacy
     * builder (L) run; then the possible targets and each build's errors.
     */
    static String matrix(String path, StageGraph overview, List<StageGraph> builds) {
        StringBuilder b = new StringBuilder(path).append('\n');
        List<Stage> stages = overview.stages();
        if (stages.isEmpty()) {
            b.append("no stages: the file has no FROM\n");
            errors(b, "BuildKit", overview.simulation().buildkit());
            return b.toString();
        }
        List<String> labels = new ArrayList<>();
        int w = "TARGET".length();
        for (Stage s : stages) {
            String l = s.index() + " " + name(s);
            labels.add(l);
            w = Math.max(w, l.length());
        }
        int cw = Math.max(3, String.valueOf(stages.size() - 1).length() + 1);
        b.append("TARGET").append(" ".repeat(w - 6 + 2));
        StringBuilder header = new StringBuilder();
        for (Stage s : stages) {
            String i = String.valueOf(s.index());
            header.append(i).append(" ".repeat(cw - i.length()));
        }
        b.append(header.toString().stripTrailing()).append('\n');
        for (int t = 0; t < builds.size(); t++) {
            StageGraph g = builds.get(t);
            BuildSimulation.Result bk = g.simulation().buildkit(), lg = g.simulation().legacy();
            StringBuilder row = new StringBuilder(labels.get(t)).append(" ".repeat(w - labels.get(t).length() + 2));
            for (Stage s : g.stages()) {
                String cell = (bk.executes(s) ? "B" : "") + (lg.executes(s) ? "L" : "");
                if (cell.isEmpty()) cell = ".";
                row.append(cell).append(" ".repeat(cw - cell.length()));
            }
            b.append(row.toString().stripTrailing()).append('\n');
        }
        b.append("B: BuildKit builds the stage for that target; L: the legacy builder does\n");
        for (StageGraph g : builds) {
            BuildSimulation.Result bk = g.simulation().buildkit();
            if (bk.errors().isEmpty()) continue;
            b.append("target ").append(g.targets().get(0).displayName()).append(": ");
            errors(b, "BuildKit", bk);
        }
        targetLines(b, overview);
        return b.toString();
    }

    static String summary(StageGraph g, BuildSimulation.Result bk, BuildSimulation.Result lg) {
        int nb = bk.executed().size(), nl = lg.executed().size();
        List<String> onlyLegacy = new ArrayList<>(), onlyBk = new ArrayList<>();
        for (Stage s : g.stages()) {
            if (lg.executes(s) && !bk.executes(s)) onlyLegacy.add(name(s));
            if (bk.executes(s) && !lg.executes(s)) onlyBk.add(name(s));
        }
        StringBuilder b = new StringBuilder();
        if (onlyLegacy.isEmpty() && onlyBk.isEmpty()) {
            b.append(nb == 1 ? "BuildKit and the legacy builder both build 1 stage"
                    : "BuildKit and the legacy builder both build " + nb + " stages");
        } else {
            b.append("legacy builds ").append(nl).append(nl == 1 ? " stage" : " stages")
                    .append(", BuildKit ").append(nb);
            if (!onlyLegacy.isEmpty()) {
                b.append("; ").append(list(onlyLegacy)).append(onlyLegacy.size() == 1 ? " is" : " are")
                        .append(" built only by the legacy builder");
            }
            if (!onlyBk.isEmpty()) {
                b.append("; ").append(list(onlyBk)).append(onlyBk.size() == 1 ? " is" : " are")
                        .append(" built only by BuildKit");
            }
        }
        return b.toString();
    }

    private static String list(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static void errors(StringBuilder b, String who, BuildSimulation.Result r) {
        if (r.errors().isEmpty()) return;
        b.append(who).append(" would fail:\n");
        for (BuildSimulation.BuildError e : r.errors()) {
            b.append("  line ").append(e.line()).append(": ").append(e.message()).append('\n');
        }
    }

    // ------------------------------------------------------------------ json

    /** The build as one JSON object (pretty, or on one line for JSON Lines); shared with the language server. */
    static String json(String path, StageGraph g, List<dflint.graph.TargetSource> known, boolean pretty) {
        return StagesJson.json(path, g, known, pretty);
    }

    // ------------------------------------------------------------------ dot and mermaid

    /** An edge for drawing: from the stage or image read, to the stage that reads it. */
    private record Edge(String from, String to, String label, boolean parent) {}

    private static List<Edge> edges(StageGraph g, Map<String, String> images) {
        java.util.Set<Edge> out = new java.util.LinkedHashSet<>();
        for (StageRef r : g.refs()) {
            String from;
            if (r.isStage()) {
                from = "s" + r.stage();
            } else if (r.image() != null && r.kind() != StageRef.Kind.PARENT) {
                from = images.computeIfAbsent(r.image(), k -> "i" + images.size());
            } else {
                continue; // a FROM image is part of the stage's label; errors have nothing to draw
            }
            String label;
            switch (r.kind() == StageRef.Kind.ONBUILD ? r.triggerKind() : r.kind()) {
                case PARENT: label = "FROM"; break;
                case MOUNT_FROM: label = "mount"; break;
                default: label = "--from";
            }
            if (r.kind() == StageRef.Kind.ONBUILD) label = "ONBUILD " + label;
            out.add(new Edge(from, "s" + r.owner(), label, r.kind() == StageRef.Kind.PARENT));
        }
        return new ArrayList<>(out);
    }

    static String dot(StageGraph g) {
        StringBuilder b = new StringBuilder("digraph stages {\n  rankdir=LR;\n  node [shape=box, fontname=\"monospace\"];\n");
        for (Stage s : g.stages()) {
            b.append("  s").append(s.index()).append(" [label=").append(dotQuote(s.index() + ": " + name(s) + "\\n" + base(s)));
            if (g.isTarget(s)) {
                b.append(", style=\"bold,filled\", fillcolor=\"#cce5ff\", penwidth=2");
            } else if (!g.isReachable(s)) {
                b.append(", style=dashed, color=gray50, fontcolor=gray50");
            }
            b.append("];\n");
        }
        Map<String, String> images = new LinkedHashMap<>();
        List<Edge> edges = edges(g, images);
        for (var e : images.entrySet()) {
            b.append("  ").append(e.getValue()).append(" [label=").append(dotQuote(e.getKey())).append(", shape=ellipse];\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(e.from()).append(" -> ").append(e.to());
            if (e.parent()) {
                b.append(";\n");
            } else {
                b.append(" [style=dashed, label=").append(dotQuote(e.label())).append("];\n");
            }
        }
        return b.append("}\n").toString();
    }

    private static String dotQuote(String s) {
        // keep the \n line breaks we put in labels; escape quotes and other backslashes
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                b.append("\\n");
                i++;
            } else if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n' || c == '\r') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String mermaid(StageGraph g) {
        StringBuilder b = new StringBuilder("flowchart LR\n");
        for (Stage s : g.stages()) {
            b.append("  s").append(s.index()).append("[\"").append(mermaidText(s.index() + ": " + name(s)))
                    .append("<br/>").append(mermaidText(base(s))).append("\"]\n");
        }
        Map<String, String> images = new LinkedHashMap<>();
        List<Edge> edges = edges(g, images);
        for (var e : images.entrySet()) {
            b.append("  ").append(e.getValue()).append("([\"").append(mermaidText(e.getKey())).append("\"])\n");
        }
        for (Edge e : edges) {
            b.append("  ").append(e.from());
            if (e.parent()) {
                b.append(" --> ");
            } else {
                b.append(" -. \"").append(mermaidText(e.label())).append("\" .-> ");
            }
            b.append(e.to()).append('\n');
        }
        b.append("  classDef target fill:#cce5ff,stroke:#004085,stroke-width:3px\n");
        b.append("  classDef unreachable fill:#f8f9fa,stroke:#999,stroke-dasharray:5 5,color:#777\n");
        List<String> tg = new ArrayList<>(), un = new ArrayList<>();
        for (Stage s : g.stages()) {
            if (g.isTarget(s)) tg.add("s" + s.index());
            else if (!g.isReachable(s)) un.add("s" + s.index());
        }
        if (!tg.isEmpty()) b.append("  class ").append(String.join(",", tg)).append(" target\n");
        if (!un.isEmpty()) b.append("  class ").append(String.join(",", un)).append(" unreachable\n");
        return b.toString();
    }

    private static String mermaidText(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("#quot;"); break;
                case '<': b.append("#lt;"); break;
                case '>': b.append("#gt;"); break;
                case '\n': case '\r': b.append(' '); break;
                default: b.append(c);
            }
        }
        return b.toString();
    }
}
