package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.RuleDescriptor;
import dflint.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lint command end to end, in-process: formats and outputs, exit codes and
 * thresholds, configuration files, pragmas, directory walking. The temporary
 * folder is made a repository root (.git) so no configuration above it leaks in.
 */
class LintCommandTest {
    @TempDir
    Path dir;

    /** A file whose only finding is DF0001 (an error unless its severity is changed). */
    static final String BROKEN = "FROM alpine:3.20\nRNU make\n";
    static final String CLEAN = "FROM alpine:3.20\nRUN make\n";

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    /**
     * Runs with every rule but DF0001 turned off, so these tests see only the findings they set
     * up, whatever rules land later. (--enable on the command line still turns one back on.)
     */
    private static CliTest.Run run(Object... args) {
        return runOnly(List.of("DF0001"), args);
    }

    /** Runs with every rule but the kept ones turned off. */
    private static CliTest.Run runOnly(List<String> keep, Object... args) {
        List<String> a = new ArrayList<>();
        StringBuilder others = new StringBuilder();
        for (RuleDescriptor r : Rules.all()) {
            if (!keep.contains(r.id())) others.append(others.length() == 0 ? "" : ",").append(r.id());
        }
        if (others.length() > 0) {
            a.add("--ignore");
            a.add(others.toString());
        }
        for (Object o : args) a.add(o.toString());
        return CliTest.run("", a.toArray(new String[0]));
    }

    // ---- formats and outputs ------------------------------------------------

    @Test
    void aTargetTheFileLacksIsAnErrorForThatFileAndTheOthersAreStillLinted() throws IOException {
        Path two = write("two/Dockerfile", "FROM alpine:3.20 AS build\nRUN make\nFROM alpine:3.20 AS app\nRNU x\n");
        Path one = write("one/Dockerfile", "FROM alpine:3.20 AS base\nRNU make\n");
        CliTest.Run r = run("--target", "app", one, two);
        assertEquals(2, r.code(), r.err());
        assertEquals("dflint: " + one + ": target stage \"app\" could not be found\n", r.err());
        assertTrue(r.out().contains(two + ":4:1: error: unknown instruction: RNU"), r.out());
        CliTest.Run typo = run("--target", "bulid", two);
        assertEquals("dflint: " + two + ": target stage \"bulid\" could not be found (did you mean build?)\n", typo.err());
        assertEquals(2, typo.code());
    }

