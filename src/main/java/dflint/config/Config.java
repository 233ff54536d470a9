package dflint.config;

import dflint.engine.LintOptions;
import dflint.engine.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One {@code .dflint.yaml}, validated. Absent keys are null (or empty), so the
 * command line can tell "not set" from "set to the default".
 *
 * @param file               where it was read from
 * @param ignore             rules to turn off (ids, slugs or aliases, as written)
 * @param enable             rules that are off by default to turn on, or "all"
 * @param severity           per-rule severity; null value = the rule is ignored
 * @param failureThreshold   the severity that fails the run; null = not set; {@link #NO_THRESHOLD} for none
 * @param targets            build targets
 * @param buildArgs          build arguments
 * @param trustedRegistries  registries base images may come from
 * @param labelSchema        required labels and their kinds
 * @param strictLabels       null = not set
 * @param baseImages         extra rows for the base-image table
 * @param shellcheck         null = not set
 * @param builder            the builder the project uses; null = not set
 * @param targetsLine        the line of the {@code targets} key (0 when absent), which findings cite
 * @param discover           look for the targets the repository builds (bake, compose, CI); null = not set
 */
public record Config(Path file, List<String> ignore, List<String> enable, Map<String, Severity> severity,
                     String failureThreshold, List<String> targets, Map<String, String> buildArgs,
                     List<String> trustedRegistries, Map<String, String> labelSchema, Boolean strictLabels,
                     List<String> baseImages, Boolean shellcheck,
                     dflint.engine.ImageBuilder builder, int targetsLine, Boolean discover) {

    /** The failure-threshold value that means "never fail". */
    public static final String NO_THRESHOLD = "none";

    /** The keys a configuration file may hold. */
    public static final List<String> KEYS = List.of("ignore", "enable", "severity", "failure-threshold", "targets",
            "build-args", "trusted-registries", "label-schema", "strict-labels", "base-images", "shellcheck", "builder",
            "discover");

    /** The label kinds the label rules understand. */
    public static final List<String> LABEL_KINDS = List.of("text", "url", "semver", "hash", "rfc3339", "spdx", "email");

    /** Starts lint options from this file; the command line adds its own on top. */
    public LintOptions.Builder toOptions() {
        LintOptions.Builder b = LintOptions.builder();
        b.ignore.addAll(ignore);
        b.enable.addAll(enable);
        for (var e : severity.entrySet()) {
            if (e.getValue() == null) b.ignore.add(e.getKey());
            else b.severities.put(e.getKey(), e.getValue());
        }
        b.targets.addAll(targets);
        if (!targets.isEmpty()) b.targetsSource = displayPath(file) + ":" + targetsLine;
        b.buildArgs.putAll(buildArgs);
        b.trustedRegistries.addAll(trustedRegistries);
        b.labelSchema.putAll(labelSchema);
        if (strictLabels != null) b.strictLabels = strictLabels;
        b.baseImages.addAll(baseImages);
        if (shellcheck != null) b.shellcheck = shellcheck;
        if (builder != null) b.imageBuilder = builder;
        return b;
    }

    /** The file as a person would type it from here: relative to the working folder when inside it. */
    static String displayPath(Path file) {
        if (file == null) return ".dflint.yaml";
        try {
            Path abs = file.toAbsolutePath().normalize();
            Path here = Path.of("").toAbsolutePath().normalize();
            return (abs.startsWith(here) ? here.relativize(abs) : abs).toString().replace('\\', '/');
        } catch (RuntimeException e) {
            return file.toString();
        }
    }
}
