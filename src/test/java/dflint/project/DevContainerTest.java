package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dev container configurations in testdata/project/devcontainer: each file says in its comments
 * what it gives (or why it gives nothing).
 */
class DevContainerTest {
    @TempDir
    Path tmp;

    /** Given for every Dockerfile: missing/devcontainer.json names a Dockerfile that is not there. */
    static final String ORPHAN = "orphan .devcontainer/missing/devcontainer.json:5";
    static final String ORPHAN_ARG = "ORPHAN_ARG .devcontainer/missing/devcontainer.json:7";

    @Test
    void targetsGoToTheDockerfileRelativeToTheConfigurationsFolder() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "devcontainer");
        Projects p = new Projects(null);
        assertEquals(Set.of("dev .devcontainer/devcontainer.json:9", "compose-dev .devcontainer/docker-compose.yml:5", ORPHAN),
                DiscoveryTest.targets(p, r.resolve("Dockerfile")),
                "comments, a commented-out target, trailing commas; the compose file beside it is read as compose;"
                        + " setup scripts, image configurations and folders two levels down are not read");
        assertEquals(Set.of("gpu .devcontainer/gpu/devcontainer.json:6", ORPHAN),
                DiscoveryTest.targets(p, r.resolve(".devcontainer/gpu/Dockerfile")),
                "beside its devcontainer.json, not in its context \"..\"; nested/ is too deep, its compose file too");
        assertEquals(Set.of("legacy tools/.devcontainer.json:6", ORPHAN),
                DiscoveryTest.targets(p, r.resolve("tools/tools.Dockerfile")), "legacy dockerFile in a .devcontainer.json");
    }

    @Test
    void buildArgsGoToTheSameDockerfilesWhateverTheirValues() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "devcontainer");
        Projects p = new Projects(null);
        assertEquals(Set.of("BASE_IMAGE .devcontainer/devcontainer.json:11", "USER_UID .devcontainer/devcontainer.json:12",
                "COMPOSE_DEV_ARG .devcontainer/docker-compose.yml:7", ORPHAN_ARG), BuildArgsTest.args(p, r.resolve("Dockerfile")),
                "${NOT_A_NAME} is dropped; the commented-out args and the setup script's SETUP_ARG are not read");
        assertEquals(Set.of("CUDA_VERSION .devcontainer/gpu/devcontainer.json:7", ORPHAN_ARG),
                BuildArgsTest.args(p, r.resolve(".devcontainer/gpu/Dockerfile")));
        assertEquals(Set.of("LEGACY_ARG tools/.devcontainer.json:8", ORPHAN_ARG),
                BuildArgsTest.args(p, r.resolve("tools/tools.Dockerfile")));
    }

    @Test
    void aBrokenConfigurationIsSkippedWithANote() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "devcontainer");
        Discovery d = Discovery.run(r.toRealPath());
        List<String> all = new ArrayList<>();
        for (TargetRef t : d.refs()) all.add(t.target());
        for (ArgRef a : d.args()) all.add(a.name());
        assertTrue(all.contains("dev") && all.contains("gpu") && all.contains("legacy"), all.toString());
        assertTrue(!all.contains("broken-stage") && !all.contains("BROKEN_ARG"), all + ": nothing of a broken file");
        boolean noted = false;
        for (String n : d.notes()) noted |= n.startsWith("skipped .devcontainer/broken/devcontainer.json: could not read it");
        assertTrue(noted, d.notes().toString());
    }

    @Test
    void onlyConfigurationsMentioningTheNamesAskedAboutAreParsed() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "devcontainer");
        Discovery d = Discovery.of(r.toRealPath());
        Set<String> found = new TreeSet<>();
        for (TargetRef t : d.refs(Set.of("gpu"))) found.add(t.target() + " " + t.source());
        assertEquals(Set.of("gpu .devcontainer/gpu/devcontainer.json:6"), found);
        found.clear();
        for (ArgRef a : d.args(Set.of("LEGACY_ARG"))) found.add(a.name() + " " + a.source());
        assertEquals(Set.of("LEGACY_ARG tools/.devcontainer.json:8", "CUDA_VERSION .devcontainer/gpu/devcontainer.json:7"), found,
                "the gpu file was parsed already for its target, the legacy one now, no other");
    }

    @Test
    void aBaseImageTheDevContainerPassesIsNoError() throws IOException {
        Path r = DiscoveryTest.repo(tmp, "devcontainer");
        String file = r.resolve("Dockerfile").toString();
        assertTrue(!rules(file).contains("DF1017"), "the dev container passes BASE_IMAGE");
        assertTrue(rules("--no-discover", file).contains("DF1017"));
    }

    private static List<String> rules(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--no-config", "--format", "json", "--no-fail"));
        all.addAll(List.of(args));
        ProjectLintTest.Run run = ProjectLintTest.run(all.toArray(new String[0]));
        List<String> rules = new ArrayList<>();
        for (JsonNode f : ProjectLintTest.JSON.readTree(run.out())) rules.add(f.get("rule").asText());
        return rules;
    }
}
