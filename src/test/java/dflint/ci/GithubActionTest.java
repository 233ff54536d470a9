package dflint.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dflint.Exec;
import dflint.report.SarifSchemaTest;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's step scripts (action/*.sh), run here as the runner runs them: with
 * GITHUB_ACTION_PATH, GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP and the INPUT_* variables
 * action.yml passes, their defaults taken from action.yml itself. The action folder is a copy
 * of the scripts and the launcher; its target/dflint.jar is a jar whose manifest points at
 * this build's classes, so the real dflint runs without a Maven package step first.
 */
class GithubActionTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private Path action;
    private Path workspace;
    private Path outputFile;
    private Path summaryFile;

    @BeforeEach
    void setUp() throws IOException {
        Assumptions.assumeTrue(Exec.available("bash", "--version"), "needs bash");
        action = tmp.resolve("action-path");
        Files.createDirectories(action.resolve("action"));
        Files.createDirectories(action.resolve("bin"));
        Files.copy(PROJECT.resolve("action.yml"), action.resolve("action.yml"));
        Files.copy(PROJECT.resolve("pom.xml"), action.resolve("pom.xml"));
        try (var scripts = Files.list(PROJECT.resolve("action"))) {
            for (Path s : scripts.toList()) Files.copy(s, action.resolve("action").resolve(s.getFileName()));
        }
        for (String s : List.of("dflint", "dflint-build")) {
            Files.copy(PROJECT.resolve("bin").resolve(s), action.resolve("bin").resolve(s));
            action.resolve("bin").resolve(s).toFile().setExecutable(true);
        }
        workspace = Files.createDirectories(tmp.resolve("workspace"));
        Files.createDirectories(workspace.resolve(".git"));
        outputFile = tmp.resolve("github_output");
        summaryFile = tmp.resolve("step_summary");
    }

    /** target/dflint.jar as a manifest pointing at this build's classes and dependencies. */
    private static void writeClassPathJar(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!p.isEmpty()) entries.add(Path.of(p).toAbsolutePath().toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dflint.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // the manifest is all it holds
        }
    }

    private void installJar() throws IOException {
        writeClassPathJar(action.resolve("target/dflint.jar"));
    }

    /** The environment of a step: the runner's variables, and every input at action.yml's default unless given. */
    private Map<String, String> stepEnv(Map<String, String> inputs) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_ACTION_PATH", action.toString());
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_STEP_SUMMARY", summaryFile.toString());
        env.put("RUNNER_TEMP", Files.createDirectories(tmp.resolve("runner-temp")).toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        for (String k : List.of("DFLINT_JAR", "DFLINT_JAVA_OPTS", "DFLINT_CACHE_DIR", "JAVA_TOOL_OPTIONS",
                "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            env.put(k, null);
        }
        CiFilesTest.inputDefaults().forEach((name, value) ->
                env.put("INPUT_" + name.toUpperCase().replace('-', '_'), value));
        inputs.forEach((name, value) -> env.put("INPUT_" + name.toUpperCase().replace('-', '_'), value));
        return env;
    }

    private Exec.Result step(String script, Map<String, String> env) throws IOException {
        Files.deleteIfExists(outputFile);
        Files.deleteIfExists(summaryFile);
        return Exec.run(workspace, env, LIMIT, "bash", action.resolve("action").resolve(script).toString());
    }

    private Map<String, String> outputs() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(outputFile)) return out;
        for (String line : Files.readAllLines(outputFile)) {
            int eq = line.indexOf('=');
            assertTrue(eq > 0, "an output line is name=value: " + line);
            assertFalse(out.containsKey(line.substring(0, eq)), "output written twice: " + line);
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    private Exec.Result check(String exitCode, String findings, String failOnFindings) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("DFLINT_EXIT_CODE", exitCode);
        env.put("DFLINT_FINDINGS", findings);
        env.put("INPUT_FAIL_ON_FINDINGS", failOnFindings);
        return Exec.run(workspace, env, LIMIT, "bash", PROJECT.resolve("action/check.sh").toString());
    }

    private void write(String relative, String text) throws IOException {
        Path p = workspace.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static final String CLEAN = "FROM alpine:3.20\n";
    private static final String UNTIDY = "FROM ubuntu\nRUN apt-get install curl\n";

    private static JsonNode validSarif(Path file) throws IOException {
        JsonSchema schema = SarifSchemaTest.schema();
        JsonNode tree = JSON.readTree(file.toFile());
        Set<ValidationMessage> errors = schema.validate(tree);
        assertTrue(errors.isEmpty(), () -> file + ": " + errors);
        assertEquals(1, tree.get("runs").size(), "one run");
        return tree.get("runs").get(0);
    }

    private static final Pattern ANNOTATION = Pattern.compile("^::(error|warning|notice) file=([^,]*),line=\\d+.*::.+$",
            Pattern.MULTILINE);

    @Test
    void lintStepWritesValidSarifAnnotationsAndCountsAndTheLastStepFails() throws IOException {
        installJar();
        write("Dockerfile", CLEAN);
        write("svc/Dockerfile", UNTIDY);
        Exec.Result r = step("run.sh", stepEnv(Map.of()));
        assertEquals(0, r.code(), "the lint step itself succeeds, so the upload can run\n" + r.all());
        Map<String, String> out = outputs();
        assertEquals(Set.of("exit-code", "sarif-file", "finding-count", "error-count", "warning-count", "info-count",
                "style-count"), out.keySet());
        assertEquals("1", out.get("exit-code"), r.all());
        assertEquals(workspace.resolve("dflint.sarif").toString(), out.get("sarif-file"));

        JsonNode run = validSarif(Path.of(out.get("sarif-file")));
        JsonNode results = run.get("results");
        int findings = Integer.parseInt(out.get("finding-count"));
        assertTrue(findings > 0);
        assertEquals(results.size(), findings, "the count is the SARIF's results");
        Map<String, Integer> levels = new HashMap<>();
        for (JsonNode result : results) {
            levels.merge(result.get("level").asText(), 1, Integer::sum);
            assertEquals("svc/Dockerfile", result.get("locations").get(0).get("physicalLocation")
                    .get("artifactLocation").get("uri").asText(), "repository-relative, and only the untidy file");
        }
        assertEquals(levels.getOrDefault("error", 0), Integer.parseInt(out.get("error-count")));
        assertEquals(levels.getOrDefault("warning", 0), Integer.parseInt(out.get("warning-count")));
        assertEquals(levels.getOrDefault("note", 0),
                Integer.parseInt(out.get("info-count")) + Integer.parseInt(out.get("style-count")));

        // One annotation per finding, on the file and with the rule, and the text format after them.
        Matcher m = ANNOTATION.matcher(r.out());
        int annotations = 0;
        while (m.find()) {
            annotations++;
            assertEquals("svc/Dockerfile", m.group(2));
        }
        assertEquals(findings, annotations, r.out());
        assertTrue(r.out().contains("title=DF3006 image-untagged::"), r.out());
        assertTrue(r.out().contains("svc/Dockerfile:1:6: warning:"), "the log's text format: " + r.out());
        assertTrue(Files.readString(summaryFile).contains(findings + " findings"), Files.readString(summaryFile));

        Exec.Result failed = check(out.get("exit-code"), out.get("finding-count"), "true");
        assertEquals(1, failed.code(), failed.all());
        assertTrue(failed.out().startsWith("::error title=dflint::" + findings + " findings"), failed.out());
        Exec.Result tolerated = check(out.get("exit-code"), out.get("finding-count"), "false");
        assertEquals(0, tolerated.code(), tolerated.all());
    }

    @Test
    void aCleanWorkspacePassesAndStillGetsASarifWithNoResults() throws IOException {
        installJar();
        write("Dockerfile", CLEAN);
        Exec.Result r = step("run.sh", stepEnv(Map.of("sarif-file", "reports/code-scanning/dflint.sarif")));
        assertEquals(0, r.code(), r.all());
        Map<String, String> out = outputs();
        assertEquals("0", out.get("exit-code"), r.all());
        assertEquals("0", out.get("finding-count"));
        Path sarif = workspace.resolve("reports/code-scanning/dflint.sarif");
        assertEquals(sarif.toString(), out.get("sarif-file"), "folders are made as needed");
        JsonNode run = validSarif(sarif);
        assertTrue(run.get("results").isArray() && run.get("results").isEmpty());
        assertFalse(ANNOTATION.matcher(r.out()).find(), r.out());
        assertEquals(0, check(out.get("exit-code"), out.get("finding-count"), "true").code());
    }

    @Test
    void thresholdArgsPathsAndSwitchesAreHonoured() throws IOException {
        installJar();
        write("svc/Dockerfile", UNTIDY);
        write("svc dir/Dockerfile", UNTIDY);
        write("other/Dockerfile", UNTIDY);

        // Warnings under an error threshold: counted, but not a failure.
        step("run.sh", stepEnv(Map.of("failure-threshold", "error")));
        Map<String, String> out = outputs();
        assertEquals("0", out.get("exit-code"));
        assertTrue(Integer.parseInt(out.get("warning-count")) > 0, out.toString());
        int inThreeFiles = Integer.parseInt(out.get("finding-count"));
        assertEquals(0, inThreeFiles % 3, "three files, the same findings in each: " + out);
        assertEquals("0", out.get("error-count"));

        // Quoted args reach dflint as words: one rule raised to error fails that threshold.
        step("run.sh", stepEnv(Map.of("failure-threshold", "error", "args", "--severity \"DF3006=error\" --no-config")));
        out = outputs();
        assertEquals("1", out.get("exit-code"), out.toString());
        assertEquals("3", out.get("error-count"), "DF3006 once in each of the three files");

        // Paths one per line (one with a space); only they are linted. No SARIF, no annotations, no log format.
        Files.delete(workspace.resolve("dflint.sarif"));
        Exec.Result r = step("run.sh", stepEnv(Map.of("paths", "svc dir/Dockerfile\n  other/Dockerfile  \n",
                "sarif-file", "", "annotations", "false", "format", "")));
        out = outputs();
        assertEquals("", r.out(), "nothing asked for on the log");
        assertEquals("", out.get("sarif-file"));
        assertFalse(Files.exists(workspace.resolve("dflint.sarif")));
        assertEquals("1", out.get("exit-code"));
        assertEquals(inThreeFiles / 3 * 2, Integer.parseInt(out.get("finding-count")), "two of the three files");

        // The same two on one line, for the SARIF's URIs.
        step("run.sh", stepEnv(Map.of("paths", "other/Dockerfile svc/Dockerfile")));
        JsonNode run = validSarif(Path.of(outputs().get("sarif-file")));
        Set<String> uris = new java.util.TreeSet<>();
        for (JsonNode result : run.get("results")) {
            uris.add(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        }
        assertEquals(Set.of("other/Dockerfile", "svc/Dockerfile"), uris);
    }

    @Test
    void usageAndInputErrorsAreExitCodeTwoAndAlwaysFail() throws IOException {
        installJar();
        write("Dockerfile", CLEAN);
        Exec.Result r = step("run.sh", stepEnv(Map.of("args", "--no-such-option")));
        assertEquals(0, r.code(), r.all());
        assertEquals("2", outputs().get("exit-code"), r.all());
        Exec.Result failed = check("2", "0", "false");
        assertEquals(2, failed.code(), "fail-on-findings: false does not hide a usage error\n" + failed.all());
        assertTrue(failed.out().contains("::error title=dflint::dflint stopped with exit code 2"), failed.out());

        for (Map<String, String> bad : List.of(Map.of("annotations", "yes"), Map.of("failure-threshold", "high"),
                Map.of("args", "--ignore \"DF3006"))) {
            Exec.Result b = step("run.sh", stepEnv(bad));
            assertEquals(2, b.code(), bad + "\n" + b.all());
            assertTrue(b.out().startsWith("::error title=dflint::"), b.all());
            assertEquals("2", outputs().get("exit-code"));
        }
        assertEquals(2, check("", "", "true").code(), "no exit code: the lint did not run");
        assertEquals(2, check("0", "0", "maybe").code(), "fail-on-findings is true or false");
    }

    @Test
    void buildStepUsesAJarThatIsThereAndElseBuildsOneWithTheGivenRepository() throws IOException {
        installJar();
        Map<String, String> env = stepEnv(Map.of());
        Exec.Result cached = step("build.sh", env);
        assertEquals(0, cached.code(), cached.all());
        Map<String, String> out = outputs();
        assertEquals("false", out.get("built"));
        assertEquals(action.resolve("target/dflint.jar").toString(), out.get("jar"));
        assertTrue(out.get("version").matches("dflint \\S+"), out.toString());

        // No jar: the build runs Maven (a stand-in that makes the same class-path jar) with the repository asked for.
        Files.delete(action.resolve("target/dflint.jar"));
        Path fakeBin = Files.createDirectories(tmp.resolve("fakebin"));
        Path madeJar = tmp.resolve("made.jar");
        writeClassPathJar(madeJar);
        Files.writeString(fakeBin.resolve("mvn"), """
                #!/bin/sh
                echo "$*" >> "%s"
                for a in "$@"; do case $a in -Ddflint.buildDir=*) dir=${a#*=} ;; esac; done
                mkdir -p "$dir" && cp "%s" "$dir/dflint.jar"
                """.formatted(tmp.resolve("mvn-calls"), madeJar));
        fakeBin.resolve("mvn").toFile().setExecutable(true);
        env.put("PATH", fakeBin + File.pathSeparator + System.getenv("PATH"));
        Path repo = tmp.resolve("maven-repository");
        env.put("DFLINT_MAVEN_REPO", repo.toString());
        Exec.Result built = step("build.sh", env);
        assertEquals(0, built.code(), built.all());
        assertEquals("true", outputs().get("built"));
        assertTrue(Files.isRegularFile(action.resolve("target/dflint.jar")));
        assertTrue(Files.readString(tmp.resolve("mvn-calls")).contains("-Dmaven.repo.local=" + repo));

        // A build that fails fails the step, with an annotation.
        Files.delete(action.resolve("target/dflint.jar"));
        Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\necho '[ERROR] no network'\nexit 1\n");
        Exec.Result broken = step("build.sh", env);
        assertEquals(2, broken.code(), broken.all());
        assertTrue(broken.out().contains("::error title=dflint::building dflint with Maven failed"), broken.all());
        assertTrue(broken.err().contains("[ERROR] no network"), "the build log's tail: " + broken.err());
    }

    @Test
    void cacheKeyFollowsTheSourcesOfTheJarAndNothingElse() throws IOException {
        Path tree = tmp.resolve("tree");
        for (String f : List.of("pom.xml", "grammar/G.g4", "rules/DF1.md", "src/main/java/A.java", "src/build/java/B.java",
                "README.md", "src/test/java/T.java")) {
            Files.createDirectories(tree.resolve(f).getParent());
            Files.writeString(tree.resolve(f), f + "\n");
        }
        Files.createDirectories(tree.resolve("action"));
        Files.copy(PROJECT.resolve("action/key.sh"), tree.resolve("action/key.sh"));
        Map<String, String> first = keys(tree);
        assertTrue(first.get("sources").matches("[0-9a-f]{32}"), first.toString());
        assertTrue(first.get("maven").matches("[0-9a-f]{32}"), first.toString());

        Files.writeString(tree.resolve("README.md"), "changed\n");
        Files.writeString(tree.resolve("src/test/java/T.java"), "changed\n");
        assertEquals(first, keys(tree), "docs and tests are not in the jar");

        Files.writeString(tree.resolve("src/main/java/A.java"), "changed\n");
        Map<String, String> second = keys(tree);
        assertNotEquals(first.get("sources"), second.get("sources"));
        assertEquals(first.get("maven"), second.get("maven"), "the same build dependencies");

        Files.writeString(tree.resolve("pom.xml"), "changed\n");
        Map<String, String> third = keys(tree);
        assertNotEquals(second.get("sources"), third.get("sources"));
        assertNotEquals(second.get("maven"), third.get("maven"));

        Path moved = tmp.resolve("elsewhere/tree");
        Files.createDirectories(moved.getParent());
        Files.move(tree, moved);
        assertEquals(third, keys(moved), "where the action is checked out does not matter");
    }

    private Map<String, String> keys(Path tree) throws IOException {
        Files.deleteIfExists(outputFile);
        Exec.Result r = Exec.run(tree, Map.of("GITHUB_ACTION_PATH", tree.toString(), "GITHUB_OUTPUT", outputFile.toString()),
                LIMIT, "bash", tree.resolve("action/key.sh").toString());
        assertEquals(0, r.code(), r.all());
        return outputs();
    }
}
