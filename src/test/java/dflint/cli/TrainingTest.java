package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's training run: each of its command lines does what it is there to exercise (a
 * step that failed early would leave its path's classes out of the archive), and together they
 * reach every command and format.
 */
class TrainingTest {
    @TempDir
    Path tmp;

    @Test
    void everyStepRunsItsPathToTheEndAndTheyCoverEveryCommandAndFormat() throws Exception {
        List<String[]> commands = Training.commands(tmp);
        Set<String> seen = new HashSet<>();
        for (String[] args : commands) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream("FROM alpine\nRUN apt-get install curl\n".getBytes(StandardCharsets.UTF_8)));
            String line = String.join(" ", args);
            String errors = err.toString(StandardCharsets.UTF_8);
            assertFalse(errors.contains("internal error"), line + ": " + errors);
            boolean mistake = args[0].equals("--no-such-option") || line.contains("nope") || line.contains("missing/");
            if (mistake) {
                assertEquals(ExitCode.ERROR, code, line + ": " + errors);
                assertTrue(errors.startsWith("dflint: "), line + ": " + errors);
            } else {
                assertTrue(code == 0 || code == 1, line + " exit " + code + ": " + errors);
                boolean toFile = List.of(args).contains("--output");
                assertTrue(toFile || out.size() > 0, line + " printed nothing");
            }
            seen.add(args[0]);
            for (int i = 0; i + 1 < args.length; i++) {
                if (args[i].equals("--format")) seen.add(args[0].equals("stages") || args[0].equals("rules")
                        ? args[0] + " " + args[i + 1] : "lint " + args[i + 1]);
            }
            if (List.of(args).contains("--fix")) seen.add("--fix");
            if (List.of(args).contains("--diff")) seen.add("--diff");
            if (List.of(args).contains("--config")) seen.add("--config");
            if (List.of(args).contains("-")) seen.add("stdin");
            if (List.of(args).contains(tmp.toString())) seen.add("directory");
        }
        for (String format : dflint.report.Reporters.FORMATS) assertTrue(seen.contains("lint " + format), format);
        for (String format : List.of("text", "json", "dot", "mermaid")) assertTrue(seen.contains("stages " + format), format);
        for (String format : List.of("text", "json", "markdown")) assertTrue(seen.contains("rules " + format), format);
        for (String path : List.of("explain", "parse", "--fix", "--diff", "--config", "stdin", "directory", "--version")) {
            assertTrue(seen.contains(path), path);
        }
        // the fixes were applied to the training's own copies, never to its source text
        assertTrue(!Files.readString(tmp.resolve("fixes/Dockerfile")).equals(Files.readString(tmp.resolve("app/Dockerfile"))));
    }

    /** Each lint part trains on its own format's lints only, read without picocli as a user's are. */
    @Test
    void aLintPartsLinesAreItsFormatsLintsReadDirectly() throws Exception {
        for (String format : Training.FORMAT_PARTS) {
            for (String part : List.of(format, format + Training.WITH_CONFIG)) {
                assertTrue(Training.isLintPart(part), part);
                List<String[]> commands = Training.commands(tmp.resolve(part), part);
                assertTrue(commands.size() >= 4, part);
                boolean namesConfig = false;
                for (String[] line : commands) {
                    List<String> args = List.of(line);
                    // trained as the launcher picks it: the -config lines from a folder with a configuration file
                    boolean configHere = part.endsWith(Training.WITH_CONFIG) && !args.contains("--config");
                    assertEquals(part, Training.partOf(args, configHere), String.join(" ", args));
                    namesConfig |= args.contains("--config");
                    List<String> withName = new java.util.ArrayList<>(args);
                    withName.add(0, "lint");
                    assertTrue(DirectArgs.command(withName, null, null, null, null) != null, "read directly: " + args);
                }
                assertEquals(part.endsWith(Training.WITH_CONFIG), namesConfig, part);
            }
        }
        assertFalse(Training.isLintPart(Training.ALL));
        assertFalse(Training.isLintPart("github-config"));
    }

    /** The stages part's lines are stages lines, and each runs to its end. */
    @Test
    void theStagesPartRunsStagesInEveryFormat() throws Exception {
        Set<String> formats = new HashSet<>();
        for (String[] line : Training.commands(tmp, Training.STAGES)) {
            List<String> args = List.of(line);
            assertEquals(Training.STAGES, Training.partOf(args, false), String.join(" ", args));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(line, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    new ByteArrayInputStream(new byte[0]));
            assertFalse(err.toString(StandardCharsets.UTF_8).contains("internal error"), args + ": " + err);
            assertTrue(code == 0 || code == 1, args + " exit " + code + ": " + err);
            assertTrue(out.size() > 0, args + " printed nothing");
            for (int i = 0; i + 1 < line.length; i++) if (line[i].equals("--format")) formats.add(line[i + 1]);
        }
        assertEquals(Set.of("text", "json", "dot", "mermaid"), formats);
    }

    @Test
    void eachCommandLinesPartIsItsFormatsAndConfigurationsOrThatOfEveryPath() throws Exception {
        for (String[] line : Training.commands(tmp)) {
            String part = Training.partOf(List.of(line), false);
            assertTrue(part.equals(Training.ALL) || part.equals(Training.STAGES) || Training.isLintPart(part), part);
        }
        assertEquals(Training.STAGES, Training.partOf(List.of("stages", "--format", "json", "x"), true));
        assertEquals(Training.ALL, Training.partOf(List.of("rules", "--format", "json"), false));
        assertEquals(Training.ALL, Training.partOf(List.of("--format", "checkstyle", "x"), true));
        assertEquals(Training.ALL, Training.partOf(List.of("--diff", "x"), false));
        assertEquals(Training.ALL, Training.partOf(List.of("help"), false));
        assertEquals("sarif", Training.partOf(List.of("--format", "json", "-f", "sarif", "x"), false));
        assertEquals("sarif", Training.partOf(List.of("-fsarif", "--format=json", "x"), false));
        assertEquals("json", Training.partOf(List.of("lint", "-f=json", "x"), false));
        assertEquals("text", Training.partOf(List.of("lint", "--format", "text", "--no-fail", "x"), false));
        assertEquals("text", Training.partOf(List.of(), false));
        assertEquals("text-config", Training.partOf(List.of("x"), true));
        assertEquals("json-config", Training.partOf(List.of("--config", "c.yaml", "-f", "json", "x"), false));
        assertEquals("sarif-config", Training.partOf(List.of("--config=c.yaml", "-fsarif", "x"), false));
        assertEquals("text", Training.partOf(List.of("--no-config", "x"), true));
        assertEquals("json", Training.partOf(List.of("--config", "c.yaml", "--no-config", "-fjson", "x"), false));
    }

    /** Every class of the packages asked for, and nothing else, from the class path's jar. */
    @Test
    void preloadLoadsEveryClassOfTheNamedPackagesFromTheJar() throws Exception {
        Path classes = Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = tmp.resolve("d.jar");
        int syntaxClasses = 0;
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String pkg : List.of("syntax", "lsp")) {
                try (java.util.stream.Stream<Path> files = Files.list(classes.resolve("dflint").resolve(pkg))) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        if (!f.toString().endsWith(".class")) continue;
                        out.putNextEntry(new java.util.jar.JarEntry("dflint/" + pkg + "/" + f.getFileName()));
                        out.write(Files.readAllBytes(f));
                        out.closeEntry();
                        if (pkg.equals("syntax")) syntaxClasses++;
                    }
                }
            }
            out.putNextEntry(new java.util.jar.JarEntry("dflint/syntax/notes.txt"));
            out.write(1);
            out.closeEntry();
        }
        assertTrue(syntaxClasses > 20, "the syntax package has its classes: " + syntaxClasses);
        String path = tmp.resolve("other").toString() + java.io.File.pathSeparator + jar;
        assertEquals(syntaxClasses, Training.preload(List.of("syntax"), path));
        assertEquals(0, Training.preload(List.of("syntax"), tmp.resolve("classes-folder").toString()), "no jar, nothing");
    }

    /** A new package goes into the archive of every path, whatever else trains it. */
    @Test
    void everyPackageIsInTheArchiveOfEveryPath() throws Exception {
        Path classes = Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> packages = new HashSet<>();
        try (java.util.stream.Stream<Path> dirs = Files.list(classes.resolve("dflint"))) {
            for (Path d : (Iterable<Path>) dirs::iterator) {
                if (Files.isDirectory(d)) packages.add(d.getFileName().toString());
            }
        }
        packages.remove("lsp"); // the language server's archive is trained on a session instead
        assertEquals(packages, new HashSet<>(Training.ALL_PACKAGES));
        Set<String> lint = new HashSet<>(Training.ALL_PACKAGES);
        assertTrue(lint.containsAll(Training.LINT_PACKAGES));
    }
}
