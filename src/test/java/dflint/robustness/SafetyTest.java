package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dflint reads a Dockerfile and writes a report, and does nothing else: it
 * runs nothing from the file, opens no network connection, writes only where
 * --output says, and keeps absolute paths from outside the repository out of
 * SARIF.
 */
class SafetyTest {
    @TempDir
    Path dir;

    /** A Dockerfile whose every executable part would leave a marker file if anything ran it. */
    private String trap(Path marker) {
        String m = marker.toString();
        return "# syntax=docker/dockerfile:1\n"
                + "FROM alpine AS a\n"
                + "SHELL [\"/bin/sh\", \"-c\", \"touch " + m + "-shell\"]\n"
                + "RUN touch " + m + "-run; $(touch " + m + "-subst) `touch " + m + "-tick`\n"
                + "RUN <<EOF\ntouch " + m + "-heredoc\nEOF\n"
                + "ARG X=$(touch " + m + "-arg)\n"
                + "ENV Y=`touch " + m + "-env`\n"
                + "HEALTHCHECK CMD touch " + m + "-health\n"
                + "ONBUILD RUN touch " + m + "-onbuild\n"
                + "CMD [\"/bin/sh\", \"-c\", \"touch " + m + "-cmd\"]\n"
                + "ENTRYPOINT touch " + m + "-entry\n"
                + "COPY --from=$(touch " + m + "-from) /a /b\n"
                + "ADD http://127.0.0.1:9/x /x\n";
    }

    @Test
    void nothingFromTheFileIsExecuted() throws IOException, InterruptedException {
        Path marker = dir.resolve("ran");
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, trap(marker));
        // every rule, ShellCheck included (it reads RUN scripts on standard input and runs none of them)
        for (String format : Reporters()) {
            Targets.checkExit(Cli.guarded("--no-config", "--enable", "all", "--format", format, f.toString()), format);
        }
        Targets.checkExit(Cli.guarded("parse", "--dump", f.toString()), "parse");
        Targets.checkExit(Cli.guarded("stages", f.toString()), "stages");
        Targets.checkExit(Cli.subprocess(dir, new byte[0], "--no-config", "--enable", "all", f.toString()), "subprocess");
        try (Stream<Path> s = Files.list(dir)) {
            List<String> ran = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("ran")).toList();
            assertEquals(List.of(), ran, "something from the Dockerfile was executed");
        }
    }

    private static List<String> Reporters() {
        return dflint.report.Reporters.FORMATS;
    }

    /**
     * No class of dflint refers to a network API, and only the ShellCheck bridge may
     * start a process (ShellCheck itself, never anything named in the file).
     */
    @Test
    void noNetworkAndNoProcessesInTheCode() throws IOException {
        Path classes = Path.of(dflint.cli.Main.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<String> network = List.of("java/net/Socket", "java/net/ServerSocket", "java/net/DatagramSocket",
                "java/net/http/", "java/net/HttpURLConnection", "java/net/URLConnection", "openConnection",
                "openStream", "java/nio/channels/SocketChannel", "java/net/InetAddress");
        List<String> process = List.of("java/lang/ProcessBuilder", "java/lang/Runtime\u0001", "getRuntime");
        List<String> problems = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> s = Files.walk(classes.resolve("dflint"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".class")).toList()) {
                scanned++;
                String body = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                String name = classes.relativize(p).toString();
                for (String n : network) {
                    if (body.contains(n)) problems.add(name + " refers to " + n);
                }
                boolean mayStartProcess = name.startsWith("dflint/shell/ShellCheck");
                if (!mayStartProcess && body.contains("java/lang/ProcessBuilder")) problems.add(name + " starts a process");
            }
        }
        assertTrue(scanned > 50, "scanned only " + scanned + " classes in " + classes);
        assertEquals(List.of(), problems);
        assertTrue(process.size() > 0);
    }

    private static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void writesOnlyTheOutputFile() throws IOException, InterruptedException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Dockerfile"), "FROM alpine\nRNU x\n");
        Files.writeString(src.resolve(".dflint.yaml"), "ignore: []\n");
        Set<String> before = tree(dir);
        Path out = work.resolve("report.sarif");
        Cli.Result r = Cli.subprocess(work, new byte[0], "--format", "sarif", "--output", out.toString(), src.toString());
        Targets.checkExit(r, "lint");
        Set<String> after = tree(dir);
        after.removeIf(n -> n.startsWith("work/out") || n.startsWith("work/err") || n.startsWith("work/in"));
        Set<String> expected = new TreeSet<>(before);
        expected.add("work/report.sarif");
        assertEquals(expected, after);
        assertEquals("", r.out(), "a report written to --output is not also printed");
        OutputChecks.checkSarif(Files.readString(out), null);
    }

    @Test
    void sarifHasNoAbsolutePathFromOutsideTheRepository() throws IOException {
        Path outside = dir.resolve("not-a-repo/deep/Dockerfile");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, "FROM alpine\nRNU x\n");
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path inside = repo.resolve("svc/Dockerfile");
        Files.createDirectories(inside.getParent());
        Files.writeString(inside, "FROM alpine\nRNU y\n");
        Cli.Result r = Cli.guarded("--no-config", "--format", "sarif", outside.toAbsolutePath().toString(),
                inside.toAbsolutePath().toString(), repo.resolve("svc/../svc/Dockerfile").toString());
        Targets.checkExit(r, "sarif");
        JsonNode root = OutputChecks.parseJson(r.out(), "sarif");
        List<String> uris = new ArrayList<>();
        root.findValues("uri").forEach(u -> uris.add(u.asText()));
        assertFalse(uris.isEmpty());
        for (String u : uris) {
            if (u.startsWith("http")) continue; // rule help links
            assertFalse(u.startsWith("/") || u.startsWith("file:") || u.contains(dir.toString()), "absolute uri: " + u);
            assertFalse(u.contains(".."), "uri leaves the repository: " + u);
        }
        assertTrue(uris.contains("svc/Dockerfile"), uris.toString());
        OutputChecks.checkSarif(r.out(), null);
    }
}
