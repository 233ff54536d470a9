package dflint.graph;

import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Giving a stage a (new) name, as text edits: the {@code AS} word (or an {@code AS name} added
 * after the base image of an unnamed stage) and every reference in the file that reaches the
 * stage: {@code FROM}, {@code COPY/ADD --from} (by name, and by index when asked) and
 * {@code RUN --mount ... from=}. Shared by the rules that name stages (DF1001, DF1010) and by
 * anything that renames one on request, so all of them edit the same places.
 */
public final class StageRename {
    private StageRename() {}

    /** Put {@code text} where {@code range} is (an empty range inserts). */
    public record Edit(SourceRange range, String text) {}

    /**
     * The edits that make {@code stage} be called {@code name} everywhere, leaving references that
     * are already spelled that way alone; {@code byIndex} also rewrites {@code --from=<index>}.
     * Null when some reference cannot be rewritten in place: one by name inside an ONBUILD
     * trigger (other builds resolve it too; an index there keeps reaching the stage and stays),
     * a FROM that reaches the stage through a variable, or a mount whose {@code from=} is quoted
     * or split over lines.
     */
    public static List<Edit> edits(StageGraph g, Stage stage, String name, boolean byIndex) {
        List<Edit> out = new ArrayList<>();
        Instruction.From from = stage.from();
        if (from.stageName() != null) {
            if (!from.stageName().value().equals(name)) out.add(new Edit(from.stageName().range(), name));
        } else {
            if (from.image() == null) return null;
            String kw = from.node().keyword();
            String as = kw.equals(kw.toLowerCase(Locale.ROOT)) ? "as" : "AS";
            SourceRange image = from.image().range();
            out.add(new Edit(SourceRange.point(image.endLine(), image.endColumn()), " " + as + " " + name));
        }
        for (StageRef r : g.refs()) {
            if (!r.isStage() || r.stage() != stage.index()) continue;
            if (r.kind() == StageRef.Kind.ONBUILD) {
                if (r.byIndex() || r.raw().equals(name)) continue;
                return null;
            }
            switch (r.kind()) {
                case PARENT:
                    if (!r.raw().equals(r.expanded())) return null;
                    if (!r.raw().equals(name)) out.add(new Edit(r.range(), name));
                    break;
                case COPY_FROM:
                case ADD_FROM:
                    if (r.byIndex() ? byIndex : !r.raw().equals(name)) out.add(new Edit(r.range(), "--from=" + name));
                    break;
                case MOUNT_FROM: {
                    if (r.raw().equals(name)) break;
                    SourceRange at = null;
                    for (Flag f : r.instruction().node().flags()) {
                        if (f.range().equals(r.range())) at = mountValue(g, f, "from");
                    }
                    if (at == null) return null;
                    out.add(new Edit(at, name));
                    break;
                }
                default:
                    return null;
            }
        }
        return out;
    }

    /**
     * Where a reference writes the stage's name or index: the FROM word, the value of
     * {@code --from=} (inside its quotes), or the {@code from=} value of a mount; the whole flag
     * when the value cannot be pinned down (a flag over several lines, a quoted mount value).
     */
    public static SourceRange nameRange(StageGraph g, StageRef r) {
        StageRef.Kind kind = r.kind() == StageRef.Kind.ONBUILD ? r.triggerKind() : r.kind();
        Instruction in = r.instruction() instanceof Instruction.Onbuild ob && ob.trigger() != null ? ob.trigger() : r.instruction();
        SourceRange whole = r.range();
        if (kind == StageRef.Kind.PARENT || in == null) return whole;
        for (Flag f : in.node().flags()) {
            if (!f.range().equals(whole)) continue;
            if (kind == StageRef.Kind.MOUNT_FROM) {
                SourceRange v = mountValue(g, f, "from");
                return v != null ? v : whole;
            }
            if (whole.startLine() != whole.endLine()) return whole;
            String line = g.file().lineText(whole.startLine());
            if (whole.endColumn() - 1 > line.length()) return whole;
            String text = line.substring(whole.startColumn() - 1, whole.endColumn() - 1);
            int eq = text.indexOf('=');
            if (eq < 0) return whole;
            int start = eq + 1, end = text.length();
            if (end - start >= 2 && (text.charAt(start) == '"' || text.charAt(start) == '\'')
                    && text.charAt(end - 1) == text.charAt(start)) {
                start++;
                end--;
            }
            return SourceRange.ofLine(whole.startLine(), whole.startColumn() + start, whole.startColumn() + end);
        }
        return whole;
    }

    /**
     * Why {@code name} cannot be given to {@code stage}, or null when it can: it must be a name
     * BuildKit accepts, not a reserved one, not another stage's, and not an image a FROM,
     * {@code --from} or mount of the file reads (naming a stage that would capture it).
     */
    public static String problem(StageGraph g, Stage stage, String name) {
        if (!validName(name)) return "\"" + name + "\" is not a stage name BuildKit accepts (lower-case letters, digits, -, _ and ., starting with a letter)";
        if (name.equals("scratch") || name.equals("context")) return "\"" + name + "\" is reserved";
        Stage other = g.findByName(name);
        if (other != null && other != stage) return "stage " + other.index() + " is already called " + name;
        for (StageRef r : g.refs()) {
            if (!r.isStage() && name.equals(r.expanded())) return "the file reads an image called " + name;
        }
        return null;
    }

    /** BuildKit's stage-name pattern, ^[a-z][a-z0-9-_.]*$. */
    static boolean validName(String n) {
        if (n.isEmpty() || n.charAt(0) < 'a' || n.charAt(0) > 'z') return false;
        for (int i = 1; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
        }
        return true;
    }

    /**
     * Where the value of {@code key=} is written inside a {@code --mount} flag on one line
     * ({@code from} of {@code --mount=type=cache,from=build,target=/x}), or null when the flag
     * spans lines, the key is missing or the value is quoted.
     */
    static SourceRange mountValue(StageGraph g, Flag f, String key) {
        SourceRange r = f.range();
        if (r.startLine() != r.endLine()) return null;
        String line = g.file().lineText(r.startLine());
        if (r.endColumn() - 1 > line.length()) return null;
        String text = line.substring(r.startColumn() - 1, r.endColumn() - 1);
        int eq = text.indexOf('=');
        if (!text.startsWith("--mount=") || eq < 0) return null;
        int i = eq + 1;
        while (i <= text.length()) {
            int comma = text.indexOf(',', i);
            int end = comma < 0 ? text.length() : comma;
            String field = text.substring(i, end);
            int feq = field.indexOf('=');
            if (feq > 0 && field.substring(0, feq).trim().toLowerCase(Locale.ROOT).equals(key)) {
                String value = field.substring(feq + 1);
                if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0 || !value.equals(value.trim())) return null;
                int col = r.startColumn() + i + feq + 1;
                return SourceRange.ofLine(r.startLine(), col, col + value.length());
            }
            if (comma < 0) break;
            i = comma + 1;
        }
        return null;
    }
}
