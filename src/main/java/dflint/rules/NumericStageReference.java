package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.BaseImageTable;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.graph.StageRename;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code COPY --from=0}: an index silently points elsewhere once someone inserts or reorders a stage.
 * The fix is one edit of the whole file: every stage referenced by index gets its suggested name
 * ({@code FROM x AS name}) and every such reference uses it; all findings share it, so it is
 * applied once and the file never holds half a rename.
 */
@RuleInfo(id = "DF1001", slug = "numeric-stage-reference", severity = Severity.WARNING,
        summary = "COPY --from names a stage by its index instead of its name",
        tags = {"stages", "maintainability"}, fix = FixSafety.SAFE)
public final class NumericStageReference implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        Names names = null;
        // reference -> the name it should use, in file order
        Map<StageRef, String> renamed = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (StageRef r : g.refs()) {
            if (!r.byIndex() || !r.isStage() || r.kind() == StageRef.Kind.ONBUILD || r.stage() == r.owner()) continue;
            Stage s = g.stage(r.stage());
            String what = r.describe() + " refers to " + s.describe() + " by index";
            String name;
            if (s.isNamed()) {
                name = s.name();
                messages.add(what + "; use --from=" + name);
            } else {
                if (names == null) names = new Names(g);
                name = names.suggest(s);
                String base = s.baseAsWritten() == null ? "" : " " + s.baseAsWritten();
                messages.add(what + "; name it (FROM" + base + " AS " + name + ") and use --from=" + name);
            }
            renamed.put(r, name);
        }
        if (renamed.isEmpty()) return;
        Fix fix = fix(g, renamed);
        int k = 0;
        for (StageRef r : renamed.keySet()) cx.report(r.range(), messages.get(k++), fix);
    }

    /**
     * One fix for the file: each unnamed stage is named (its AS and every reference to it, by
     * {@link StageRename}); a named stage's index references get its name.
     */
    private static Fix fix(StageGraph g, Map<StageRef, String> renamed) {
        List<Fix.Edit> edits = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (Map.Entry<StageRef, String> e : renamed.entrySet()) {
            Stage s = g.stage(e.getKey().stage());
            if (s.isNamed()) {
                edits.add(new Fix.Edit(e.getKey().range(), "--from=" + e.getValue()));
            } else if (done.add(s.index())) {
                if (StageRename.problem(g, s, e.getValue()) != null) return null;
                List<StageRename.Edit> rename = StageRename.edits(g, s, e.getValue(), true);
                if (rename == null) return null;
                edits.addAll(Edits.of(rename));
            }
        }
        return Fix.of(done.isEmpty() ? "use the stage's name" : "name the stage and use its name", edits);
    }

    /**
     * A stage name derived from the base image (golang:1.22 gives golang), unique among the names and
     * the suggestions for other unnamed stages, and never a name a FROM or --from of the file uses as an
     * image (naming a stage alpine would capture a later FROM alpine).
     */
    private static final class Names {
        // what a suggestion must not clash with, gathered once per file so thousands of unnamed stages stay linear
        private final StageGraph g;
        private final Map<String, Integer> unnamedCandidates = new HashMap<>();
        private final Set<String> referenced = new HashSet<>();

        Names(StageGraph g) {
            this.g = g;
            for (Stage o : g.stages()) {
                if (!o.isNamed()) {
                    Integer seen = unnamedCandidates.get(candidate(o));
                    unnamedCandidates.put(candidate(o), seen == null ? 1 : seen + 1);
                }
            }
            for (StageRef r : g.refs()) {
                if (r.expanded() != null) referenced.add(r.expanded());
            }
        }

        /** For an unnamed stage: its candidate, or candidate-INDEX when another name or suggestion is the same. */
        String suggest(Stage s) {
            String candidate = candidate(s);
            boolean clash = g.findByName(candidate) != null
                    || unnamedCandidates.getOrDefault(candidate, 0) > 1 // the stage itself is one
                    || referenced.contains(candidate);
            return clash ? candidate + "-" + s.index() : candidate;
        }
    }

    private static String candidate(Stage s) {
        String base = s.baseExpanded() == null ? "" : s.baseExpanded();
        String repo = base.isEmpty() ? "" : BaseImageTable.repository(base);
        int slash = repo.lastIndexOf('/');
        String last = repo.substring(slash + 1).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if ((c >= 'a' && c <= 'z') || (b.length() > 0 && ((c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'))) {
                b.append(c);
            }
        }
        String name = b.toString();
        return name.isEmpty() || name.equals("scratch") || name.equals("context") ? "stage" + s.index() : name;
    }
}
