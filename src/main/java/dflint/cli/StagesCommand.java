package dflint.cli;

import dflint.graph.BuildSimulation;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.report.StagesJson;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dflint stages}: the stage graph of one Dockerfile and which stages
 * BuildKit and the legacy builder execute for the targets, side by side.
 */
@Command(name = "stages", sortOptions = false,
        description = "Show the stages of a Dockerfile and which ones BuildKit and the legacy builder build.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class StagesCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--target", paramLabel = "STAGE", description = "Build target stage (repeatable; default: the last stage).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument (repeatable).")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, dot or mermaid (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    SingleFileInput input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!List.of("text", "json", "dot", "mermaid").contains(format)) {
            throw new Main.UsageError("unknown --format '" + format + "'; expected text, json, dot or mermaid");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String a : buildArgs) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new Main.UsageError("--build-arg needs KEY=VALUE, not '" + a + "'");
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        InputFiles.Input in;
        byte[] bytes;
        try {
            SingleFileInput.Read read = input.read(parent.stdin);
            in = read.input();
            bytes = read.bytes();
        } catch (InputFiles.ReadError e) {
            throw new Main.UsageError(e.getMessage());
        }
        Dockerfile df = DockerfileSyntax.parse(in.display(), bytes);
        StageGraph g = StageGraph.build(df, targets, args);
        if (!g.unknownTargets().isEmpty()) {
            throw new Main.UsageError(g.unknownTargetMessage(g.unknownTargets().get(0)));
        }
        switch (format) {
            case "json": out.print(json(in.display(), g)); break;
            case "dot": out.print(dot(g)); break;
            case "mermaid": out.print(mermaid(g)); break;
            default: out.print(text(g));
        }
        out.flush();
        return ExitCode.OK;
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

    /** The {@code --format json} object, shared with the language server's {@code dflint.stages} command. */
    static String json(String path, StageGraph g) {
        return StagesJson.json(path, g);
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
