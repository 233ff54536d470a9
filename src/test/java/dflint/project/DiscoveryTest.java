package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.graph.TargetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets found in the fixture repositories of testdata/project, file by file. */
class DiscoveryTest {
    @TempDir
    Path tmp;

    /** Copies a fixture repository to a temporary folder and makes it a repository (a .git folder). */
    static Path repo(Path tmp, String name) throws IOException {
        Path from = Path.of("testdata", "project", name);
        Path to = tmp.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.createDirectories(to.resolve(".git"));
        return to;
    }

    /** The targets for one Dockerfile as "name source" strings, sorted. */
    static Set<String> targets(Projects p, Path file) {
        Set<String> out = new TreeSet<>();
        for (TargetSource t : p.targetsFor(file)) out.add(t.name() + " " + t.source());
        return out;
    }

    @Test
    void bakeVariablesInheritsMatrixOverridesAndJson() throws IOException {
        Path r = repo(tmp, "bake");
        Projects p = new Projects(null);
        assertEquals(new TreeSet<>(List.of(
                "runtime docker-bake.hcl:28", "runtime-debug docker-bake.hcl:28", "unit-test docker-bake.hcl:34",
                "integration-test docker-bake.override.hcl:2", "debug-tools docker-bake.override.hcl:7",
                "golangci docker-bake.hcl:40", "hadolint docker-bake.hcl:40",
                "remote-only docker-bake.hcl:53")), targets(p, r.resolve("docker/app.Dockerfile")),
                "remote-only has a remote context: it counts for every Dockerfile with such a stage");
        assertEquals(Set.of("site docker-bake.hcl:48", "remote-only docker-bake.hcl:53"), targets(p, r.resolve("docs/Dockerfile")));
        assertEquals(Set.of("formatter tools/docker-bake.json:8", "remote-only docker-bake.hcl:53"),
                targets(p, r.resolve("tools/Dockerfile")));
    }

    @Test
    void composeBuildSectionsAndInterpolationDefaults() throws IOException {
        Path r = repo(tmp, "compose");
        Projects p = new Projects(null);
        assertEquals(Set.of("api-release compose.yaml:11", "api-dev docker-compose.override.yml:5"), targets(p, r.resolve("api/Dockerfile")));
        assertEquals(Set.of("dev-server docker-compose.override.yml:10"), targets(p, r.resolve("web/Dockerfile")));
        assertEquals(Set.of("worker compose.yaml:16"), targets(p, r.resolve("worker/Worker.Dockerfile")));
    }

    @Test
    void workflowStepsRunScriptsAndGitlabKaniko() throws IOException {
        Path r = repo(tmp, "ci");
        Projects p = new Projects(null);
        assertEquals(Set.of("api-test .github/workflows/ci.yml:13", "api-lint .gitlab-ci.yml:6"),
                targets(p, r.resolve("services/api/Dockerfile")));
        assertEquals(Set.of("release .github/workflows/ci.yml:19", "smoke .github/workflows/ci.yml:27"),
                targets(p, r.resolve("deploy/release.Dockerfile")));
    }

    @Test
    void makefilesAndScripts() throws IOException {
        Path r = repo(tmp, "make");
        Projects p = new Projects(null);
        assertEquals(Set.of("release Makefile:6", "unit Makefile:9", "integration scripts/build.sh:4",
                "docs-builder scripts/build.sh:5"), targets(p, r.resolve("build/Dockerfile")));
    }

    @Test
    void aTargetGivenByAVariableTakesTheValuesItsFileGivesIt() throws IOException {
        Path r = repo(tmp, "variables");
        Projects p = new Projects(null);
        assertEquals(Set.of("clean-install smoke/run.sh:7", "staged-install smoke/run.sh:7",
                "upgrade-from-stable smoke/run.sh:7", "lint Makefile:5", "docs Makefile:8"),
                targets(p, r.resolve("smoke/Dockerfile")), "never-built is built by nothing; $1 is unknown");
    }

    @Test
    void skaffoldArtifactsAlsoInProfiles() throws IOException {
        Path r = repo(tmp, "skaffold");
        Projects p = new Projects(null);
        assertEquals(Set.of("app-dev skaffold.yaml:9"), targets(p, r.resolve("app/Dockerfile")));
        assertEquals(Set.of("job-runner skaffold.yaml:23"), targets(p, r.resolve("jobs/Job.Dockerfile")));
    }

    @Test
    void aTargetWhoseDockerfileIsUnknownCountsForEveryDockerfile() throws IOException {
        Path r = repo(tmp, "unresolved");
        Projects p = new Projects(null);
        assertEquals(Set.of("packager build.sh:5"), targets(p, r.resolve("a/Dockerfile")));
        assertEquals(Set.of("packager build.sh:5"), targets(p, r.resolve("b/Dockerfile")), "\"$STAGE\" is dropped");
    }

    @Test
    void aQueryAboutSomeNamesParsesOnlyFilesThatMentionThem() throws IOException {
        Path r = repo(tmp, "make");
        Files.writeString(r.resolve("compose.yaml"), "services:\n  a:\n    build:\n      context: build\n      target: binary\n");
        Projects p = new Projects(null);
        Path file = r.resolve("build/Dockerfile");
        Set<String> some = new TreeSet<>();
        for (TargetSource t : p.targetsFor(file, Set.of("unit"))) some.add(t.name() + " " + t.source());
        assertEquals(Set.of("release Makefile:6", "unit Makefile:9"), some, "the scripts and compose.yaml do not say unit");
        assertEquals(Set.of("release Makefile:6", "unit Makefile:9", "integration scripts/build.sh:4",
                "docs-builder scripts/build.sh:5", "binary compose.yaml:5"), targets(p, file), "every file, when asked for all");
        assertTrue(Discovery.mentionsAny("target: binary\n", Set.of("binary")));
        assertTrue(!Discovery.mentionsAny("target: binaries\n", Set.of("binary")), "a longer name is another name");
        assertTrue(!Discovery.mentionsAny("--target=pre-binary", Set.of("binary")));
        assertTrue(Discovery.mentionsAny("\"${T:-binary}\"", Set.of("binary")));
    }

