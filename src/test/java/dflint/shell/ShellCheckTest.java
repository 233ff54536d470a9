package dflint.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ShellCheck's answer, and surviving a ShellCheck that misbehaves. */
class ShellCheckTest {

    @Test
    void readsJson1() {
        String json = "{\"comments\":[{\"file\":\"-\",\"line\":2,\"endLine\":2,\"column\":6,\"endColumn\":10,"
                + "\"level\":\"info\",\"code\":2086,\"message\":\"Double quote \\\"here\\\".\",\"fix\":{\"replacements\":"
                + "[{\"column\":6,\"endColumn\":6,\"endLine\":2,\"insertionPoint\":\"afterEnd\",\"line\":2,"
                + "\"precedence\":7,\"replacement\":\"\\\"\"}]}}]}";
        List<ShellCheck.Comment> c = ShellCheck.parse(json);
        assertEquals(1, c.size());
        assertEquals("SC2086", c.get(0).codeName());
        assertEquals("Double quote \"here\".", c.get(0).message());
        assertEquals(2, c.get(0).line());
        assertEquals(6, c.get(0).column());
        assertEquals(10, c.get(0).endColumn());
        assertEquals("\"", c.get(0).fix().get(0).text());
    }

    @Test
    void garbageIsNoAnswer() {
        assertNull(ShellCheck.parse("Segmentation fault"));
        assertNull(ShellCheck.parse("[]"));
        assertNull(ShellCheck.parse("{\"comments\":[{\"line\":\"x\"}]}"));
        assertNull(ShellCheck.parse("[".repeat(10_000)));
        assertEquals(List.of(), ShellCheck.parse("{\"comments\":[]}"));
    }

    private static Path fake(Path dir, String body) throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/bin/sh")), "needs /bin/sh");
        Path p = dir.resolve("shellcheck");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        return p;
    }

    private static List<ShellCheck.Comment> runWith(Path exe, long timeout) {
        String old = System.getProperty(ShellCheck.PROPERTY);
        System.setProperty(ShellCheck.PROPERTY, exe.toString());
        try {
            return ShellCheck.check("echo $x\n", "sh", timeout, List.of());
        } finally {
            if (old == null) System.clearProperty(ShellCheck.PROPERTY); else System.setProperty(ShellCheck.PROPERTY, old);
        }
    }

    @Test
    void aHangingShellCheckIsStoppedAtTheTimeout(@TempDir Path dir) throws IOException {
        Path exe = fake(dir, "exec sleep 30");
        long t0 = System.nanoTime();
        assertNull(runWith(exe, 300));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void aFailingOrGarbledShellCheckGivesNoAnswer(@TempDir Path dir) throws IOException {
        assertNull(runWith(fake(dir, "cat >/dev/null; echo oops; exit 3"), 5_000));
        assertNull(runWith(fake(dir, "cat >/dev/null; echo 'not json'; exit 1"), 5_000));
    }

    @Test
    void aWorkingShellCheckIsRead(@TempDir Path dir) throws IOException {
        Path exe = fake(dir, "cat >/dev/null; echo '{\"comments\":[{\"line\":1,\"column\":6,\"endLine\":1,"
                + "\"endColumn\":8,\"level\":\"warning\",\"code\":2154,\"message\":\"x is referenced but not assigned.\"}]}'; exit 1");
        List<ShellCheck.Comment> c = runWith(exe, 5_000);
        assertEquals(1, c.size());
        assertEquals(2154, c.get(0).code());
    }

    @Test
    void absentShellCheckSpawnsNothing() {
        String old = System.getProperty(ShellCheck.PROPERTY);
        System.setProperty(ShellCheck.PROPERTY, "none");
        try {
            assertTrue(!ShellCheck.available());
            assertNull(ShellCheck.check("echo\n", "sh", 1_000, List.of()));
        } finally {
            if (old == null) System.clearProperty(ShellCheck.PROPERTY); else System.setProperty(ShellCheck.PROPERTY, old);
        }
    }

    @Test
    void pathLookupFindsAnExecutable(@TempDir Path dir) throws IOException {
        Path exe = fake(dir, "exit 0");
        assertEquals(exe, ShellCheck.lookUp("/nonexistent" + java.io.File.pathSeparator + dir));
        assertNull(ShellCheck.lookUp("/nonexistent"));
        assertNull(ShellCheck.lookUp(null));
    }
}
