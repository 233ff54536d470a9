package dflint.graph;

import java.util.List;
import java.util.Set;

/**
 * The targets the repository around one Dockerfile builds (bake, compose, CI, ...), as the
 * stage graph asks for them: at most once per question, and only when the answer can change
 * one. Implementations may be slow on first use (they read the repository); the graph never
 * calls them for a file whose targets the user gave.
 */
@FunctionalInterface
public interface TargetDiscovery {
    /**
     * The targets found for the file. {@code names}, when not null, are the lower-cased stage
     * names whose answer matters: an implementation may skip whatever cannot name one of them.
     * May return targets with other names; the graph keeps only those that name a stage.
     */
    List<TargetSource> targets(Set<String> names);
}
