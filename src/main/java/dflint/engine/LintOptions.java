package dflint.engine;

import dflint.graph.TargetDiscovery;
import dflint.graph.TargetSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user asked for, as far as rules and the engine care: build targets
 * and arguments, which rules run, severity overrides, and rule settings.
 * Built with {@link #builder()}; immutable once built.
 *
 * @param targets           stage names to build; empty means the last stage
 * @param buildArgs         --build-arg values, overriding ARG defaults
 * @param enable            rules to turn on beyond the defaults (ids, slugs, aliases, or "all")
 * @param ignore            rules to turn off (ids, slugs, aliases)
 * @param severities        per-rule severity overrides, keyed by id, slug or alias
 * @param trustedRegistries registries images may come from (empty: any)
 * @param labelSchema       required labels and their kinds (text, url, rfc3339, spdx, hash, semver, email)
 * @param strictLabels      labels outside the schema are findings too
 * @param baseImages        extra rows for the base-image table, in its tab-separated format
 * @param shellcheck        run ShellCheck over RUN scripts when it is installed
 * @param imageBuilder      the builder the project uses ({@link ImageBuilder#AUTO} when not said)
 * @param targetsSource     where {@code targets} came from: {@code --target}, or the configuration
 *                          file and line ({@code .dflint.yaml:3})
 * @param discoveredTargets the targets the repository around the file builds (bake, compose, CI,
 *                          ...), or null; asked only when an answer depends on it, so set it per
 *                          file and keep it cheap until then
 */
public record LintOptions(List<String> targets, Map<String, String> buildArgs, Set<String> enable,
                          Set<String> ignore, Map<String, Severity> severities,
                          List<String> trustedRegistries, Map<String, String> labelSchema,
                          boolean strictLabels, List<String> baseImages, boolean shellcheck,
                          ImageBuilder imageBuilder, String targetsSource, TargetDiscovery discoveredTargets) {

    public LintOptions {
        targets = List.copyOf(targets);
        buildArgs = Map.copyOf(buildArgs);
        enable = Set.copyOf(enable);
        ignore = Set.copyOf(ignore);
        severities = Map.copyOf(severities);
        trustedRegistries = List.copyOf(trustedRegistries);
        labelSchema = Map.copyOf(labelSchema);
        baseImages = List.copyOf(baseImages);
        if (imageBuilder == null) imageBuilder = ImageBuilder.AUTO;
        if (targetsSource == null) targetsSource = TargetSource.COMMAND_LINE;
    }

    /** The requested targets, each with where it came from. */
    public List<TargetSource> targetSources() {
        List<TargetSource> out = new ArrayList<>(targets.size());
        for (String t : targets) out.add(new TargetSource(t, targetsSource));
        return out;
    }

    /** These options with the targets discovered around one file (the rest shared, not copied). */
    public LintOptions withDiscoveredTargets(TargetDiscovery discovered) {
        return new LintOptions(targets, buildArgs, enable, ignore, severities, trustedRegistries, labelSchema,
                strictLabels, baseImages, shellcheck, imageBuilder, targetsSource, discovered);
    }

    public static LintOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.targets.addAll(targets);
        b.buildArgs.putAll(buildArgs);
        b.enable.addAll(enable);
        b.ignore.addAll(ignore);
        b.severities.putAll(severities);
        b.trustedRegistries.addAll(trustedRegistries);
        b.labelSchema.putAll(labelSchema);
        b.strictLabels = strictLabels;
        b.baseImages.addAll(baseImages);
        b.shellcheck = shellcheck;
        b.imageBuilder = imageBuilder;
        b.targetsSource = targetsSource;
        b.discoveredTargets = discoveredTargets;
        return b;
    }

    public static final class Builder {
        public final List<String> targets = new ArrayList<>();
        public final Map<String, String> buildArgs = new LinkedHashMap<>();
        public final Set<String> enable = new LinkedHashSet<>();
        public final Set<String> ignore = new LinkedHashSet<>();
        public final Map<String, Severity> severities = new LinkedHashMap<>();
        public final List<String> trustedRegistries = new ArrayList<>();
        public final Map<String, String> labelSchema = new LinkedHashMap<>();
        public boolean strictLabels;
        public final List<String> baseImages = new ArrayList<>();
        public boolean shellcheck;
        public ImageBuilder imageBuilder = ImageBuilder.AUTO;
        public String targetsSource = TargetSource.COMMAND_LINE;
        public TargetDiscovery discoveredTargets;

        public LintOptions build() {
            return new LintOptions(targets, buildArgs, enable, ignore, severities, trustedRegistries,
                    labelSchema, strictLabels, baseImages, shellcheck, imageBuilder, targetsSource, discoveredTargets);
        }
    }
}
