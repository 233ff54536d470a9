package dflint.graph;

/**
 * A build target and where dflint learned of it. {@code source} is a place a person can open:
 * {@code --target}, {@code .dflint.yaml:3}, {@code Dockerfile:2 (pragma)},
 * {@code docker-bake.hcl:140}, {@code .github/workflows/ci.yml:48}; or, for a target dflint
 * only infers, {@link #DEFAULT} or {@link #UNUSED_NAMED_STAGE}. Names compare
 * case-insensitively, as BuildKit's stage names do; {@code name} is null for an unnamed last stage.
 */
public record TargetSource(String name, String source) {
    /** The source of a target given with {@code --target} on the command line. */
    public static final String COMMAND_LINE = "--target";
    /** The last stage: what a build without {@code --target} builds. */
    public static final String DEFAULT = "default (last stage)";
    /** A named stage that nothing in the file uses: most likely built with {@code --target}. */
    public static final String UNUSED_NAMED_STAGE = "unused named stage";

    /** True for a source dflint inferred from the file itself rather than read somewhere. */
    public boolean inferred() {
        return source.equals(DEFAULT) || source.equals(UNUSED_NAMED_STAGE);
    }
}
