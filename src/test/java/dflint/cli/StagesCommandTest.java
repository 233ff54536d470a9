package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code dflint stages} in-process, in all four formats. */
class StagesCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DOCKER_EXAMPLE = "FROM ubuntu AS base\nRUN echo \"base\"\n\nFROM base AS stage1\nRUN echo \"stage1\"\n\n"
            + "FROM base AS stage2\nRUN echo \"stage2\"\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String content) throws IOException {
        Path p = dir.resolve("Dockerfile");
        Files.writeString(p, content);
        return p;
    }

    static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    @Test
    void dockersExampleAsJson() throws IOException {
        Path f = write(DOCKER_EXAMPLE);
        Run r = run("stages", "--target", "stage2", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(f.toString(), j.get("file").asText());
        assertEquals(2, j.get("target").get("index").asInt());
        assertEquals("stage2", j.get("target").get("name").asText());
        assertEquals(List.of(0, 2), ints(j.get("buildkit").get("executed")));
        assertEquals(List.of(0, 1, 2), ints(j.get("legacy").get("executed")));
        JsonNode s0 = j.get("stages").get(0);
        assertEquals("base", s0.get("name").asText());
        assertEquals(1, s0.get("line").asInt());
        assertEquals("ubuntu", s0.get("base").asText());
        assertTrue(s0.get("parent").isNull());
        assertEquals(0, j.get("stages").get(2).get("parent").asInt());
        assertEquals(0, j.get("buildkit").get("errors").size());
    }

    @Test
    void dockersExampleAsText() throws IOException {
        Path f = write(DOCKER_EXAMPLE);
        Run r = run("stages", "--target", "stage2", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(String.join("\n",
                "#  STAGE            BASE    NEEDS  LINE  BUILDKIT  LEGACY",
                "0  base             ubuntu  -      1     yes       yes",
                "1  stage1           base    base   4     no        yes",
                "2  stage2 (target)  base    base   7     yes       yes",
                "",
                "legacy builds 3 stages, BuildKit 2; stage1 is built only by the legacy builder",
                "targets:",
                "  stage2  --target",
                ""), r.out());
    }

    @Test
    void dotAndMermaidStyleTargetAndUnreachableStages() throws IOException {
        Path f = write(DOCKER_EXAMPLE + "FROM alpine:3.20\nCOPY --from=stage2 /a /a\nCOPY --from=busybox:1 /bin/sh /sh\n");
        Run dot = run("stages", "--target", "stage2", "--format", "dot", f.toString());
        assertEquals(0, dot.code(), dot.err());
        assertTrue(dot.out().startsWith("digraph stages {\n"), dot.out());
        assertTrue(dot.out().contains("s2 [label=\"2: stage2\\nbase\", style=\"bold,filled\""), dot.out());
        assertTrue(dot.out().contains("s1 [label=\"1: stage1\\nbase\", style=dashed"), dot.out());
        assertTrue(dot.out().contains("s3 [label=\"3: stage-3\\nalpine:3.20\", style=dashed"), dot.out());
        assertTrue(dot.out().contains("s2 -> s3 [style=dashed, label=\"--from\"];"), dot.out());
        assertTrue(dot.out().contains("i0 [label=\"busybox:1\", shape=ellipse];"), dot.out());
        assertTrue(dot.out().endsWith("}\n"));
        Run mm = run("stages", "--target", "stage2", "--format", "mermaid", f.toString());
        assertEquals(0, mm.code(), mm.err());
        assertTrue(mm.out().startsWith("flowchart LR\n"), mm.out());
        assertTrue(mm.out().contains("  s0 --> s1\n"), mm.out());
        assertTrue(mm.out().contains("  s2 -. \"--from\" .-> s3\n"), mm.out());
        assertTrue(mm.out().contains("  class s2 target\n"), mm.out());
        assertTrue(mm.out().contains("  class s1,s3 unreachable\n"), mm.out());
    }

    @Test
    void unknownTargetExitsTwoWithSuggestion() throws IOException {
        Path f = write(DOCKER_EXAMPLE);
        Run r = run("stages", "--target", "stage3", f.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("target stage \"stage3\" could not be found (did you mean stage"), r.err());
    }

    @Test
    void badFormatAndMissingFileExitTwo() throws IOException {
        Path f = write(DOCKER_EXAMPLE);
        assertEquals(2, run("stages", "--format", "yaml", f.toString()).code());
        Run missing = run("stages", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void buildArgsSelectTheParentStage() throws IOException {
        Path f = write("ARG V=a\nFROM alpine AS a\nFROM alpine AS b\nFROM ${V}\n");
        JsonNode j = JSON.readTree(run("stages", "--format", "json", f.toString()).out());
        assertEquals(List.of(0, 2), ints(j.get("buildkit").get("executed")));
        JsonNode k = JSON.readTree(run("stages", "--build-arg", "V=b", "--format", "json", f.toString()).out());
        assertEquals(List.of(1, 2), ints(k.get("buildkit").get("executed")));
        assertEquals("b", k.get("stages").get(2).get("base").asText());
    }

    @Test
    void errorsCarryLines() throws IOException {
        Path f = write("FROM alpine AS app\nCOPY --from=build /a /a\nFROM golang AS build\nFROM alpine AS build\n");
        JsonNode j = JSON.readTree(run("stages", "--target", "app", "--format", "json", f.toString()).out());
        JsonNode bk = j.get("buildkit").get("errors");
        assertEquals(1, bk.size(), bk.toString());
        assertEquals(2, bk.get(0).get("line").asInt());
        assertEquals(List.of(0, 2), ints(j.get("buildkit").get("executed")));
        JsonNode legacy = j.get("legacy").get("errors");
        assertEquals(2, legacy.get(0).get("line").asInt());
        assertEquals(List.of(0), ints(j.get("legacy").get("executed")));
        Run text = run("stages", "--target", "app", f.toString());
        assertTrue(text.out().contains("BuildKit would fail:\n  line 2: cannot copy from stage \"build\""), text.out());
    }

    /** Every DF10xx fixture, every target it has, all four formats: each succeeds and agrees with the JSON. */
    @TestFactory
    Stream<DynamicTest> everyFixtureEveryTargetEveryFormat() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("testdata", "rules"))) {
            files = s.filter(p -> p.getParent().getFileName().toString().startsWith("DF10"))
                    .filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertTrue(files.size() >= 28);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            // the fixtures live in dflint's own repository: its discovery fixtures are no business of these
            JsonNode all = JSON.readTree(run("stages", "--no-discover", "--format", "json", f.toString()).out());
            if (all.get("stages").isEmpty()) return; // a file without FROM has no target to try
            List<String> targets = new ArrayList<>();
            targets.add(null);
            for (JsonNode s : all.get("stages")) {
                if (!s.get("name").isNull()) targets.add(s.get("name").asText());
            }
            for (String t : targets) {
                List<String> base = new ArrayList<>(List.of("stages", "--no-discover"));
                if (t != null) base.addAll(List.of("--target", t));
                for (String format : List.of("text", "json", "dot", "mermaid")) {
                    List<String> args = new ArrayList<>(base);
                    args.addAll(List.of("--format", format, f.toString()));
                    Run r = run(args.toArray(new String[0]));
                    assertEquals(0, r.code(), f + " " + args + ": " + r.err());
                    assertEquals("", r.err());
                    if (format.equals("json")) {
                        JsonNode j = JSON.readTree(r.out());
                        List<Integer> bk = ints(j.get("buildkit").get("executed"));
                        List<Integer> legacy = ints(j.get("legacy").get("executed"));
                        int target = j.get("target").get("index").asInt();
                        assertTrue(bk.contains(target), f + " " + t);
                        // the legacy builder runs a prefix of the file, through the (first) target of that name
                        for (int i = 0; i < legacy.size(); i++) assertEquals(i, legacy.get(i));
                        for (int i = 1; i < bk.size(); i++) assertTrue(bk.get(i - 1) < bk.get(i));
                    } else if (format.equals("dot")) {
                        assertTrue(r.out().startsWith("digraph stages {") && r.out().endsWith("}\n"));
                        assertTrue(r.out().contains("style=\"bold,filled\""), f + " " + t);
                    } else if (format.equals("mermaid")) {
                        assertTrue(r.out().contains(" target\n"), f + " " + t);
                    } else {
                        assertTrue(r.out().contains("BuildKit"), r.out());
                    }
                }
            }
        }));
    }

    /** `stages --format json` succeeds on every clean multi-stage corpus file. */
    @Test
    void corpusMultiStageFiles() throws IOException {
        Path corpus = SharedData.require("corpus");
        List<String> rows = Files.readAllLines(corpus.resolve("manifest.tsv"));
        List<String> header = List.of(rows.get(0).split("\t"));
        int id = header.indexOf("id"), stages = header.indexOf("stages"), template = header.indexOf("template"),
                fixture = header.indexOf("test_fixture");
        int checked = 0;
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t");
            if (!c[template].equals("no") || !c[fixture].equals("no") || Integer.parseInt(c[stages]) < 2) continue;
            Path f = corpus.resolve("files").resolve(c[id] + ".Dockerfile");
            Run r = run("stages", "--format", "json", f.toString());
            checked++;
            if (r.code() != 0 || !r.err().isEmpty()) {
                failures.add(c[id] + ": exit " + r.code() + " " + r.err().strip());
                continue;
            }
            JsonNode j = JSON.readTree(r.out());
            if (j.get("stages").size() != Integer.parseInt(c[stages])) {
                failures.add(c[id] + ": " + j.get("stages").size() + " stages, manifest says " + c[stages]);
            }
            if (j.get("buildkit").get("executed").size() == 0) failures.add(c[id] + ": BuildKit executes nothing");
        }
        assertTrue(checked > 400, "checked " + checked);
        assertEquals(List.of(), failures);
    }
}
