package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.BuildkitFeature;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heredocs, RUN --mount, COPY --chmod/--link and friends: the legacy builder refuses or ignores them.
 * One root cause, one finding: the file needs BuildKit, said once at the first such feature.
 */
@RuleInfo(id = "DF1014", slug = "requires-buildkit", severity = Severity.INFO,
        summary = "The file uses features that only BuildKit implements",
        tags = {"stages", "portability"})
public final class RequiresBuildkit implements Rule {
    @Override
    public void check(RuleContext cx) {
        // a syntax directive selects a BuildKit frontend: the author has chosen BuildKit already
        if (cx.file().directive("syntax") != null || cx.options().imageBuilder() == dflint.engine.ImageBuilder.BUILDKIT) return;
        List<BuildkitFeature> all = new ArrayList<>();
        for (Instruction i : cx.file().instructions()) all.addAll(BuildkitFeature.of(i));
        if (all.isEmpty()) return;
        BuildkitFeature first = all.get(0);
        // the other features, each with the lines it is used on
        Map<String, List<Integer>> others = new LinkedHashMap<>();
        for (BuildkitFeature f : all.subList(1, all.size())) {
            List<Integer> lines = others.get(f.feature());
            if (lines == null) others.put(f.feature(), lines = new ArrayList<>());
            int line = f.range().startLine();
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) lines.add(line);
        }
        StringBuilder m = new StringBuilder("This file needs BuildKit: ").append(first.feature()).append(' ')
                .append(legacy(first));
        if (!others.isEmpty()) {
            m.append("; it also uses ");
            int k = 0;
            for (var e : others.entrySet()) {
                if (k++ > 0) m.append(k == others.size() ? " and " : ", ");
                m.append(e.getKey()).append(" (line").append(e.getValue().size() > 1 ? "s " : " ");
                appendLines(m, e.getValue());
                m.append(')');
            }
        }
        m.append(". Build it with BuildKit (the default since Docker 23; docker buildx build), and add a"
                + " '# syntax=docker/dockerfile:1' line to say so");
        cx.report(first.range(), m.toString());
    }

    private static String legacy(BuildkitFeature f) {
        switch (f.legacy()) {
            case REJECTS:
                return "makes the legacy builder fail (\"the --" + flagName(f.feature()) + " option requires BuildKit\")";
            case IGNORES:
                return "is silently ignored by the legacy builder";
            default:
                return "is not read by the legacy builder (" + f.legacyMessage() + ")";
        }
    }

    private static void appendLines(StringBuilder m, List<Integer> lines) {
        int shown = Math.min(lines.size(), 8);
        for (int i = 0; i < shown; i++) {
            if (i > 0) m.append(", ");
            m.append(lines.get(i));
        }
        if (lines.size() > shown) m.append(" and ").append(lines.size() - shown).append(" more");
    }

    private static String flagName(String feature) {
        int dash = feature.indexOf("--");
        return dash < 0 ? feature : feature.substring(dash + 2);
    }
}
