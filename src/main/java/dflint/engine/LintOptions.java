package dflint.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user asked for, as far as rules and the engine care: build targets
 * and arguments, which rules run, severity overrides, and rule settings.
 *
 * @param targets           stage names to build; empty means the last stage
 * @param buildArgs         --build-arg values, overriding ARG defaults
 * @param enable            rules to turn on beyond the defaults (ids, slugs, aliases, or "all")
 * @param ignore            rules to turn off (ids, slugs, aliases)
 * @param severities        per-rule severity overrides, keyed by id, slug or alias
 * @param trustedRegistries registries images may come from (empty: any)
 * @param labelSchema       required labels and their kinds
 * @param strictLabels      labels outside the schema are findings too
 */
public record LintOptions(List<String> targets, Map<String, String> buildArgs, Set<String> enable,
                          Set<String> ignore, Map<String, Severity> severities,
                          List<String> trustedRegistries, Map<String, String> labelSchema,
                          boolean strictLabels) {

    public static LintOptions defaults() {
        return new LintOptions(List.of(), Map.of(), Set.of(), Set.of(), Map.of(), List.of(), Map.of(), false);
    }
}
