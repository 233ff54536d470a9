package dflint.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DF1006 and {@code dflint stages} inside the fixture repositories, with and without discovery. */
class ProjectLintTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of DF1006 findings in a file. */
    static List<Integer> unreachable(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--no-config", "--format", "json", "--no-fail"));
        all.addAll(List.of(args));
        Run r = run(all.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        List<Integer> lines = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out())) {
            if (f.get("rule").asText().equals("DF1006")) lines.add(f.get("line").asInt());
        }
        return lines;
    }

    @Test
    void aStageTheRepositoryBuildsIsNotDeadButAnUnnamedLeftoverStillIs() throws IOException {
        Path repo = DiscoveryTest.repo(tmp, "bake");
        String file = repo.resolve("docker/app.Dockerfile").toString();
        assertEquals(List.of(15), unreachable(file), "debug-tools is a bake target; the unnamed stage on line 15 is dead");
        assertEquals(List.of(12, 15), unreachable("--no-discover", file), "without the bake file, debug-tools is used only by a dead stage");
        assertEquals(List.of(6, 8, 10, 11, 12, 15), unreachable("--target", "runtime-debug", file),
                "--target is the complete list");
    }

    @Test
    void aTargetWhoseDockerfileIsUnknownKeepsEveryStageOfThatName() throws IOException {
        Path repo = DiscoveryTest.repo(tmp, "unresolved");
        assertEquals(List.of(4), unreachable(repo.resolve("b/Dockerfile").toString()));
        assertEquals(List.of(1, 4), unreachable("--no-discover", repo.resolve("b/Dockerfile").toString()));
    }

    @Test
    void theProjectRootCanBeGivenAndDiscoverCanBeTurnedOffInTheConfiguration() throws IOException {
        Path repo = DiscoveryTest.repo(tmp, "unresolved");
        Files.delete(repo.resolve(".git"));
        String b = repo.resolve("b/Dockerfile").toString();
        assertEquals(List.of(1, 4), unreachable(b), "no repository, no discovery");
        assertEquals(List.of(4), unreachable("--project-root", repo.toString(), b));
        Files.writeString(repo.resolve("b/.dflint.yaml"), "discover: false\n");
        List<String> args = List.of("--format", "json", "--no-fail", "--project-root", repo.toString(), b);
        Run r = run(args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"line\":1,"), "discover: false in .dflint.yaml: " + r.out());
        assertEquals(2, run("--project-root", repo.resolve("nope").toString(), b).code());
    }

    @Test
    void stagesListsEveryTargetWithItsSource() throws IOException {
        Path repo = DiscoveryTest.repo(tmp, "compose");
        Run r = run("stages", "--format", "json", repo.resolve("api/Dockerfile").toString());
        assertEquals(0, r.code(), r.err());
        List<String> targets = new ArrayList<>();
        for (JsonNode t : JSON.readTree(r.out()).get("targets")) {
            targets.add(t.get("name").asText() + "@" + t.get("index").asInt() + " " + t.get("source").asText());
        }
        assertEquals(List.of("api-dev@1 docker-compose.override.yml:5", "api-dev@1 unused named stage",
                "api-release@2 default (last stage)", "api-release@2 compose.yaml:11"), targets);
        Run text = run("stages", repo.resolve("api/Dockerfile").toString());
        assertTrue(text.out().endsWith("possible targets:\n  api-dev      docker-compose.override.yml:5\n"
                + "  api-dev      unused named stage\n  api-release  default (last stage)\n  api-release  compose.yaml:11\n"),
                text.out());
        Run none = run("stages", "--no-discover", "--format", "json", repo.resolve("api/Dockerfile").toString());
        assertEquals(2, JSON.readTree(none.out()).get("targets").size(), none.out());
    }

    @Test
    void stagesTakesSeveralFilesAndEveryTarget() throws IOException {
        Path repo = DiscoveryTest.repo(tmp, "ci");
        String api = repo.resolve("services/api/Dockerfile").toString();
        String release = repo.resolve("deploy/release.Dockerfile").toString();
        Run r = run("stages", "--all-targets", "--format", "json", api, release);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(4 + 3, lines.length, "one JSON line per file and stage");
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals(api, first.get("file").asText());
        assertEquals(0, first.get("target").get("index").asInt());
        assertEquals(List.of(0), ints(first.get("buildkit").get("executed")));
        JsonNode last = JSON.readTree(lines[6]);
        assertEquals(release, last.get("file").asText());
        assertEquals(List.of(0, 2), ints(last.get("buildkit").get("executed")));
        assertEquals(List.of(0, 1, 2), ints(last.get("legacy").get("executed")));
        assertTrue(last.get("targets").toString().contains("\"source\":\".github/workflows/ci.yml:19\""), last.toString());
        Run text = run("stages", "--all-targets", release);
        assertTrue(text.out().contains("TARGET     0  1  2\n0 build    BL .  .\n1 smoke    BL BL .\n2 release  BL L  BL\n"), text.out());
        Run two = run("stages", "--format", "json", api, release);
        assertEquals(2, two.out().split("\n").length, "several files: JSON Lines");
        assertEquals(2, run("stages", "--all-targets", "--target", "x", api).code());
        assertEquals(2, run("stages", "--format", "dot", api, release).code());
    }

    static List<Integer> ints(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        a.forEach(n -> out.add(n.asInt()));
        return out;
    }

    /** The rules a run reports, in order, and its exit code. */
    private static String rulesAndCode(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--no-config", "--format", "json"));
        all.addAll(List.of(args));
        Run r = run(all.toArray(new String[0]));
        List<String> rules = new ArrayList<>();
        for (JsonNode f : JSON.readTree(r.out())) rules.add(f.get("rule").asText() + "@" + f.get("line").asInt());
        return rules + " exit " + r.code();
    }

    @Test
    void aBaseImageTheRepositoryPassesAsABuildArgumentIsNoError() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        String text = "ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCMD [\"app\"]\n";
        Path api = Files.createDirectories(repo.resolve("api")).resolve("Dockerfile");
        Path web = Files.createDirectories(repo.resolve("web")).resolve("Dockerfile");
        Files.writeString(api, text);
        Files.writeString(web, text);
        Files.writeString(repo.resolve("compose.yaml"),
                "services:\n  api:\n    build:\n      context: api\n      args:\n        BASE_IMAGE: alpine:3.20\n");
        assertEquals("[] exit 0", rulesAndCode(api.toString()), "compose passes BASE_IMAGE to api's build");
        assertEquals("[DF1017@2] exit 1", rulesAndCode(web.toString()), "nothing passes it to web's");
        assertEquals("[DF1017@2] exit 1", rulesAndCode("--no-discover", api.toString()));
        // --debug says where the argument is passed, so the silence can be traced
        Run debug = run("--no-config", "--debug", api.toString());
        assertTrue(debug.err().contains("passed as build arguments: BASE_IMAGE (compose.yaml:6)"), debug.err());
    }

}
