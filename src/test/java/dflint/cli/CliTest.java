package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process and checks stdout, stderr and the exit code. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String command : java.util.List.of("lint", "parse", "stages", "rules", "explain")) {
            Run h = run("", command, "--help");
            assertEquals(0, h.code(), command + ": " + h.err());
            assertTrue(h.out().startsWith("Usage: dflint " + command), command + ": " + h.out());
            Run v = run("", command, "--version");
            assertEquals(0, v.code(), command + ": " + v.err());
            assertTrue(v.out().startsWith("dflint "), command + ": " + v.out());
        }
    }

    @Test
    void cleanFileExitsZero() throws IOException {
        Path f = write("Dockerfile", "FROM alpine:3.20\nRUN true\n");
        // only the parser's rule: other rules may well have something to say about a two-line file
        StringBuilder others = new StringBuilder();
        for (dflint.engine.RuleDescriptor d : dflint.rules.Rules.all()) {
            if (!d.id().equals("DF0001")) others.append(others.length() == 0 ? "" : ",").append(d.id());
        }
        Run r = others.length() == 0 ? run("", f.toString()) : run("", "--ignore", others.toString(), f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("1 file checked, no problems\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void syntaxErrorIsAFindingWithPositionAndExitOne() throws IOException {
        Path f = write("Dockerfile", "FROM alpine\n  RNU make\n");
        Run r = run("", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains(f + ":2:3: error: unknown instruction: RNU (did you mean RUN?) [DF0001 syntax-error]\n"), r.out());
    }

    @Test
    void stdinIsRead() {
        Run r = run("FROM a\nFOO\n", "-");
        assertEquals(1, r.code());
        assertTrue(r.out().contains("-:2:1: error: unknown instruction: FOO"), r.out());
    }

    @Test
    void missingAndBinaryFilesAreReportedAfterTheOthersAreLinted() throws IOException {
        Path good = write("Dockerfile", "FROM a\nBAD x\n");
        Path bin = dir.resolve("Dockerfile.bin");
        Files.write(bin, new byte[] {'F', 'R', 0, 1, 2});
        Run r = run("", dir.resolve("missing").toString(), bin.toString(), good.toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("unknown instruction: BAD"), r.out());
        assertTrue(r.err().contains("missing: no such file"), r.err());
        assertTrue(r.err().contains("binary file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }

    @Test
    void jsonFormat() throws IOException {
        Path f = write("Dockerfile", "FROM a\nRNU x\n");
        Run r = run("", "--format", "json", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("\"line\":2,\"column\":1,\"endLine\":2,\"endColumn\":4,\"rule\":\"DF0001\",\"name\":\"syntax-error\""), r.out());
    }

    @Test
    void thresholdsAndNoFail() throws IOException {
        Path f = write("Dockerfile", "FROM a\nRNU x\n");
        assertEquals(0, run("", "--no-fail", f.toString()).code());
        assertEquals(0, run("", "--failure-threshold", "none", f.toString()).code());
        assertEquals(1, run("", "--failure-threshold", "error", f.toString()).code());
        Run bad = run("", "--failure-threshold", "loud", f.toString());
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }

    @Test
    void directoriesAreWalkedInOrder() throws IOException {
        write("b/Dockerfile", "FROM a\nX1\n");
        write("a/app.dockerfile", "FROM a\nX2\n");
        write(".hidden/Dockerfile", "FROM a\nX3\n");
        write("a/readme.txt", "not a dockerfile");
        Run r = run("", dir.toString());
        assertEquals(1, r.code());
        int a = r.out().indexOf("X2"), b = r.out().indexOf("X1");
        assertTrue(a >= 0 && b > a, r.out());
        assertFalse(r.out().contains("X3"), r.out());
    }

    @Test
    void parseDump() throws IOException {
        Path f = write("Dockerfile", "FROM a AS b\nCOPY --from=b [\"x\", \"y\"]\n");
        Run r = run("", "parse", "--dump", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("(from \"a\" \"AS\" \"b\")\n(copy [\"--from=b\"] \"x\" \"y\")\n", r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = run("", "--no-such-option", "x");
        assertEquals(2, r.code());
        Run none = run("");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("dflint: no Dockerfile given"), none.err());
    }

    @Test
    void versionAndHelp() {
        Run v = run("", "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("dflint "), v.out());
        Run h = run("", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("Usage: dflint"), h.out());
    }
}
