package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The language server forgets what discovery found when a file discovery reads changes: the
 * globs it asks the client to watch and the names it reacts to cover every kind of such file.
 */
class ProjectTargetsTest {
    private static final List<String> READ_BY_DISCOVERY = List.of("docker-bake.hcl", "ci/docker-bake.override.json",
            "compose.yaml", "deploy/docker-compose.prod.yml", ".devcontainer/devcontainer.json",
            ".devcontainer/gpu/devcontainer.json", "tools/.devcontainer.json", "skaffold.yaml",
            ".github/workflows/build.yml", ".gitlab-ci.yml", "Makefile", "build/rules.mk", "scripts/build.sh",
            "Jenkinsfile", "justfile");

    @Test
    void everyFileDiscoveryReadsIsWatchedAndForgetsTheRepository() {
        List<PathMatcher> globs = new ArrayList<>();
        for (String g : ProjectTargets.WATCHED) globs.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
        for (String rel : READ_BY_DISCOVERY) {
            Path p = Path.of("/work/repo").resolve(rel);
            assertTrue(globs.stream().anyMatch(m -> m.matches(p)), rel + " is watched");
            assertTrue(ProjectTargets.readsLike(p.toUri().toString()), rel + " makes the server read the repository again");
        }
        assertFalse(ProjectTargets.readsLike(Path.of("/work/repo/src/main.go").toUri().toString()));
    }
}
