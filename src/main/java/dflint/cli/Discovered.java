package dflint.cli;

import dflint.graph.TargetDiscovery;
import dflint.project.FileDiscovery;
import dflint.project.Projects;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The repositories of one run, handed to each file's stage graph as a {@link FileDiscovery}: the
 * {@link Projects} are made, and a repository walked, only when a graph asks, which most files
 * never do.
 */
final class Discovered implements FileDiscovery.Owner {
    private final Path projectRoot;
    private Projects projects;

    /** @param projectRoot {@code --project-root}, or null to find each file's repository by its {@code .git} */
    Discovered(Path projectRoot) {
        this.projectRoot = projectRoot;
    }

    @Override
    public synchronized Projects projects() {
        if (projects == null) projects = new Projects(projectRoot);
        return projects;
    }

    /** The discovery for one file, or null when the file has no path (standard input). */
    TargetDiscovery forFile(Path file) {
        return file == null ? null : new FileDiscovery(this, file);
    }

    /** With {@code --debug}: what discovery read, found and skipped. */
    synchronized void printNotes(PrintWriter err) {
        if (projects == null) return;
        for (String n : projects.notes()) err.println("dflint: discovery: " + Main.oneLine(n));
    }
}
