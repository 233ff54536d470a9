package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dflint.SharedData;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF output against the OASIS 2.1.0 schema and the points GitHub code scanning insists on. */
public class SarifSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();

    public static JsonSchema schema() throws IOException {
        Path p = SharedData.require("sarif/sarif-schema-2.1.0.json");
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = Files.newInputStream(p)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    static JsonNode validate(JsonSchema schema, String sarif) throws IOException {
        JsonNode tree = JSON.readTree(sarif);
        Set<ValidationMessage> errors = schema.validate(tree);
        assertTrue(errors.isEmpty(), () -> errors + "\n" + sarif.substring(0, Math.min(4000, sarif.length())));
        assertEquals(1, tree.get("runs").size(), "exactly one run");
        return tree;
    }

    @Test
    void goldenSarifIsValidAndComplete() throws IOException {
        JsonSchema schema = schema();
        JsonNode run = validate(schema, GoldenTest.render("sarif", GoldenTest.lintInputs())).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(4, rules.size(), "one descriptor per enabled rule");
        for (JsonNode r : rules) {
            for (String field : List.of("id", "name", "shortDescription", "fullDescription", "help", "helpUri",
                    "defaultConfiguration")) {
                assertTrue(r.has(field), r.get("id") + " lacks " + field);
            }
        }
        assertTrue(rules.get(0).get("help").has("markdown"), "DF0001's help comes from its document");
        boolean sawFix = false, sawEncoded = false;
        for (JsonNode result : run.get("results")) {
            int index = result.get("ruleIndex").asInt();
            assertEquals(rules.get(index).get("id").asText(), result.get("ruleId").asText());
            JsonNode loc = result.get("locations").get(0).get("physicalLocation");
            String uri = loc.get("artifactLocation").get("uri").asText();
            assertFalse(uri.startsWith("/") || uri.contains(":") || uri.contains("\\") || uri.contains(" "), uri);
            sawEncoded |= uri.contains("with%20space%20%231.Dockerfile");
            for (String f : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                assertTrue(loc.get("region").has(f), "region lacks " + f);
            }
            assertTrue(result.get("partialFingerprints").has(SarifReporter.FINGERPRINT_KEY));
            sawFix |= result.has("fixes");
        }
        assertTrue(sawFix, "a finding with a Fix carries fixes");
        assertTrue(sawEncoded, "a path with a space and # is percent-encoded");
    }

    /** Our writer against the sarif-java model written by Jackson: the same bytes. */
    @Test
    void theWriterWritesWhatTheSarifJavaModelWrites() throws IOException {
        List<FileResult> golden = GoldenTest.lintInputs();
        assertEquals(reference(GoldenTest.context(), golden), GoldenTest.render("sarif", golden));
        Dockerfile clean = DockerfileSyntax.parse("Dockerfile", "FROM alpine:3.20\n".getBytes());
        List<FileResult> none = List.of(new FileResult("Dockerfile", Path.of("Dockerfile"), clean.text(),
                new Linter(GoldenRules.all()).lint(clean, LintOptions.defaults())));
        assertEquals(reference(GoldenTest.context(), none), GoldenTest.render("sarif", none));
        // no rules at all, a version that is not semantic, a message with characters to escape
        ReportContext bare = new ReportContext("dev build", List.of(), new ArtifactPaths(null));
        assertEquals(reference(bare, List.of()), write(bare, List.of()));
        Dockerfile odd = DockerfileSyntax.parse("odd \"name\".Dockerfile", "from alpine\n\tMAINTAINER \"é\" \\ x\n".getBytes());
        List<FileResult> unlisted = List.of(new FileResult("odd \"name\".Dockerfile", null, odd.text(),
                new Linter(GoldenRules.all()).lint(odd, LintOptions.defaults())));
        assertFalse(unlisted.get(0).findings().isEmpty());
        assertEquals(reference(bare, unlisted), write(bare, unlisted));
    }

    /** The same over real Dockerfiles. */
    @Test
    void theWriterWritesWhatTheModelWritesForTheCorpus() throws IOException {
        Path corpus = SharedData.require("corpus/files");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.sorted().limit(150).toList();
        }
        Linter linter = new Linter(Rules.all());
        LintOptions options = LintOptions.defaults();
        List<FileResult> results = new ArrayList<>();
        for (Path f : files) {
            Dockerfile df = DockerfileSyntax.parse(f.toString(), Files.readAllBytes(f));
            results.add(new FileResult(f.toString(), f, df.text(), linter.lint(df, options)));
        }
        ReportContext context = new ReportContext("1.2.3", linter.enabledRules(options), new ArtifactPaths(corpus));
        assertEquals(reference(context, results), write(context, results));
    }

    private static String write(ReportContext context, List<FileResult> results) throws IOException {
        StringBuilder b = new StringBuilder();
        new SarifReporter(context).write(results, b);
        return b.toString();
    }

    private static String reference(ReportContext context, List<FileResult> results) throws IOException {
        StringBuilder b = new StringBuilder();
        new SarifModelReference(context).write(results, b);
        return b.toString();
    }

    @Test
    void cleanRunStillHasAResultsArray() throws IOException {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", "FROM alpine:3.20\n".getBytes());
        List<FileResult> results = List.of(new FileResult("Dockerfile", Path.of("Dockerfile"), df.text(),
                new Linter(GoldenRules.all()).lint(df, LintOptions.defaults())));
        StringBuilder b = new StringBuilder();
        Reporters.create("sarif", GoldenTest.context(), false).write(results, b);
        JsonNode run = validate(schema(), b.toString()).get("runs").get(0);
        assertTrue(run.get("results").isArray());
        assertEquals(0, run.get("results").size());
    }

    @Test
    void fingerprintsSurviveLinesShifting() throws IOException {
        String body = "from alpine:3.20\nMAINTAINER x\n";
        List<String> before = prints("Dockerfile", body);
        List<String> after = prints("Dockerfile", "# a new comment\n\n" + body);
        assertEquals(before, after);
        assertEquals(2, before.size());
        assertFalse(before.get(0).equals(before.get(1)));
        List<String> changed = prints("Dockerfile", "from alpine:3.21\nMAINTAINER x\n");
        assertFalse(before.get(0).equals(changed.get(0)), "changing the line changes its fingerprint");
    }

    private static List<String> prints(String name, String text) throws IOException {
        Dockerfile df = DockerfileSyntax.parse(name, text.getBytes());
        FileResult r = new FileResult(name, null, df.text(), new Linter(GoldenRules.all()).lint(df, LintOptions.defaults()));
        return Fingerprints.of(r, "");
    }

    /** A few hundred real Dockerfiles, linted inside a git work tree with the real rules. */
    @Test
    void corpusSarifFromInsideARepositoryValidates(@TempDir Path repo) throws IOException {
        Path corpus = SharedData.require("corpus/files");
        JsonSchema schema = schema();
        Files.createDirectories(repo.resolve(".git"));
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.sorted().limit(300).toList();
        }
        Linter linter = new Linter(Rules.all());
        LintOptions options = LintOptions.defaults();
        List<FileResult> results = new ArrayList<>();
        for (Path f : files) {
            Path copy = repo.resolve("services").resolve(f.getFileName().toString().replace(".Dockerfile", ""))
                    .resolve("Dockerfile");
            Files.createDirectories(copy.getParent());
            Files.copy(f, copy);
            Dockerfile df = DockerfileSyntax.parse(copy.toString(), Files.readAllBytes(copy));
            results.add(new FileResult(copy.toString(), copy, df.text(), linter.lint(df, options)));
        }
        ReportContext context = new ReportContext("1.2.3", linter.enabledRules(options), new ArtifactPaths(null));
        StringBuilder b = new StringBuilder();
        Reporters.create("sarif", context, false).write(results, b);
        JsonNode run = validate(schema, b.toString()).get("runs").get(0);
        Set<String> uris = new HashSet<>();
        for (JsonNode result : run.get("results")) {
            String uri = result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
            assertTrue(uri.matches("services/\\d+/Dockerfile"), uri);
            uris.add(uri);
        }
        assertEquals(run.get("tool").get("driver").get("rules").size(), linter.enabledRules(options).size());
    }
}
