package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports are UTF-8 whatever the platform's charset is: a JVM started in a POSIX locale (a CI
 * container without LANG) has US-ASCII as its default before Java 18, here forced with
 * -Dfile.encoding, and must still write a label's "Jösé" as UTF-8, not as "J?s?".
 */
class OutputEncodingTest {
    @TempDir
    Path tmp;

    @Test
    void everyFormatIsUtf8InAnAsciiLocale() throws Exception {
        Path file = tmp.resolve("Dockerfile");
        Files.writeString(file, "FROM alpine:3.20\nMAINTAINER Jösé Ünïcode <jose@example.com>\n", StandardCharsets.UTF_8);
        for (String format : List.of("text", "json", "sarif", "github", "checkstyle", "codeclimate")) {
            String out = run(tmp, "--no-fail", "--format", format, file.toString());
            // SARIF escapes every character beyond ASCII, which is the same JSON value
            assertTrue(out.contains(format.equals("sarif") ? "J\\u00F6s\\u00E9 \\u00DCn\\u00EFcode" : "Jösé Ünïcode"),
                    format + ": " + out);
            assertTrue(!out.contains("J?s?"), format + ": " + out);
        }
    }

    private static String run(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Dfile.encoding=US-ASCII", "-Dsun.stdout.encoding=US-ASCII",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, "dflint.cli.Main"));
        cmd.addAll(List.of(args));
        File out = Files.createTempFile(dir, "out", ".txt").toFile();
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dflint finished");
        assertEquals(0, p.exitValue(), String.join(" ", args));
        return Files.readString(out.toPath(), StandardCharsets.UTF_8);
    }
}
