package dflint.fix;

import dflint.engine.Finding;
import dflint.engine.Fix;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fixes one text: lints it, applies the selected fixes that do not overlap ({@link EditMerge}),
 * lints the result and repeats until no selected fix is left or {@link #MAX_PASSES} passes ran.
 * Applying a fix never changes the build: every pass is checked against the text before it, and
 * a pass that breaks the check is retried fix by fix, keeping only the fixes that pass it:
 * <ul>
 * <li>the text still parses (no syntax error appears; a text that does not parse to begin with
 *     is never fixed);</li>
 * <li>the same number of instructions and stages;</li>
 * <li>for safe fixes, also: no rule reports more findings than before (but for findings another
 *     selected fix removes in a later pass), each stage keeps its name (a stage may gain one), and a build of each stage as target runs the same stages,
 *     under the same build arguments. Unsafe fixes may change what the build does (that is what
 *     makes them unsafe, and new findings may follow from it), so they wait until no safe fix
 *     is left and get passes of their own.</li>
 * </ul>
 * A pure function of the text: no file is read or written.
 */
public final class Fixer {
    /** Enough for fixes that wait on each other several times over; a text that needs more is left part-fixed. */
    public static final int MAX_PASSES = 16;

    /** Lints a text: how the fixer sees each version of the file. */
    @FunctionalInterface
    public interface Analyzer {
        Analysis analyze(String text);
    }

    /** One version of the text, parsed, linted, and its build's shape. */
    public record Analysis(String text, Dockerfile file, List<Finding> findings, Shape shape) {
        public boolean parses() {
            return file.errors().isEmpty();
        }
    }

    /**
     * What a build of the file does, as far as a fix must keep it: how many instructions, each
     * stage's name, and the stages BuildKit runs for each stage as target.
     */
    public record Shape(int instructions, List<String> names, List<List<Integer>> reachable) {
        static Shape of(Dockerfile file, StageGraph g) {
            List<String> names = new ArrayList<>();
            List<List<Integer>> reach = new ArrayList<>();
            for (Stage s : g.stages()) {
                names.add(s.name());
                List<Integer> r = new ArrayList<>();
                for (Stage t : g.reachableFrom(s)) r.add(t.index());
                reach.add(List.copyOf(r));
            }
            return new Shape(file.instructions().size(), java.util.Collections.unmodifiableList(names), List.copyOf(reach));
        }

        /** Same build, allowing an unnamed stage to gain a name. */
        boolean sameBuildAs(Shape before) {
            if (instructions != before.instructions || names.size() != before.names.size()) return false;
            for (int i = 0; i < names.size(); i++) {
                String was = before.names.get(i);
                if (was != null && !was.equals(names.get(i))) return false;
            }
            return reachable.equals(before.reachable);
        }
    }

    /** A fix that was applied (or refused), the rule that proposed it and the pass it belongs to. */
    public record Applied(String ruleId, Fix fix, int pass) {}

    /**
     * The outcome.
     *
     * @param original  the text given
     * @param text      the fixed text (equal to original when nothing was applied)
     * @param applied   the fixes applied, in order
     * @param refused   fixes that would have changed the build or added findings, left out
     * @param passes    how many passes applied something
     * @param converged no selected fix was left at the end
     * @param last      the analysis of {@code text}: what is left to report
     * @param refusal   why the text was not fixed at all (it does not parse), or null
     */
    public record Result(String original, String text, List<Applied> applied, List<Applied> refused, int passes,
                         boolean converged, Analysis last, String refusal) {
        public boolean changed() {
            return !text.equals(original);
        }

        /** How many fixes of each rule were applied, by rule id in first-applied order. */
        public Map<String, Integer> countsByRule() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (Applied a : applied) out.merge(a.ruleId(), 1, Integer::sum);
            return out;
        }
    }

    private final Analyzer analyzer;

    public Fixer(Analyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer);
    }

    /** The analyzer the command line and the language server use: parse, lint and graph as a lint would. */
    public static Analyzer analyzer(Linter linter, LintOptions options, String path) {
        return text -> {
            Dockerfile df = DockerfileSyntax.parse(path, text);
            List<Finding> findings = linter.lint(df, options);
            StageGraph g = StageGraph.build(df, options.targets(), options.buildArgs());
            return new Analysis(text, df, findings, Shape.of(df, g));
        };
    }

    public Analysis analyze(String text) {
        return analyzer.analyze(text);
    }

    /** Fixes {@code text} with the fixes {@code selection} takes. */
    public Result fix(String text, FixSelection selection) {
        return fix(analyzer.analyze(text), selection);
    }

    /**
     * As {@link #fix(String, FixSelection)}, starting from an analysis already made of the text.
     * A fix may bring up a finding that another selected fix then removes (upper-casing
     * {@code from x as y} makes {@code as} a casing finding of its own), so a pass may add
     * findings the selection can fix. If the end result still has more findings of some rule
     * than the start, the text is fixed again with every pass held to no new finding at all.
     */
    public Result fix(Analysis start, FixSelection selection) {
        Result r = fix(start, selection, true);
        if (r.refusal() == null && more(r.last().findings(), start.findings())) r = fix(start, selection, false);
        return r;
    }

    /** True when some rule reports more findings in {@code after} than in {@code before}. */
    private static boolean more(List<Finding> after, List<Finding> before) {
        Map<String, Integer> was = new HashMap<>();
        for (Finding f : before) was.merge(f.ruleId(), 1, Integer::sum);
        Map<String, Integer> now = new HashMap<>();
        for (Finding f : after) now.merge(f.ruleId(), 1, Integer::sum);
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            if (e.getValue() > was.getOrDefault(e.getKey(), 0)) return true;
        }
        return false;
    }

    private Result fix(Analysis start, FixSelection selection, boolean lenient) {
        FixSelection fixable = lenient ? selection : null;
        String original = start.text();
        if (!start.parses()) {
            return new Result(original, original, List.of(), List.of(), 0, true, start, "the file does not parse");
        }
        Analysis cur = start;
        List<Applied> applied = new ArrayList<>();
        List<Applied> refused = new ArrayList<>();
        Set<String> refusedKeys = new HashSet<>();
        int passes = 0;
        boolean converged = false;
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            List<Finding> candidates = candidates(cur, selection, refusedKeys);
            if (candidates.isEmpty()) {
                converged = true;
                break;
            }
            List<Fix> fixes = new ArrayList<>(candidates.size());
            for (Finding f : candidates) fixes.add(f.fix());
            EditMerge.Pass p = EditMerge.apply(cur.text(), fixes);
            if (p.applied().isEmpty() || !p.changed(cur.text())) {
                // nothing applicable changes the text: the rules keep proposing no-ops
                converged = true;
                break;
            }
            boolean safeOnly = candidates.get(0).fixSafety() == dflint.engine.FixSafety.SAFE;
            Analysis next = analyzer.analyze(p.text());
            if (keepsBuild(cur, next, safeOnly, fixable)) {
                record(applied, candidates, p.applied(), pass);
                cur = next;
                passes++;
                continue;
            }
            // Some fix of the pass breaks the check: try each alone, then the good ones together.
            List<Finding> good = new ArrayList<>();
            for (Finding f : candidates) {
                if (!p.applied().contains(f.fix()) || good.stream().anyMatch(g -> g.fix().equals(f.fix()))) continue;
                EditMerge.Pass one = EditMerge.apply(cur.text(), List.of(f.fix()));
                if (one.changed(cur.text()) && keepsBuild(cur, analyzer.analyze(one.text()), safeOnly, fixable)) {
                    good.add(f);
                } else {
                    refused.add(new Applied(f.ruleId(), f.fix(), pass));
                    refusedKeys.add(key(cur, f));
                }
            }
            if (good.isEmpty()) continue;
            List<Fix> goodFixes = new ArrayList<>();
            for (Finding f : good) goodFixes.add(f.fix());
            EditMerge.Pass together = EditMerge.apply(cur.text(), goodFixes);
            Analysis both = analyzer.analyze(together.text());
            if (!keepsBuild(cur, both, safeOnly, fixable)) {
                // the good fixes interfere: take the first alone, the rest come back next pass
                together = EditMerge.apply(cur.text(), List.of(goodFixes.get(0)));
                both = analyzer.analyze(together.text());
            }
            record(applied, good, together.applied(), pass);
            cur = both;
            passes++;
        }
        return new Result(original, cur.text(), List.copyOf(applied), List.copyOf(refused), passes, converged, cur, null);
    }

    /**
     * The findings whose fixes the selection takes, once per distinct fix, leaving out refused
     * ones: the safe fixes while there are any, else the unsafe ones.
     */
    private static List<Finding> candidates(Analysis a, FixSelection selection, Set<String> refusedKeys) {
        List<Finding> safe = new ArrayList<>(), unsafe = new ArrayList<>();
        Set<Fix> seen = new HashSet<>();
        for (Finding f : a.findings()) {
            if (!selection.accepts(f) || !seen.add(f.fix())) continue;
            if (!refusedKeys.isEmpty() && refusedKeys.contains(key(a, f))) continue;
            (f.fixSafety() == dflint.engine.FixSafety.SAFE ? safe : unsafe).add(f);
        }
        return safe.isEmpty() ? unsafe : safe;
    }

    private static void record(List<Applied> applied, List<Finding> from, List<Fix> taken, int pass) {
        Set<Fix> done = new HashSet<>();
        for (Finding f : from) {
            if (taken.contains(f.fix()) && done.add(f.fix())) applied.add(new Applied(f.ruleId(), f.fix(), pass));
        }
    }

    /**
     * Names a fix across passes, where positions shift but lines keep their text: the rule, what
     * it does, and for each edit the line it is on, the text it covers and what it writes.
     */
    private static String key(Analysis a, Finding f) {
        SourceText src = new SourceText(a.text());
        StringBuilder b = new StringBuilder(f.ruleId()).append('\0').append(f.fix().description());
        for (Fix.Edit e : f.fix().edits()) {
            int s = src.offset(e.range().startLine(), e.range().startColumn());
            int t = src.offset(e.range().endLine(), e.range().endColumn());
            b.append('\0').append(src.line(e.range().startLine())).append('\0')
                    .append(s >= 0 && t >= s ? a.text().substring(s, t) : "?").append('\0').append(e.replacement());
        }
        return b.toString();
    }

    /**
     * The check every pass must pass: still parses, and (for safe fixes) the same build and no
     * rule reporting more than before, not counting new findings {@code fixable} can fix (null:
     * counting every finding).
     */
    static boolean keepsBuild(Analysis before, Analysis after, boolean safe, FixSelection fixable) {
        if (!after.parses()) return false;
        if (after.shape().instructions() != before.shape().instructions()
                || after.shape().names().size() != before.shape().names().size()) return false;
        if (!safe) return true;
        if (!after.shape().sameBuildAs(before.shape())) return false;
        Map<String, Integer> was = new HashMap<>();
        for (Finding f : before.findings()) was.merge(f.ruleId(), 1, Integer::sum);
        Map<String, Integer> now = new HashMap<>();
        for (Finding f : after.findings()) {
            if (fixable == null || !fixable.accepts(f)) now.merge(f.ruleId(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            if (e.getValue() > was.getOrDefault(e.getKey(), 0)) return false;
        }
        return true;
    }
}