    @Test
    void formatsArePairedWithOutputsInOrder() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        Path json = dir.resolve("out.json"), sarif = dir.resolve("out.sarif");
        CliTest.Run r = run("-f", "json", "-o", json, "--format", "sarif", "--output", sarif, "-f", "text", f);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith(f + ":2:1: error: unknown instruction: RNU"), r.out());
        assertTrue(Files.readString(json).startsWith("[\n  {\"file\":"), Files.readString(json));
        String s = Files.readString(sarif);
        assertTrue(s.contains("\"version\" : \"2.1.0\""), s);
        assertTrue(s.contains("\"uri\" : \"Dockerfile\""), "repository-relative: " + s);
    }

    @Test
    void dashMeansStandardOutputAndFormatsWithoutOutputGoThere() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        CliTest.Run r = run("-f", "github", "-o", "-", "-f", "checkstyle", f);
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().startsWith("::error file=Dockerfile,line=2,col=1,endColumn=4,title=DF0001 syntax-error::"), r.out());
        assertTrue(r.out().contains("<checkstyle version=\"4.3\">"), r.out());
    }

    @Test
    void everyFormatRunsFromTheCommandLine() throws IOException {
        Path f = write("sub dir/app.dockerfile", BROKEN);
        for (String format : List.of("text", "json", "sarif", "checkstyle", "github", "codeclimate")) {
            CliTest.Run r = run("-f", format, f);
            assertEquals(1, r.code(), format + ": " + r.err());
            assertEquals("", r.err(), format);
            assertTrue(r.out().contains("2"), format);
        }
        assertTrue(run("-f", "sarif", f).out().contains("\"uri\" : \"sub%20dir/app.dockerfile\""));
        assertTrue(run("-f", "codeclimate", f).out().contains("\"path\":\"sub dir/app.dockerfile\""));
    }

    @Test
    void sarifRootOverridesTheGitTopLevel() throws IOException {
        Path f = write("a/b/Dockerfile", BROKEN);
        CliTest.Run r = run("-f", "sarif", "--sarif-root", dir.resolve("a"), f);
        assertTrue(r.out().contains("\"uri\" : \"b/Dockerfile\""), r.out());
    }

    @Test
    void formatErrorsAreUsageErrors() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        CliTest.Run unknown = run("-f", "yaml", f);
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown --format 'yaml'"), unknown.err());
        assertEquals("", unknown.out());
        CliTest.Run unpaired = run("-f", "json", "-o", dir.resolve("a"), "-o", dir.resolve("b"), f);
        assertEquals(2, unpaired.code());
        assertTrue(unpaired.err().contains("--output given 2 times"), unpaired.err());
    }

    @Test
    void anUnwritableOutputExitsTwoAfterTheOthersAreWritten() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        CliTest.Run r = run("-f", "json", "-o", dir.resolve("no/such/dir/out.json"), "-f", "text", f);
        assertEquals(2, r.code());
        assertTrue(r.out().contains("RNU"), r.out());
        assertTrue(r.err().contains("cannot write the json report"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void colourOnlyWhenAskedOrOnATerminal() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        assertFalse(run(f).out().contains("\u001b["));
        assertTrue(run("--color", "always", f).out().contains("\u001b[31merror\u001b[0m"));
        assertFalse(run("--color", "never", f).out().contains("\u001b["));
        assertEquals(2, run("--color", "sometimes", f).code());
    }

    // ---- exit codes and thresholds -----------------------------------------

    @Test
    void everyThresholdAgainstEverySeverity() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        String[] levels = {"error", "warning", "info", "style"};
        for (int s = 0; s < levels.length; s++) {
            for (int t = 0; t < levels.length; t++) {
                CliTest.Run r = run("--severity", "DF0001=" + levels[s], "--failure-threshold", levels[t], f);
                int expected = s <= t ? 1 : 0;
                assertEquals(expected, r.code(), "severity " + levels[s] + ", threshold " + levels[t] + ": " + r.err());
                assertTrue(r.out().contains(": " + levels[s] + ": unknown instruction"), r.out());
            }
            assertEquals(0, run("--severity", "DF0001=" + levels[s], "--failure-threshold", "none", f).code());
            assertEquals(0, run("--severity", "DF0001=" + levels[s], "--no-fail", f).code());
        }
        // default threshold is warning
        assertEquals(1, run("--severity", "DF0001=warning", f).code());
        assertEquals(0, run("--severity", "DF0001=info", f).code());
        assertEquals(0, run(write("clean/Dockerfile", CLEAN)).code());
    }

    @Test
    void badSeverityAndRuleNamesAreUsageErrors() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        CliTest.Run r = run("--severity", "DF0001=loud", f);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'loud' is not a severity"), r.err());
        CliTest.Run typo = run("--ignore", "sintax-error", f);
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown rule 'sintax-error' (did you mean syntax-error?)"), typo.err());
        assertEquals(2, run("--severity", "nothing", f).code());
        assertEquals(0, run("--severity", "DF0001=none", f).code(), "none turns the rule off");
    }

    @Test
    void ignoreAndEnableOnTheCommandLine() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        CliTest.Run ignored = run("--ignore", "syntax-error", f);
        assertEquals(0, ignored.code());
        assertEquals("1 file checked, no problems\n", ignored.out());
        assertEquals(0, run("--ignore", "DL1000", f).code(), "hadolint alias");
        assertEquals(1, run("--enable", "DF0001", f).code());
    }

    // ---- configuration --------------------------------------------------------

    @Test
    void configNearTheFileApplies() throws IOException {
        Path f = write("svc/Dockerfile", BROKEN);
        write(".dflint.yaml", "severity:\n  DF0001: info\n");
        CliTest.Run r = run(f);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": info: "), r.out());
        // a nearer file wins over the one at the root
        write("svc/.dflint.yaml", "failure-threshold: style\nseverity: {syntax-error: style}\n");
        CliTest.Run nearer = run(f);
        assertEquals(1, nearer.code());
        assertTrue(nearer.out().contains(": style: "), nearer.out());
    }

    @Test
    void configSearchStopsAtTheRepositoryRoot() throws IOException {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path f = write("repo/Dockerfile", BROKEN);
        write(".dflint.yaml", "ignore: [DF0001]\n"); // above the repository: not used
        assertEquals(1, run(f).code());
    }

    @Test
    void explicitConfigAndNoConfig() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        write(".dflint.yaml", "ignore: [DF0001]\n");
        Path other = write("conf/other.yaml", "failure-threshold: none\n");
        assertEquals(0, run(f).code());
        assertEquals(1, run("--no-config", f).code());
        CliTest.Run explicit = run("--config", other, f);
        assertEquals(0, explicit.code());
        assertTrue(explicit.out().contains("unknown instruction"), "the explicit file replaces the found one");
        CliTest.Run missing = run("--config", dir.resolve("nope.yaml"), f);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.yaml: no such configuration file"), missing.err());
        assertEquals(2, run("--config", other, "--no-config", f).code());
    }

    @Test
    void commandLineOverridesConfig() throws IOException {
        Path f = write("Dockerfile", BROKEN);
        write(".dflint.yaml", "ignore: [syntax-error]\nfailure-threshold: none\nseverity: {DF0001: info}\n");
        assertEquals(0, run(f).code());
        CliTest.Run enabled = run("--enable", "DF0001", "--failure-threshold", "info", f);
        assertEquals(1, enabled.code());
        assertTrue(enabled.out().contains(": info: "), enabled.out());
        CliTest.Run severity = run("--enable", "DF0001", "--severity", "DL1000=error", "--failure-threshold", "error", f);
        assertEquals(1, severity.code());
        assertTrue(severity.out().contains(": error: "), severity.out());
    }

    @Test
    void badConfigExitsTwoNamingFileLineAndKey() throws IOException {
        Path f = write("Dockerfile", CLEAN);
        Path cfg = write(".dflint.yaml", "ignore: [DF0001]\n\nignored: [DF0001]\n");
        CliTest.Run r = run(f);
        assertEquals(2, r.code());
        assertEquals("", r.out());
        // the list of keys itself is ConfigLoaderTest's to check
        assertEquals("dflint: " + cfg + ":3: ignored: unknown key (did you mean 'ignore'?); known keys: "
                + String.join(", ", dflint.config.Config.KEYS) + "\n", r.err());
        write(".dflint.yaml", "failure-threshold: loud\n");
        CliTest.Run value = run(f);
        assertEquals(2, value.code());
        assertTrue(value.err().contains(".dflint.yaml:1: failure-threshold: 'loud' is not a threshold"), value.err());
        write(".dflint.yaml", "ignore: [DF0001\n");
        CliTest.Run syntax = run(f);
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().contains(".dflint.yaml:2: not valid YAML"), syntax.err());
    }

    // ---- pragmas -------------------------------------------------------------

    @Test
    void syntaxErrorsCannotBeSuppressedByPragmas() throws IOException {
        Path f = write("Dockerfile", "# dflint global ignore=DF0001\nFROM a\n# dflint ignore=DF0001\n"
                + "# hadolint ignore=DL1000\nRNU x\n");
        CliTest.Run r = run(f);
        assertEquals(1, r.code());
        assertTrue(r.out().contains(":5:1: error: unknown instruction: RNU"), r.out());
    }

    /** Pragmas and check options end to end, with a real rule that carries hadolint and BuildKit names. */
    @Test
    void pragmasAndCheckOptionsWithARealRule() throws IOException {
        RuleDescriptor rule = null;
        for (RuleDescriptor r : Rules.all()) {
            if (r.aliases().contains("MaintainerDeprecated") && r.aliases().contains("DL4000")) rule = r;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(rule != null && rule.enabledByDefault(), "no MAINTAINER rule yet");
        List<String> keep = List.of("DF0001", rule.id());
        String body = "FROM alpine:3.20\nMAINTAINER someone\n";
        Path plain = write("plain/Dockerfile", body);
        // the rule is informational: a threshold of info makes its finding fail the run, so silencing shows
        CliTest.Run r = runOnly(keep, "--failure-threshold", "info", plain);
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains(":2:1: info: "), r.out());
        for (String pragma : List.of("# dflint ignore=" + rule.id(), "# dflint ignore=" + rule.slug() + " we know",
                "# hadolint ignore=DL4000", "# dflint global ignore=MaintainerDeprecated")) {
            Path f = write("p" + pragma.hashCode() + "/Dockerfile", "FROM alpine:3.20\n" + pragma + "\nMAINTAINER someone\n");
            CliTest.Run quiet = runOnly(keep, "--failure-threshold", "info", f);
            assertEquals(0, quiet.code(), pragma + ": " + quiet.out());
            assertEquals("1 file checked, no problems\n", quiet.out(), pragma);
        }
        Path skipped = write("skip/Dockerfile", "# check=skip=MaintainerDeprecated\n" + body);
        assertEquals(0, runOnly(keep, "--failure-threshold", "info", skipped).code());
        Path errors = write("err/Dockerfile", "# check=error=true\n" + body);
        CliTest.Run e = runOnly(keep, "--failure-threshold", "error", errors);
        assertEquals(1, e.code());
        assertTrue(e.out().contains(":3:1: error: "), e.out());
        assertEquals(0, runOnly(keep, "--failure-threshold", "info", "--build-arg", "BUILDKIT_DOCKERFILE_CHECK=skip=all", plain).code());
        write("plain/.dflint.yaml", "build-args:\n  BUILDKIT_DOCKERFILE_CHECK: skip=MaintainerDeprecated\n");
        assertEquals(0, runOnly(keep, "--failure-threshold", "info", plain).code(), "config build-args reach the check options");
        write("plain/.dflint.yaml", "severity:\n  DL4000: error\n");
        assertTrue(runOnly(keep, plain).out().contains(":2:1: error: "));
    }

    @Test
    void configEnableTurnsOnARuleThatIsOffByDefault() throws IOException {
        RuleDescriptor off = null;
        for (RuleDescriptor r : Rules.all()) {
            if (!r.enabledByDefault() && off == null) off = r;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(off != null, "every rule is on by default");
        Path f = write("Dockerfile", CLEAN);
        write(".dflint.yaml", "enable: [" + off.slug() + "]\nfailure-threshold: none\n");
        CliTest.Run r = runOnly(List.of("DF0001", off.id()), "-f", "sarif", f);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"id\" : \"" + off.id() + "\""), "the enabled rule is described in SARIF");
        write(".dflint.yaml", "failure-threshold: none\n");
        assertFalse(runOnly(List.of("DF0001", off.id()), "-f", "sarif", f).out().contains("\"id\" : \"" + off.id() + "\""));
    }

    // ---- many files ------------------------------------------------------------

    @Test
    void walkingSkipsHiddenExcludedAndNonDockerfiles() throws IOException {
        write("b/Dockerfile", "FROM a\nX1\n");
        write("a/app.dockerfile", "FROM a\nX2\n");
        write("a/Containerfile.prod", "FROM a\nX3\n");
        write(".hidden/Dockerfile", "FROM a\nX4\n");
        write("vendor/Dockerfile", "FROM a\nX5\n");
        write("a/test.Dockerfile", "FROM a\nX6\n");
        write("a/notes.txt", "FROM a\nX7\n");
        CliTest.Run r = run("--exclude", "vendor", "--exclude", "a/test.*", dir);
        assertEquals(1, r.code(), r.err());
        List<String> seen = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            int x = line.indexOf(": X");
            if (x >= 0) seen.add(line.substring(x + 2, x + 4));
        }
        assertEquals(List.of("X3", "X2", "X1"), seen, r.out());
        assertTrue(r.out().endsWith("3 problems (3 errors, 0 warnings, 0 other) in 3 of 3 files\n"), r.out());
    }

    @Test
    void walkingLeavesFixturesTemplatesAndVendoredCodeOutAndSaysSo() throws IOException {
        write("app/Dockerfile", "FROM a\nX1\n");
        write("app/tests/Dockerfile", "FROM a\nX2\n");
        write("pkg/e2e/testdata/case/Dockerfile.bad", "FROM a\nX3\n");
        write("images/Dockerfile.template", "FROM a\nX4\n");
        write("node_modules/pkg/Dockerfile", "FROM a\nX5\n");
        CliTest.Run r = run(dir);
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.contains(": X")).count(), r.out());
        assertTrue(r.out().contains("X1"), r.out());
        assertEquals("dflint: skipped 2 Dockerfiles in test fixture folders and 1 template while walking directories;"
                + " --include-fixtures lints them\n", r.err());

        CliTest.Run all = runOnly(List.of("DF0001", "DF0002"), "--include-fixtures", dir);
        assertEquals("", all.err());
        List<String> seen = all.out().lines().filter(l -> l.contains(": X") || l.contains("DF0002")).toList();
        assertEquals(4, seen.size(), all.out()); // X1, X2, X3 and the template's note; never the vendored one
        assertTrue(all.out().contains("Dockerfile.template:1:1: info: This file is a template"), all.out());

        // a folder named on the command line is linted even when it is a fixture folder
        CliTest.Run named = run(dir.resolve("app/tests"));
        assertTrue(named.out().contains("X2"), named.out());
        assertEquals("", named.err());
    }

    @Test
    void symlinkLoopsAndSpecialFilesAreSkipped() throws IOException {
        write("a/Dockerfile", "FROM a\nX1\n");
        try {
            Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
            Files.createSymbolicLink(dir.resolve("a/Dockerfile.dangling"), dir.resolve("missing"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links on this file system
        }
        CliTest.Run r = run(dir);
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.out().lines().filter(l -> l.contains("X1")).count(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void sameOutputWhateverTheArgumentOrder() throws IOException {
        write("z/Dockerfile", BROKEN);
        write("m/Dockerfile", BROKEN);
        write("a/Dockerfile", BROKEN);
        String once = run("-f", "json", dir).out();
        assertEquals(once, run("-f", "json", dir).out());
        assertTrue(once.indexOf("/a/Dockerfile") < once.indexOf("/m/Dockerfile")
                && once.indexOf("/m/Dockerfile") < once.indexOf("/z/Dockerfile"), once);
    }

    @Test
    void outputFilesAreUtf8() throws IOException {
        Path f = write("Dockerfile", "FROM alpine\nRÜN x\n");
        Path out = dir.resolve("o.json");
        run("-f", "json", "-o", out, f);
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("RÜN"));
    }
}
