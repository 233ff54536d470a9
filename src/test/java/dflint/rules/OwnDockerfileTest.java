package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's own container image: no Docker engine runs where dflint is built, so what can be
 * checked without one is checked here. It lints clean (its .dockerignore included), and its build
 * stage receives every folder the Maven build compiles from.
 */
class OwnDockerfileTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void lintsClean() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {ROOT.resolve("Dockerfile").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text + err.toString(StandardCharsets.UTF_8));
        assertTrue(text.endsWith("1 file checked, no problems\n"), text);
    }

    /** A folder the build compiles from but the image's context leaves out breaks docker build. */
    @Test
    void theBuildStageGetsEverySourceTheBuildReads() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
        DockerIgnore ignore = DockerIgnore.parse(Files.readString(ROOT.resolve(".dockerignore")));
        for (String source : List.of("pom.xml", "grammar/", "rules/", "src/main/", "src/build/")) {
            assertTrue(dockerfile.contains("COPY " + source + " "), "the build stage does not COPY " + source);
            assertNull(ignore.excludedBy(source.endsWith("/") ? source + "x" : source), ".dockerignore leaves out " + source);
        }
        // anything else under src/ is tests or benchmarks; a new source folder needs a look here
        try (var dirs = Files.list(ROOT.resolve("src"))) {
            for (Path d : dirs.toList()) {
                String name = d.getFileName().toString();
                assertTrue(List.of("main", "build", "test", "jmh").contains(name), "src/" + name + " is new: does the image need it?");
            }
        }
    }
}
