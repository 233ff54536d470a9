package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** --fix, --diff, --unsafe-fixes and --fix-only end to end, in-process. */
class FixCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Runs with only the given rules (and DF0001) on, so later rules do not change what these tests see. */
    private static CliTest.Run runOnly(String stdin, List<String> keep, Object... args) {
        List<String> a = new ArrayList<>();
        StringBuilder others = new StringBuilder();
        for (RuleDescriptor r : Rules.all()) {
            if (!keep.contains(r.id()) && !r.id().equals("DF0001")) others.append(others.length() == 0 ? "" : ",").append(r.id());
        }
        a.add("--ignore");
        a.add(others.toString());
        for (Object o : args) a.add(o.toString());
        return CliTest.run(stdin, a.toArray(new String[0]));
    }

    static final String CASING_AND_RECOMMENDS = "FROM debian:12 as base\nRUN apt-get install -y curl\n";

    @Test
    void fixRewritesTheFileThenReportsWhatIsLeft() throws IOException {
        Path f = write("Dockerfile", CASING_AND_RECOMMENDS);
        CliTest.Run r = runOnly("", List.of("DF2001", "DF3015"), "--fix", f);
        assertEquals("FROM debian:12 AS base\nRUN apt-get install -y curl\n", Files.readString(f));
        // what is left: the unsafe fix, not marked, counted in the closing line
        assertTrue(r.out().contains(f + ":2:5: info: apt-get install also installs recommended packages"), r.out());
        assertFalse(r.out().contains("[*] apt-get"), r.out());
        assertTrue(r.out().endsWith("[*] 0 fixable with --fix (1 more with --unsafe-fixes)\n"), r.out());
        assertEquals("dflint: applied 1 fix in 1 file (DF2001 1)\n", r.err());
        assertEquals(0, r.code());
    }

    @Test
    void unsafeFixesAreAppliedOnlyWhenAskedFor() throws IOException {
        Path f = write("Dockerfile", CASING_AND_RECOMMENDS);
        CliTest.Run r = runOnly("", List.of("DF2001", "DF3015"), "--fix", "--unsafe-fixes", f);
        assertEquals("FROM debian:12 AS base\nRUN apt-get install --no-install-recommends -y curl\n", Files.readString(f));
        assertTrue(r.err().contains("applied 2 fixes in 1 file (DF2001 1, DF3015 1)"), r.err());
    }

    @Test
    void withoutFixTheTextReportMarksWhatFixWouldFix() throws IOException {
        Path f = write("Dockerfile", CASING_AND_RECOMMENDS);
        CliTest.Run r = runOnly("", List.of("DF2001", "DF3015"), f);
        assertTrue(r.out().contains(f + ":1:16: style: [*] 'as' is not cased like 'FROM'"), r.out());
        assertTrue(r.out().endsWith("[*] 1 fixable with --fix (1 more with --unsafe-fixes)\n"), r.out());
        CliTest.Run u = runOnly("", List.of("DF2001", "DF3015"), "--unsafe-fixes", f);
        assertTrue(u.out().contains("info: [*] apt-get install also installs"), u.out());
        assertTrue(u.out().endsWith("[*] 2 fixable with --fix --unsafe-fixes\n"), u.out());
        assertEquals(CASING_AND_RECOMMENDS, Files.readString(f), "a lint without --fix never writes");
    }

    @Test
    void diffPrintsWhatWouldChangeAndExitsOneWithoutWriting() throws IOException {
        Path f = write("Dockerfile", CASING_AND_RECOMMENDS);
        CliTest.Run r = runOnly("", List.of("DF2001", "DF3015"), "--diff", f);
        String name = f.toString().substring(1);
        assertEquals("--- a/" + name + "\n+++ b/" + name + "\n@@ -1,2 +1,2 @@\n-FROM debian:12 as base\n+FROM debian:12 AS base\n"
                + " RUN apt-get install -y curl\n", r.out());
        assertEquals(1, r.code());
        assertEquals(CASING_AND_RECOMMENDS, Files.readString(f));
        assertEquals("dflint: would apply 1 fix in 1 file (DF2001 1)\n", r.err());
        Path clean = write("clean.Dockerfile", "FROM debian:12 AS base\n");
        CliTest.Run none = runOnly("", List.of("DF2001"), "--diff", clean);
        assertEquals("", none.out());
        assertEquals(0, none.code());
    }

    @Test
    void fixOnlyLimitsTheRulesAndImpliesFix() throws IOException {
        Path f = write("Dockerfile", "from debian:12 as base\nRUN true\n");
        CliTest.Run r = runOnly("", List.of("DF2001", "DF2003"), "--fix-only", "FromAsCasing", f);
        // DF2001 wants 'as' for a lower-case from; DF2003 (upper-case majority) is not applied
        assertEquals("from debian:12 as base\nRUN true\n", Files.readString(f));
        // DF2003 alone would leave 'FROM ... as', a new DF2001 finding that is not to be fixed: left out
        CliTest.Run casing = runOnly("", List.of("DF2001", "DF2003"), "--fix-only", "DF2003", f);
        assertEquals("from debian:12 as base\nRUN true\n", Files.readString(f));
        assertTrue(casing.err().contains(f + ":1: DF2003 fix left out: it would change the build or add a finding"), casing.err());
        // both together: the keyword, then the AS it brings up
        runOnly("", List.of("DF2001", "DF2003"), "--fix", f);
        assertEquals("FROM debian:12 AS base\nRUN true\n", Files.readString(f));
        CliTest.Run bad = runOnly("", List.of("DF2001"), "--fix-only", "DF2O01", f);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("dflint: --fix-only: unknown rule 'DF2O01'"), bad.err());
    }

    @Test
    void standardInputWithFixPrintsTheFixedFileAndReportsOnStandardError() {
        CliTest.Run r = runOnly(CASING_AND_RECOMMENDS, List.of("DF2001", "DF3015"), "--fix", "-");
        assertEquals("FROM debian:12 AS base\nRUN apt-get install -y curl\n", r.out());
        assertTrue(r.err().contains("-:2:5: info: apt-get install also installs"), r.err());
        // nothing to fix: the file as it came
        CliTest.Run same = runOnly("FROM debian:12 AS base\n", List.of("DF2001"), "--fix", "-");
        assertEquals("FROM debian:12 AS base\n", same.out());
    }

    @Test
    void aFileThatDoesNotParseIsNeverRewritten() throws IOException {
        byte[] before = "FROM debian:12 as base\nRNU make\n".getBytes(StandardCharsets.UTF_8);
        Path f = dir.resolve("Dockerfile");
        Files.write(f, before);
        CliTest.Run r = runOnly("", List.of("DF2001"), "--fix", f);
        assertArrayEquals(before, Files.readAllBytes(f));
        assertTrue(r.err().contains(f + ": not fixed: the file does not parse"), r.err());
        assertEquals(1, r.code());
    }

    @Test
    void byteOrderMarkLineEndsAndUntouchedBytesStay() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String body = "FROM debian:12 as base\r\n# Müller's   spacing\t stays\r\nRUN true\r\n";
        Path f = dir.resolve("Dockerfile");
        Files.write(f, concat(bom, body.getBytes(StandardCharsets.UTF_8)));
        runOnly("", List.of("DF2001"), "--fix", f);
        assertArrayEquals(concat(bom, body.replace(" as ", " AS ").getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(f));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * The seed document's example, reduced to what matters here: a Go program written by a COPY
     * heredoc, built in an unnamed stage, copied out with COPY --from=0. --fix names the stage and
     * the result lints clean of DF1001, with every rule on.
     */
    @Test
    void theSeedHeredocExampleGetsItsStageNamed() throws IOException {
        Path f = write("Dockerfile", "# syntax=docker/dockerfile:1\n"
                + "FROM golang:1.23\n"
                + "WORKDIR /src\n"
                + "COPY <<EOF ./main.go\n"
                + "package main\n"
                + "\n"
                + "func main() { println(\"hello\") }\n"
                + "EOF\n"
                + "RUN go build -o /bin/hello ./main.go\n"
                + "\n"
                + "FROM scratch\n"
                + "COPY --from=0 /bin/hello /bin/hello\n"
                + "CMD [\"/bin/hello\"]\n");
        CliTest.Run before = CliTest.run("", "--no-fail", f.toString());
        assertTrue(before.out().contains("[DF1001 numeric-stage-reference]"), before.out());
        CliTest.Run fix = CliTest.run("", "--fix", "--no-fail", f.toString());
        assertEquals(0, fix.code(), fix.err());
        String fixed = Files.readString(f);
        assertTrue(fixed.contains("FROM golang:1.23 AS golang\n"), fixed);
        assertTrue(fixed.contains("COPY --from=golang /bin/hello /bin/hello\n"), fixed);
        assertTrue(fixed.contains("COPY <<EOF ./main.go\npackage main\n\nfunc main() { println(\"hello\") }\nEOF\n"), fixed);
        CliTest.Run after = CliTest.run("", "--no-fail", f.toString());
        assertFalse(after.out().contains("DF1001"), after.out());
    }

    @Test
    void sarifCarriesEveryEditOfAFix() throws IOException {
        Path f = write("Dockerfile", "FROM golang:1.23\nRUN go build -o /app .\nFROM scratch\nCOPY --from=0 /app /app\n");
        CliTest.Run r = runOnly("", List.of("DF1001"), "--format", "sarif", f);
        JsonNode results = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results");
        JsonNode fix = null;
        for (JsonNode res : results) if (res.path("ruleId").asText().equals("DF1001")) fix = res.path("fixes").get(0);
        JsonNode replacements = fix.path("artifactChanges").get(0).path("replacements");
        assertEquals(2, replacements.size(), fix.toString());
        assertEquals(" AS golang", replacements.get(0).path("insertedContent").path("text").asText());
        assertEquals(1, replacements.get(0).path("deletedRegion").path("startLine").asInt());
        assertEquals("--from=golang", replacements.get(1).path("insertedContent").path("text").asText());
        assertEquals("safe", fix.path("properties").path("safety").asText());
    }
}
