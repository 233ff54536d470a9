package dflint.lsp;

import dflint.graph.BuildSimulation;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.graph.StageRename;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/**
 * Stage names as symbols: what a reference ({@code FROM x}, {@code --from=x}, a mount's
 * {@code from=x}) or a stage's own {@code AS x} points at, where that stage is defined, every
 * place that names it, its rename (the same edits the fixes make, {@link StageRename}), and
 * what each builder does with it.
 */
final class StageNavigation {
    private StageNavigation() {}

    /**
     * A stage under the cursor.
     *
     * @param stage the stage named
     * @param at    where the name (or index) is written
     * @param ref   the reference, or null on the stage's own {@code AS} name
     */
    record Target(Stage stage, SourceRange at, StageRef ref) {}

    static Target at(Analysis a, Position p) {
        StageGraph g = a.graph();
        if (g == null) return null;
        for (StageRef r : g.refs()) {
            if (!r.isStage()) continue;
            SourceRange name = StageRename.nameRange(g, r);
            if (LineIndex.contains(name, p)) return new Target(g.stage(r.stage()), name, r);
        }
        for (Stage s : g.stages()) {
            if (s.from().stageName() != null && LineIndex.contains(s.from().stageName().range(), p)) {
                return new Target(s, s.from().stageName().range(), null);
            }
        }
        return null;
    }

    /** Where the stage is defined: its {@code AS} name, or for an unnamed stage its base image word. */
    static Location definition(Analysis a, String uri, Stage s) {
        return new Location(uri, a.lines().range(s.nameRange()));
    }

    /** Every place that names the stage, in file order; its definition first when asked. */
    static List<Location> references(Analysis a, String uri, Stage s, boolean declaration) {
        StageGraph g = a.graph();
        Set<SourceRange> ranges = new LinkedHashSet<>();
        if (declaration) ranges.add(s.nameRange());
        for (StageRef r : g.refs()) {
            if (r.isStage() && r.stage() == s.index()) ranges.add(StageRename.nameRange(g, r));
        }
        List<Location> out = new ArrayList<>(ranges.size());
        for (SourceRange r : ranges) out.add(new Location(uri, a.lines().range(r)));
        return out;
    }

    /** What to offer as the new name: the stage's name, or one made from its base image. */
    static String placeholder(Analysis a, Stage s) {
        if (s.isNamed()) return s.nameAsWritten();
        String base = s.baseAsWritten() == null ? "" : s.baseAsWritten().toLowerCase(Locale.ROOT);
        int at = base.indexOf('@');
        if (at >= 0) base = base.substring(0, at);
        int slash = base.lastIndexOf('/');
        if (slash >= 0) base = base.substring(slash + 1);
        int colon = base.indexOf(':');
        if (colon >= 0) base = base.substring(0, colon);
        StringBuilder b = new StringBuilder();
        for (char c : base.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.') b.append(c);
        }
        String name = b.length() > 0 && b.charAt(0) >= 'a' && b.charAt(0) <= 'z' ? b.toString() : "stage" + s.index();
        String candidate = name;
        for (int n = 2; StageRename.problem(a.graph(), s, candidate) != null && n < 100; n++) candidate = name + "-" + n;
        return candidate;
    }

    /** The rename's edits, or the reason there are none (as an exception's message). */
    static List<TextEdit> rename(Analysis a, Stage s, String newName) {
        StageGraph g = a.graph();
        String problem = StageRename.problem(g, s, newName);
        if (problem != null) throw new IllegalArgumentException("cannot rename " + s.label() + ": " + problem);
        List<StageRename.Edit> edits = StageRename.edits(g, s, newName, true);
        if (edits == null) {
            throw new IllegalArgumentException("cannot rename " + s.label() + ": a reference to it cannot be rewritten"
                    + " in place (in an ONBUILD trigger, through a variable, or in a quoted or multi-line mount)");
        }
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (StageRename.Edit e : edits) out.add(Edits.of(a.lines(), e.range(), e.text()));
        return out;
    }

    // ------------------------------------------------------------------ what builds a stage

    /** The targets of the graph, as a message names them: {@code target "app"}, {@code targets "a", "b"}. */
    static String targets(StageGraph g) {
        List<Stage> t = g.targets();
        if (t.isEmpty()) return "no target";
        List<String> names = new ArrayList<>();
        for (Stage s : t) names.add(s.displayName());
        return (t.size() == 1 ? "target " : "targets ") + String.join(", ", names);
    }

    /** One line on what the builders do with the stage for the graph's targets (the code lens above FROM). */
    static String builtBy(StageGraph g, Stage s) {
        BuildSimulation.Result bk = g.simulation().buildkit(), lg = g.simulation().legacy();
        boolean b = bk.executes(s), l = lg.executes(s);
        String t = targets(g);
        String prefix = g.isTarget(s) ? "the build target: " : "";
        if (b && l) return prefix + "built by BuildKit and the legacy builder for " + t;
        if (b) return prefix + "built by BuildKit for " + t + ", not by the legacy builder";
        if (l) return prefix + "built only by the legacy builder for " + t + "; BuildKit skips it";
        return prefix + "not built for " + t;
    }

    /** The stage as a hover shows it: line, base, what builds it, what reads it. */
    static String describe(Analysis a, Stage s, boolean markdown) {
        StageGraph g = a.graph();
        String code = markdown ? "`" : "";
        StringBuilder b = new StringBuilder();
        b.append(markdown ? "**" : "").append("stage ").append(s.index());
        if (s.isNamed()) b.append(' ').append(code).append(s.name()).append(code);
        b.append(markdown ? "**" : "").append(" (line ").append(s.line()).append(")\n\n");
        Stage parent = s.parentIndex() >= 0 ? g.stage(s.parentIndex()) : null;
        String base = s.baseExpanded() != null && !s.baseExpanded().isEmpty() ? s.baseExpanded() : s.baseAsWritten();
        if (parent != null) b.append("based on stage ").append(parent.index()).append(parent.isNamed() ? " " + code + parent.name() + code : "");
        else if (base != null) b.append("based on image ").append(code).append(base).append(code);
        else b.append("no base image");
        if (base != null && s.baseAsWritten() != null && !s.baseAsWritten().equals(base)) {
            b.append(" (written ").append(code).append(s.baseAsWritten()).append(code).append(')');
        }
        b.append("\n\n");
        BuildSimulation.Result bk = g.simulation().buildkit(), lg = g.simulation().legacy();
        b.append("BuildKit: ").append(bk.executes(s) ? "builds it" : "does not build it")
                .append("; legacy builder: ").append(lg.executes(s) ? "builds it" : "does not build it")
                .append(" (for ").append(targets(g)).append(")");
        List<String> readers = new ArrayList<>();
        for (StageRef r : g.refs()) {
            if (r.isStage() && r.stage() == s.index() && r.owner() != s.index()) {
                String who = "stage " + r.owner() + (g.stage(r.owner()).isNamed() ? " " + g.stage(r.owner()).name() : "");
                String entry = who + ": " + code + r.describe() + code + ", line " + r.range().startLine();
                if (!readers.contains(entry)) readers.add(entry);
            }
        }
        if (!readers.isEmpty()) {
            b.append("\n\nused by:");
            for (String r : readers) b.append(markdown ? "\n- " : "\n  ").append(r);
        }
        return b.toString();
    }
}
