package dflint.report;

import dflint.graph.BuildSimulation;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.graph.TargetSource;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The stages of one Dockerfile and what each builder executes, as the JSON object of
 * {@code dflint stages --format json}; the language server's {@code dflint.stages} command
 * answers with the same object.
 */
public final class StagesJson {
    private StagesJson() {}

    /**
     * The build as one JSON object: pretty over several lines, or on one line (for JSON Lines).
     *
     * @param known the targets a build of the file may have, each with where it came from
     */
    public static String json(String path, StageGraph g, List<TargetSource> known, boolean pretty) {
        String sep = pretty ? ",\n " : ", ";
        StringBuilder b = new StringBuilder();
        b.append("{\"file\": ").append(JsonText.quote(path)).append(sep);
        List<Stage> t = g.targets();
        b.append("\"target\": ").append(t.isEmpty() ? "null" : targetJson(t.get(0))).append(sep);
        b.append("\"targets\": [");
        for (int i = 0; i < known.size(); i++) {
            TargetSource k = known.get(i);
            Stage s = k.name() == null ? g.lastStage() : g.findByName(k.name());
            b.append(i > 0 ? ", " : "").append("{\"name\": ").append(k.name() == null ? "null" : JsonText.quote(k.name()))
                    .append(", \"index\": ").append(s == null ? "null" : String.valueOf(s.index()))
                    .append(", \"source\": ").append(JsonText.quote(k.source())).append('}');
        }
        b.append(']').append(sep);
        b.append("\"stages\": [");
        for (int i = 0; i < g.stages().size(); i++) {
            Stage s = g.stage(i);
            b.append(i > 0 ? "," : "").append(pretty ? "\n  " : i > 0 ? " " : "");
            b.append("{\"index\": ").append(s.index())
                    .append(", \"name\": ").append(s.isNamed() ? JsonText.quote(s.name()) : "null")
                    .append(", \"line\": ").append(s.line())
                    .append(", \"base\": ").append(JsonText.quote(base(s)))
                    .append(", \"parent\": ").append(s.parentIndex() >= 0 ? String.valueOf(s.parentIndex()) : "null")
                    .append(", \"dependsOn\": ").append(dependsOn(s)).append('}');
        }
        b.append(g.stages().isEmpty() || !pretty ? "]" : "\n ]").append(sep);
        b.append("\"buildkit\": ").append(resultJson(g.simulation().buildkit())).append(sep);
        b.append("\"legacy\": ").append(resultJson(g.simulation().legacy())).append("}\n");
        return b.toString();
    }

    /** Stage indices a stage reads from through --from, mounts and inherited ONBUILD triggers, ascending. */
    public static List<Integer> dependsOn(Stage s) {
        TreeSet<Integer> out = new TreeSet<>();
        for (StageRef r : s.refs()) {
            if (r.isDependency() && r.isStage()) out.add(r.stage());
        }
        return new ArrayList<>(out);
    }

    /** The stage's base after ARG expansion, else as written; empty when FROM has none. */
    public static String base(Stage s) {
        String e = s.baseExpanded();
        if (e != null && !e.isEmpty()) return e;
        return s.baseAsWritten() == null ? "" : s.baseAsWritten();
    }

    private static String targetJson(Stage s) {
        return "{\"index\": " + s.index() + ", \"name\": " + (s.isNamed() ? JsonText.quote(s.name()) : "null") + "}";
    }

    private static String resultJson(BuildSimulation.Result r) {
        StringBuilder b = new StringBuilder("{\"executed\": ").append(r.executedIndices()).append(", \"errors\": [");
        for (int i = 0; i < r.errors().size(); i++) {
            BuildSimulation.BuildError e = r.errors().get(i);
            b.append(i > 0 ? ", " : "").append("{\"line\": ").append(e.line())
                    .append(", \"message\": ").append(JsonText.quote(e.message())).append('}');
        }
        return b.append("]}").toString();
    }
}
