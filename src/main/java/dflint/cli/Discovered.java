package dflint.cli;

import dflint.graph.TargetDiscovery;
import dflint.graph.TargetSource;
import dflint.project.Projects;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The targets the repositories of one run build, handed to each file's stage graph as a
 * TargetDiscovery: the project package is loaded, and a repository walked, only when a graph asks,
 * which most files never do. Named classes rather than lambdas, which cost a short run
 * milliseconds to bootstrap.
 */
final class Discovered {
    private final Path projectRoot;
    private Projects projects;

    /** @param projectRoot {@code --project-root}, or null to find each file's repository by its {@code .git} */
    Discovered(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    private synchronized Projects projects() {
        if (projects == null) projects = new Projects(projectRoot);
        return projects;
    }

    /** The discovery for one file, or null when the file has no path (standard input). */
    TargetDiscovery forFile(Path file) {
        return file == null ? null : new ForFile(this, file);
    }

    /** With {@code --debug}: what discovery read, found and skipped. */
    synchronized void printNotes(PrintWriter err) {
        if (projects == null) return;
        for (String n : projects.notes()) err.println("dflint: discovery: " + Main.oneLine(n));
    }

    private static final class ForFile implements TargetDiscovery {
        private final Discovered owner;
        private final Path file;

        ForFile(Discovered owner, Path file) {
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
}
