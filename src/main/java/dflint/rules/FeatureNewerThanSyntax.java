package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.FrontendFeatureTable;
import dflint.graph.FrontendVersion;
import dflint.syntax.Directive;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A feature the Dockerfile frontend pinned by {@code # syntax=docker/dockerfile:1.N} does not have.
 * Versions come from {@code rules/frontend-features.tsv}; without a pin the builder's own frontend
 * runs and nothing is said.
 */
@RuleInfo(id = "DF1015", slug = "feature-newer-than-syntax", severity = Severity.ERROR,
        summary = "The file uses a feature that the frontend pinned by its # syntax= directive does not have",
        tags = {"buildkit", "portability"})
public final class FeatureNewerThanSyntax implements Rule {
    @Override
    public void check(RuleContext cx) {
        Directive syntax = cx.file().directive("syntax");
        if (syntax == null) return;
        FrontendVersion pin = FrontendVersion.parse(syntax.value());
        if (pin == null) return;
        Map<String, FrontendFeatureTable.Feature> table = FrontendFeatureTable.builtin();
        if (pin.isNewest() && (pin.labs() || FrontendFeatureTable.allStable(table))) return;

        // one finding per place: a mount with a new type and a new option is one thing to fix
        Map<SourceRange, List<FrontendFeatures.Use>> uses = new LinkedHashMap<>();
        Map<SourceRange, List<FrontendFeatureTable.Feature>> missing = new LinkedHashMap<>();
        for (FrontendFeatures.Use use : FrontendFeatures.of(cx.file())) {
            FrontendFeatureTable.Feature f = table.get(use.key());
            if (f == null || f.availableIn(pin)) continue;
            List<FrontendFeatureTable.Feature> at = missing.get(use.range());
            if (at == null) {
                missing.put(use.range(), at = new ArrayList<>());
                uses.put(use.range(), new ArrayList<>());
            }
            // the table holds one Feature per key: identity, not the record's equals (see ColdPathTest)
            if (containsSame(at, f)) continue;
            at.add(f);
            uses.get(use.range()).add(use);
        }
        for (Map.Entry<SourceRange, List<FrontendFeatureTable.Feature>> e : missing.entrySet()) {
            cx.report(e.getKey(), message(uses.get(e.getKey()), e.getValue(), syntax));
        }
    }

    private static boolean containsSame(List<FrontendFeatureTable.Feature> features, FrontendFeatureTable.Feature f) {
        for (FrontendFeatureTable.Feature g : features) {
            if (g == f) return true;
        }
        return false;
    }

    private static String message(List<FrontendFeatures.Use> uses, List<FrontendFeatureTable.Feature> features,
                                  Directive syntax) {
        StringBuilder b = new StringBuilder();
        FrontendFeatureTable.Feature newest = features.get(0);
        for (int i = 0; i < features.size(); i++) {
            FrontendFeatureTable.Feature f = features.get(i);
            if (i > 0) b.append(i == features.size() - 1 ? " and " : ", ");
            String keyword = uses.get(i).keyword();
            // a row shared by COPY and ADD names the flag alone; the message names the instruction
            if (f.name().startsWith("--") && keyword != null) b.append(keyword).append(' ');
            b.append(f.name()).append(" needs Dockerfile frontend ").append(f.needed());
            if (later(f, newest)) newest = f;
        }
        b.append(", but line ").append(syntax.range().startLine()).append(" pins ").append(syntax.value().trim())
                .append(": ").append(newest.effect()).append("; raise the pin to ")
                .append(newest.since() != null ? newest.since() + " or later (docker/dockerfile:1 has every stable feature)"
                        : newest.needed() + " or later");
        return b.toString();
    }

    /** True when a needs a later pin than b (stable releases compared; labs-only counts as newest). */
    private static boolean later(FrontendFeatureTable.Feature a, FrontendFeatureTable.Feature b) {
        if (a.since() == null) return b.since() != null;
        if (b.since() == null) return false;
        if (a.since().minor() != b.since().minor()) return a.since().minor() > b.since().minor();
        return a.since().patch() > b.since().patch();
    }
}
