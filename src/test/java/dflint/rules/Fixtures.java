package dflint.rules;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.Severity;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads fixture markers and checks a linted file against them.
 *
 * <pre>
 * # options: target=app build-arg=K=V enable=DF2016 ignore=DF3006 builder=buildkit
 * # options: config-target=app  (a target from targets: in .dflint.yaml rather than --target)
 * # expect: DF1001            (the next instruction gets one DF1001)
 * # expect: DF1001, DF1001    (... two of them)
 * # expect-directives: DF1015 (the parser directives at the top get one DF1015; the marker
 *                              itself cannot stand among them, a comment ends them)
 * </pre>
 *
 * Matching is exhaustive for the rule under test, for DF0001 and for every rule
 * a marker names: a missing finding fails, and so does an unexpected one.
 */
final class Fixtures {
    private Fixtures() {}

    static LintOptions options(String text, String ruleUnderTest) {
        List<String> targets = new ArrayList<>();
        Map<String, String> buildArgs = new LinkedHashMap<>();
        Set<String> enable = new LinkedHashSet<>();
        Set<String> ignore = new LinkedHashSet<>();
        List<String> registries = new ArrayList<>();
        Map<String, String> labelSchema = new LinkedHashMap<>();
        Map<String, Severity> severities = new HashMap<>();
        boolean strict = false;
        String targetsSource = null;
        dflint.engine.ImageBuilder builder = dflint.engine.ImageBuilder.AUTO;
        enable.add(ruleUnderTest);
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("# options:")) continue;
            for (String opt : t.substring("# options:".length()).trim().split("\\s+")) {
                if (opt.isEmpty()) continue;
                int eq = opt.indexOf('=');
                String k = eq < 0 ? opt : opt.substring(0, eq), v = eq < 0 ? "" : opt.substring(eq + 1);
                switch (k) {
                    case "target": targets.add(v); break;
                    case "config-target":
                        targets.add(v);
                        targetsSource = ".dflint.yaml:1";
                        break;
                    case "build-arg": {
                        int e2 = v.indexOf('=');
                        buildArgs.put(v.substring(0, e2), v.substring(e2 + 1));
                        break;
                    }
                    case "enable": enable.add(v); break;
                    case "ignore": ignore.add(v); break;
                    case "trusted-registry": registries.add(v); break;
                    case "label": {
                        int e2 = v.indexOf(':');
                        labelSchema.put(v.substring(0, e2), v.substring(e2 + 1));
                        break;
                    }
                    case "strict-labels": strict = true; break;
                    case "builder": builder = dflint.engine.ImageBuilder.parse(v); break;
                    case "severity": {
                        int e2 = v.indexOf('=');
                        severities.put(v.substring(0, e2), Severity.parse(v.substring(e2 + 1)));
                        break;
                    }
                    default: throw new AssertionError("unknown fixture option: " + opt);
                }
            }
        }
        LintOptions.Builder b = LintOptions.builder();
        b.targets.addAll(targets);
        b.buildArgs.putAll(buildArgs);
        b.enable.addAll(enable);
        b.ignore.addAll(ignore);
        b.severities.putAll(severities);
        b.trustedRegistries.addAll(registries);
        b.labelSchema.putAll(labelSchema);
        b.strictLabels = strict;
        if (targetsSource != null) b.targetsSource = targetsSource;
        b.imageBuilder = builder;
        return b.build();
    }

    /** Expected rule ids per instruction start line; line 0 holds those of the parser directives. */
    static Map<Integer, List<String>> expectations(Dockerfile df) {
        Map<Integer, List<String>> byLine = new TreeMap<>();
        String[] lines = df.text().split("\n", -1);
        List<String> pending = new ArrayList<>();
        int pendingFrom = -1;
        int next = 0;
        List<Instruction> ins = df.instructions();
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String t = lines[i].strip();
            while (next < ins.size() && ins.get(next).range().endLine() < lineNo) next++;
            if (t.startsWith("# expect-directives:")) {
                for (String id : t.substring("# expect-directives:".length()).split(",")) {
                    if (!id.isBlank()) byLine.computeIfAbsent(0, k -> new ArrayList<>()).add(id.trim());
                }
                continue;
            }
            if (t.startsWith("# expect:")) {
                for (String id : t.substring("# expect:".length()).split(",")) {
                    if (!id.isBlank()) pending.add(id.trim());
                }
                pendingFrom = lineNo;
                continue;
            }
            if (!pending.isEmpty() && next < ins.size() && ins.get(next).range().startLine() == lineNo) {
                byLine.computeIfAbsent(lineNo, k -> new ArrayList<>()).addAll(pending);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) throw new AssertionError("# expect at line " + pendingFrom + " has no instruction after it");
        return byLine;
    }

    /** Returns the differences between expected and actual findings; empty when they agree. */
    static List<String> compare(String name, String text, String ruleUnderTest, Linter linter) {
        Dockerfile df = DockerfileSyntax.parse(name, text);
        List<Finding> findings = linter.lint(df, options(text, ruleUnderTest));
        Map<Integer, List<String>> expected = expectations(df);
        Set<String> checked = new LinkedHashSet<>();
        checked.add(ruleUnderTest);
        checked.add("DF0001");
        expected.values().forEach(checked::addAll);
        // Map each finding to the instruction it falls in.
        Map<Integer, List<String>> actual = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Finding f : findings) {
            if (!checked.contains(f.ruleId())) continue;
            Integer start = null;
            for (Instruction i : df.instructions()) {
                if (i.range().startLine() <= f.line() && f.line() <= i.range().endLine()) start = i.range().startLine();
            }
            if (start == null && onDirective(df, f.line())) start = 0;
            if (start == null) {
                problems.add("finding outside any instruction: " + f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.message());
                continue;
            }
            actual.computeIfAbsent(start, k -> new ArrayList<>()).add(f.ruleId());
        }
        Set<Integer> lines = new java.util.TreeSet<>(expected.keySet());
        lines.addAll(actual.keySet());
        for (int line : lines) {
            List<String> e = new ArrayList<>(expected.getOrDefault(line, List.of()));
            List<String> a = new ArrayList<>(actual.getOrDefault(line, List.of()));
            e.sort(null);
            a.sort(null);
            if (!e.equals(a)) {
                StringBuilder msg = new StringBuilder("line " + line + ": expected " + e + " but got " + a);
                for (Finding f : findings) {
                    if (checked.contains(f.ruleId()) && f.line() >= line) {
                        msg.append("\n      ").append(f.line()).append(':').append(f.column()).append(' ')
                                .append(f.ruleId()).append(' ').append(f.message());
                    }
                }
                problems.add(msg.toString());
            }
        }
        return problems;
    }

    private static boolean onDirective(Dockerfile df, int line) {
        for (dflint.syntax.Directive d : df.directives()) {
            if (d.range().startLine() <= line && line <= d.range().endLine()) return true;
        }
        return false;
    }
}
