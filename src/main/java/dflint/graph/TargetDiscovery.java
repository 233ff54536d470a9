package dflint.graph;

import java.util.List;
import java.util.Set;

/**
 * The targets the repository around one Dockerfile builds (bake, compose, CI, ...), and the
 * build arguments it passes, as the stage graph asks for them: at most once per question, and
 * only when the answer can change one. Implementations may be slow on first use (they read the
 * repository); the graph never asks about targets for a file whose targets the user gave.
 */
@FunctionalInterface
public interface TargetDiscovery {
    /**
     * The targets found for the file. {@code names}, when not null, are the lower-cased stage
     * names whose answer matters: an implementation may skip whatever cannot name one of them.
     * May return targets with other names; the graph keeps only those that name a stage.
     */
    List<TargetSource> targets(Set<String> names);

    /**
     * Which of {@code names} (argument names as written) the repository passes as build
     * arguments when it builds the file: bake and compose args, {@code --build-arg} in its
     * scripts and CI. Only asked when a FROM is blank or invalid without them.
     */
    default Set<String> buildArgs(Set<String> names) {
        return Set.of();
    }
}
