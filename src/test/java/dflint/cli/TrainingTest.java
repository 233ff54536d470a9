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

    @Test
    void theLintArchivesPartIsTheCommonLintsAndEndsWhereTheRarerOnesBegin() throws Exception {
        List<String[]> commands = Training.commands(tmp);
        Set<String> formats = new HashSet<>();
        for (int i = 0; i < Training.LINT_LINES; i++) {
            List<String> args = List.of(commands.get(i));
            String line = String.join(" ", args);
            assertFalse(Set.of("stages", "rules", "explain", "parse", "lint", "--help", "--version").contains(args.get(0)), line);
            for (String rare : List.of("--fix", "--diff", "--enable", "--shellcheck", "--no-such-option")) {
                assertFalse(args.contains(rare), line);
            }
            // read without picocli, as a user's run of the same line is
            List<String> withName = new java.util.ArrayList<>(args);
            withName.add(0, "lint");
            assertTrue(DirectArgs.command(withName, null, null, null, null) != null, "read directly: " + line);
            for (int k = 0; k + 1 < args.size(); k++) if (args.get(k).equals("--format")) formats.add(args.get(k + 1));
        }
        assertEquals(Set.copyOf(dflint.report.Reporters.FORMATS), formats);
        assertEquals("lint", commands.get(Training.LINT_LINES)[0], "the first rarer line follows the common ones");
    }

    @Test
    void theLanguageServersTrainingIsAWholeSessionThatEndsCleanly() {
        long start = System.nanoTime();
        assertEquals(0, Training.runLsp(tmp.resolve("lsp")), "shut down and exited as a client asks");
        // each wait has a 20 s limit: a session that never answered would take at least that
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "every awaited answer came");
    }

    @Test
    void theTrainingEntryPointCompletesAndLeavesItsFilesInItsFolder() throws Exception {
        Path dir = tmp.resolve("train");
        assertEquals(0, Training.run(dir));
        assertTrue(Files.isRegularFile(dir.resolve("repo/docker-bake.hcl")));
        assertTrue(Files.size(dir.resolve("report.txt.sarif")) > 0, "the SARIF step wrote its report");
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

    /** A new package must be placed: in the lint's archive, or (a command's own) in the other. */
    @Test
    void everyPackageIsInTheArchiveOfEveryPathAndTheLintsHasAllButTheCommandLine() throws Exception {
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
        lint.remove("cli");
        assertEquals(lint, new HashSet<>(Training.LINT_PACKAGES));
    }
}
