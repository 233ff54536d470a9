package dflint.lsp;

import dflint.graph.TargetDiscovery;
import dflint.project.FileDiscovery;
import dflint.project.Projects;
import java.nio.file.Path;
import java.util.List;

/**
 * The targets the repository around each document builds (bake, compose, CI, Makefiles, ...),
 * and the build arguments it passes, found by {@link Projects} as the command line finds them. The command line walks a repository
 * once per run; a session lasts hours, so what was found is forgotten when the client reports a
 * change to such a file, and in any case after {@link #MAX_AGE_NANOS}.
 */
final class ProjectTargets implements FileDiscovery.Owner {
    /** For clients that do not report file changes: how long a repository's targets are trusted. */
    static final long MAX_AGE_NANOS = 5L * 60 * 1_000_000_000L;

    /** The file names discovery reads, as globs for the client to watch. */
    static final List<String> WATCHED = List.of("**/*bake*.{hcl,json}", "**/*compose*.{yml,yaml}", "**/skaffold*.{yml,yaml}",
            "**/.github/workflows/*.{yml,yaml}", "**/*.gitlab-ci.yml", "**/.gitlab/**/*.{yml,yaml}", "**/{Makefile,GNUmakefile,makefile,*.mk}",
            "**/*.{sh,bash}", "**/{Jenkinsfile,justfile,.justfile}", "**/{.devcontainer.json,devcontainer.json}");

    private Projects projects;
    private long madeAt;

    @Override
    public synchronized Projects projects() {
        long now = System.nanoTime();
        if (projects == null || now - madeAt > MAX_AGE_NANOS) {
            projects = new Projects(null);
            madeAt = now;
        }
        return projects;
    }

    /** Forgets every repository's targets: some file they were read from changed. */
    synchronized void forget() {
        projects = null;
    }

    /** True when a changed file is one discovery may read. */
    static boolean readsLike(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        return name.contains("bake") || name.contains("compose") || name.startsWith("skaffold") || name.endsWith(".yml")
                || name.endsWith(".yaml") || name.equals("makefile") || name.equals("gnumakefile") || name.endsWith(".mk")
                || name.endsWith(".sh") || name.endsWith(".bash") || name.equals("jenkinsfile") || name.endsWith("justfile")
                || name.endsWith("devcontainer.json");
    }

    /** The discovery one document's stage graph asks, at most once per lint. */
    TargetDiscovery forFile(Path file) {
        return new FileDiscovery(this, file);
    }
}
