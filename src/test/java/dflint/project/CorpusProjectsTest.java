package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.graph.TargetSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real repositories: the corpus Dockerfiles of five projects that build many targets, laid out
 * with their bake, compose, CI and Makefiles (../shared/corpus/context) as in the repository,
 * linted with discovery. Every target their files build is found, no stage they build gets
 * DF1006, and a stage that is dead for real still does.
 */
class CorpusProjectsTest {
    @TempDir
    Path tmp;

    /** Targets read by hand from each repository's docker-bake.hcl, by Dockerfile. */
    static final Map<String, Map<String, List<String>>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("moby/buildkit", Map.of(
                "Dockerfile", List.of("binaries", "release", "binaries-for-test", "integration-tests-base", "integration-tests"),
                "hack/dockerfiles/lint.Dockerfile", List.of("golangci-lint", "yamllint", "golangci-verify", "protolint",
                        "gopls-analyze", "modernize-fix"),
                "hack/dockerfiles/vendor.Dockerfile", List.of("validate", "update", "gomod-updates"),
                "hack/dockerfiles/govulncheck.Dockerfile", List.of("output")));
        EXPECTED.put("docker/buildx", Map.of(
                "Dockerfile", List.of("binaries", "release", "integration-test", "integration-test-base", "test-coverage"),
                "hack/dockerfiles/lint.Dockerfile", List.of("validate-golangci", "gopls-analyze", "modernize-fix")));
        EXPECTED.put("docker/compose", Map.of(
                "Dockerfile", List.of("lint", "binary", "release", "test-coverage", "vendor-validate", "license-validate",
                        "docs-validate")));
        EXPECTED.put("docker/cli", Map.of(
                "Dockerfile", List.of("binary", "plugins", "test", "test-coverage"),
                "dockerfiles/Dockerfile.lint", List.of("lint")));
        EXPECTED.put("tonistiigi/xx", Map.of(
                "src/Dockerfile", List.of("xx", "dev", "test-info", "test-apk", "test-apt", "test-go"),
                "src/ld/Dockerfile", List.of("binutils"),
                "util/bats-assert/Dockerfile", List.of("test", "golden")));
    }

    /**
     * Added to the buildkit layout: "binary" is used only by a dead stage, but the repository's
     * dockerd.yml workflow builds --target binary (from a remote context, so for any Dockerfile
     * with that stage): not dead. The rest is dead for real.
     */
    static final String DEAD = String.join("\n",
            "FROM alpine:3.20 AS binary",        // 1: a CI target
            "RUN echo bin",
            "FROM binary",                       // 3: unnamed, used by nothing
            "RUN echo leftover",
            "FROM alpine:3.20 AS scratchpad",    // 5: named, used only by the unnamed stage below
            "FROM scratchpad",                   // 6: unnamed, used by nothing
            "FROM alpine:3.20 AS release",
            "RUN echo release",
            "");

    @Test
    void targetsTheseRepositoriesBuildAreFoundAndNeverCalledDead() throws IOException {
        Path corpus = SharedData.require("corpus/context");
        Path manifest = corpus.getParent().resolve("manifest.tsv");
        List<String> problems = new ArrayList<>();
        for (var repo : EXPECTED.entrySet()) {
            Path root = layOut(corpus, manifest, repo.getKey());
            if (repo.getKey().equals("moby/buildkit")) Files.writeString(root.resolve("hack/dockerfiles/dflint-dead.Dockerfile"), DEAD);
            Projects projects = new Projects(null);
            for (var file : repo.getValue().entrySet()) {
                Set<String> found = new TreeSet<>();
                for (TargetSource t : projects.targetsFor(root.resolve(file.getKey()))) found.add(t.name());
                for (String want : file.getValue()) {
                    if (!found.contains(want)) problems.add(repo.getKey() + " " + file.getKey() + ": " + want + " not found in " + found);
                }
            }
            // lint every Dockerfile of the layout with discovery; DF1006 only where a stage is dead for real
            List<String> files = new ArrayList<>();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.getFileName().toString().contains("Dockerfile") && Files.isRegularFile(p))
                        .forEach(p -> files.add(p.toString()));
            }
            List<String> args = new ArrayList<>(List.of("--no-config", "--format", "json", "--no-fail"));
            args.addAll(files);
            ProjectLintTest.Run r = ProjectLintTest.run(args.toArray(new String[0]));
            assertEquals(0, r.code(), r.err());
            for (JsonNode f : new ObjectMapper().readTree(r.out())) {
                if (!f.get("rule").asText().equals("DF1006")) continue;
                String at = root.relativize(Path.of(f.get("file").asText())) + ":" + f.get("line").asInt();
                if (!at.startsWith("hack/dockerfiles/dflint-dead.Dockerfile:")) problems.add(repo.getKey() + " " + at + ": " + f.get("message").asText());
                else problems.add("expected " + at);
            }
        }
        List<String> expectedDead = List.of("expected hack/dockerfiles/dflint-dead.Dockerfile:3",
                "expected hack/dockerfiles/dflint-dead.Dockerfile:5", "expected hack/dockerfiles/dflint-dead.Dockerfile:6");
        assertEquals(expectedDead, problems);
        Path dead = tmp.resolve("moby+buildkit/hack/dockerfiles/dflint-dead.Dockerfile");
        assertEquals(List.of(1, 3, 5, 6), ProjectLintTest.unreachable("--no-discover", dead.toString()),
                "without discovery the CI target is dead too");
    }

    /** The repository's context files at their paths, its corpus Dockerfiles at theirs, and a .git folder. */
    private Path layOut(Path context, Path manifest, String repo) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(repo.replace('/', '+')));
        Path from = context.resolve(repo.replace('/', '+'));
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path to = root.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        List<String> rows = Files.readAllLines(manifest);
        List<String> header = List.of(rows.get(0).split("\t"));
        int id = header.indexOf("id"), name = header.indexOf("repo"), path = header.indexOf("path");
        int copied = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t");
            if (!c[name].equals(repo)) continue;
            Path to = root.resolve(c[path]);
            Files.createDirectories(to.getParent());
            Files.copy(manifest.getParent().resolve("files").resolve(c[id] + ".Dockerfile"), to);
            copied++;
        }
        assertTrue(copied > 0, repo + " has corpus Dockerfiles");
        Files.createDirectories(root.resolve(".git"));
        return root;
    }
}
