package dflint.project;

import dflint.graph.TargetDiscovery;
import dflint.graph.TargetSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one Dockerfile's stage graph asks of the repository around it: the targets it builds and
 * the build arguments it passes. The {@link Projects} come from an owner that keeps them for a run
 * (the command line) or a session (the language server) and makes them on the first question,
 * which most files never ask, so no repository is walked for them. A named class rather than
 * lambdas, which cost a short run milliseconds to bootstrap.
 */
public final class FileDiscovery implements TargetDiscovery {
    /** Keeps the Projects of a run or a session, made when first asked for. */
    public interface Owner {
        Projects projects();
    }

    private final Owner owner;
    private final Path file;

    public FileDiscovery(Owner owner, Path file) {
        this.owner = owner;
        this.file = file;
    }

    @Override
    public List<TargetSource> targets(Set<String> names) {
        return owner.projects().targetsFor(file, names);
    }

    @Override
    public Set<String> buildArgs(Set<String> names) {
        return owner.projects().buildArgsFor(file, names);
    }
}