    @Test
    void outsideARepositoryNothingIsDiscoveredUnlessARootIsGiven() throws IOException {
        Path r = repo(tmp, "make");
        Files.delete(r.resolve(".git"));
        assertEquals(Set.of(), targets(new Projects(null), r.resolve("build/Dockerfile")));
        assertEquals(4, targets(new Projects(r), r.resolve("build/Dockerfile")).size());
        Files.writeString(r.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/make\n");
        assertEquals(4, targets(new Projects(null), r.resolve("build/Dockerfile")).size(), "a worktree's .git is a file");
    }

    @Test
    void linksAreNotFollowedAndSkippedFoldersAreNotRead() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("docker-bake.hcl"), "target \"x\" {\n  target = \"from-outside\"\n}\n");
        Path r = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(r.resolve(".git"));
        Files.writeString(r.resolve("Dockerfile"), "FROM alpine AS from-outside\nFROM alpine AS vendored\nFROM alpine AS hidden\n");
        Files.createSymbolicLink(r.resolve("linked"), outside);
        Files.createSymbolicLink(r.resolve("docker-bake.hcl"), outside.resolve("docker-bake.hcl"));
        Files.createDirectories(r.resolve("node_modules/pkg"));
        Files.writeString(r.resolve("node_modules/pkg/build.sh"), "docker build --target vendored .\n");
        Files.createDirectories(r.resolve(".cache"));
        Files.writeString(r.resolve(".cache/build.sh"), "docker build --target hidden .\n");
        Files.createDirectories(r.resolve(".github/workflows"));
        Files.writeString(r.resolve(".github/workflows/ci.yml"), "jobs:\n  b:\n    steps:\n      - run: docker build --target=ci .\n");
        assertEquals(Set.of("ci .github/workflows/ci.yml:4"), targets(new Projects(null), r.resolve("Dockerfile")));
    }

    @Test
    void brokenAndOddFilesAreSkippedWithoutFailing() throws IOException {
        Path r = Files.createDirectories(tmp.resolve("odd"));
        Files.createDirectories(r.resolve(".git"));
        Files.writeString(r.resolve("Dockerfile"), "FROM alpine AS good\n");
        Files.writeString(r.resolve("docker-bake.hcl"), "target \"a\" {\n  target = \"good\"\n  broken = [1, 2,\n}\n}}} \"\n");
        Files.writeString(r.resolve("docker-bake.json"), "{\"target\": {\"b\": {\"target\": ");
        Files.writeString(r.resolve("compose.yaml"), "services:\n  a:\n    build:\n      target: [unclosed\n   - x\n: :\n");
        Files.write(r.resolve("build.sh"), new byte[] {'d', 'o', 'c', 'k', 'e', 'r', 0, 1, 2});
        Files.writeString(r.resolve("Makefile"), "x:\n\tdocker build --target \\\n");
        StringBuilder deep = new StringBuilder("services:\n");
        for (int i = 0; i < 5000; i++) deep.append(" ".repeat(i + 2)).append("k").append(i).append(":\n");
        Files.writeString(r.resolve("docker-compose.yml"), deep);
        StringBuilder nested = new StringBuilder("target \"n\" {\n  target = ");
        for (int i = 0; i < 5000; i++) nested.append("[");
        Files.writeString(r.resolve("deep-bake.hcl"), nested.append("\n}\n"));
        Projects p = new Projects(null);
        Set<String> found = targets(p, r.resolve("Dockerfile"));
        assertTrue(found.contains("good docker-bake.hcl:2"), found.toString());
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("build.sh: binary")), p.notes().toString());
    }

    @Test
    void theWalkIsBounded() throws IOException {
        Path r = Files.createDirectories(tmp.resolve("big"));
        Files.createDirectories(r.resolve(".git"));
        Files.writeString(r.resolve("Dockerfile"), "FROM alpine AS early\n");
        Files.writeString(r.resolve("Makefile"), "a:\n\tdocker build --target early .\n");
        // more scripts than the reading cap, each a little different
        Path many = Files.createDirectories(r.resolve("scripts"));
        for (int i = 0; i < Discovery.MAX_FILES + 50; i++) {
            Files.writeString(many.resolve("s" + i + ".sh"), "docker build --target t" + i + " .\n");
        }
        Projects p = new Projects(null);
        Set<String> found = targets(p, r.resolve("Dockerfile"));
        assertTrue(found.contains("early Makefile:2"), "Makefiles are read before scripts");
        List<String> fromScripts = new ArrayList<>();
        for (String f : found) if (f.startsWith("t")) fromScripts.add(f);
        assertTrue(fromScripts.size() < Discovery.MAX_FILES, fromScripts.size() + " scripts read");
        // the file cap, or on a busy machine the time cap, whichever comes first
        assertTrue(p.notes().stream().anyMatch(n -> n.contains("files already") || n.contains("took longer")),
                "no cap was reached");
    }
}
