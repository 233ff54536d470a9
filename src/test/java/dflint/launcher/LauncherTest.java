package dflint.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.ArchiveTraining;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/dflint, run as a hook would run it, on a stand-in jar (a main that echoes its arguments):
 * the class-data archive appears after the first run, is really used afterwards, never adds a
 * byte to the output, and a symlink from anywhere finds the installation.
 */
class LauncherTest {
    /** -Ddflint.launcher=PATH tests another copy of the script. */
    private static final Path LAUNCHER = Path.of(System.getProperty("dflint.launcher", "bin/dflint")).toAbsolutePath();

    @TempDir
    Path tmp;

    private Path install;
    private Path cache;

    @BeforeEach
    void installStandIn() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "needs a JDK");
        install = tmp.resolve("install");
        cache = tmp.resolve("cache");
        Files.createDirectories(install.resolve("bin"));
        Files.createDirectories(install.resolve("lib"));
        Files.copy(LAUNCHER, install.resolve("bin/dflint"));
        install.resolve("bin/dflint").toFile().setExecutable(true);

        Path src = tmp.resolve("src/dflint/cli/Main.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package dflint.cli;
                public class Main {
                    public static void main(String[] args) throws Exception {
                        // the launcher's training run: slow enough that a test sees it run after the first lint
                        if (System.getProperty("dflint.training") != null) { Thread.sleep(Integer.getInteger("standin.sleep", 2000)); return; }
                        if (args.length == 1 && args[0].equals("-")) System.in.readAllBytes();
                        if (args.length > 0 && args[0].equals("jvm-flags")) {
                            System.out.println(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
                            return;
                        }
                        System.out.println("args=" + String.join(",", args));
                        for (String a : args) if (a.startsWith("exit=")) System.exit(Integer.parseInt(a.substring(5)));
                    }
                }
                """);
        assertEquals(0, javac.run(null, null, null, "-d", tmp.resolve("classes").toString(), src.toString()));
        writeJar("");
    }

    /** The stand-in jar; a different note makes a different build of it. */
    private void writeJar(String note) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dflint.cli.Main");
        try (OutputStream file = Files.newOutputStream(install.resolve("lib/dflint.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("dflint/cli/Main.class"));
            jar.write(Files.readAllBytes(tmp.resolve("classes/dflint/cli/Main.class")));
            jar.closeEntry();
            if (!note.isEmpty()) {
                jar.putNextEntry(new JarEntry("note.txt"));
                jar.write(note.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    record Result(int code, String out, String err) {}

    private Result run(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(args[0]);
        for (int i = 1; i < args.length; i++) cmd.add(args[i]);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DFLINT_") || k.startsWith("JDK_JAVA_OPTIONS")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("DFLINT_CACHE_DIR", cache.toString());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher timed out");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Waits until no training is running: its lock and temporary files are gone. */
    private void awaitTraining() throws Exception {
        assertTrue(ArchiveTraining.awaitIdle(cache, Duration.ofSeconds(120)), "the training never ended: " + cacheFiles());
    }

    /** A test that left a training running waits for it, so its temporary folder can be deleted. */
    @AfterEach
    void letTrainingEnd() throws Exception {
        if (cache != null) ArchiveTraining.awaitIdle(cache, Duration.ofSeconds(120));
    }

    private List<String> cacheFiles() throws IOException {
        return ArchiveTraining.names(cache);
    }

    private static boolean isArchive(String name) {
        return ArchiveTraining.isArchive(name);
    }

    /** A JVM flag that makes an unusable archive fatal instead of silently ignored. */
    private static String archiveRequired(String archiveName) {
        return archiveName.endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on";
    }

    @Test
    void firstRunMakesTheArchiveAndEveryRunPrintsOnlyTheProgramsOutput() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Result first = run(tmp, Map.of(), bin, "Dockerfile", "--format", "text");
        assertEquals(new Result(0, "args=Dockerfile,--format,text\n", ""), first);
        awaitTraining();
        List<String> files = cacheFiles();
        assertEquals(1, files.size(), "one archive and nothing else: " + files);
        assertTrue(isArchive(files.get(0)), files.get(0));

        Result second = run(tmp, Map.of(), bin, "Dockerfile", "--format", "text");
        assertEquals(first, second);
        // The archive maps: with sharing made mandatory the JVM would refuse to start otherwise.
        Result strict = run(tmp, Map.of("DFLINT_JAVA_OPTS", archiveRequired(files.get(0))), bin, "x");
        assertEquals(new Result(0, "args=x\n", ""), strict);
        assertEquals(files, cacheFiles());
    }

    /** The launcher picks each run's archive as dflint.cli.Training.partOf says, which trains them. */
    @Test
    void eachCommandLineUsesTheArchiveOfItsPart() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        List<List<String>> lines = List.of(List.of("Dockerfile"), List.of("--no-fail", "a", "b"),
                List.of("--format", "json", "Dockerfile"), List.of("-f", "sarif", "Dockerfile"),
                List.of("--format=sarif", "--format", "json", "x"), List.of("-fjson", "x"), List.of("--format", "text", "x"),
                List.of("--format", "github", "x"), List.of("--fix", "x"), List.of("stages", "x"), List.of("lint", "x"),
                List.of("lint", "--format", "sarif", "x"), List.of("rules"), List.of("--version"),
                List.of("--config", "c.yaml", "x"), List.of("--config=c.yaml", "-f", "json", "x"),
                List.of("--config", "c.yaml", "--no-config", "x"));
        Path withConfig = Files.createDirectories(tmp.resolve("configured"));
        Files.writeString(withConfig.resolve(".dflint.yaml"), "ignore: []\n");
        Map<String, String> env = Map.of("DFLINT_TRAIN_WAIT", "1", "DFLINT_JAVA_OPTS", "-Dstandin.sleep=0");
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (Path cwd : List.of(tmp, withConfig)) {
            for (List<String> line : lines) {
                List<String> args = new ArrayList<>(line);
                args.add(0, bin);
                run(cwd, env, args.toArray(new String[0]));
                String part = dflint.cli.Training.partOf(line, cwd.equals(withConfig));
                parts.add(part);
                assertTrue(cacheFiles().stream().anyMatch(n -> isArchive(n) && n.contains("." + part + ".")),
                        cwd + ": " + line + " should have made the " + part + " archive: " + cacheFiles());
                assertEquals(parts.size(), cacheFiles().stream().filter(LauncherTest::isArchive).count(),
                        line + " made no other archive: " + cacheFiles());
            }
        }
        assertEquals(java.util.Set.of("text", "json", "sarif", "all", "stages", "text-config", "json-config", "sarif-config"), parts);
    }

    /** A folder among the paths (many files) compiles hot code sooner; a file alone keeps the JVM's counts. */
    @Test
    void aFolderToLintLowersTheCompileThresholds() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Path file = Files.writeString(tmp.resolve("Dockerfile"), "FROM scratch\n");
        Map<String, String> env = Map.of("DFLINT_NO_CDS", "1");
        assertTrue(run(tmp, env, bin, "jvm-flags", tmp.toString()).out().contains("-XX:Tier3InvocationThreshold=100"));
        assertTrue(run(tmp, env, bin, "jvm-flags", "--format", "json", file.toString(), tmp.toString()).out()
                .contains("-XX:Tier3BackEdgeThreshold=20000"));
        assertFalse(run(tmp, env, bin, "jvm-flags", file.toString()).out().contains("Tier3"));
        assertFalse(run(tmp, env, bin, "jvm-flags", "--format", "sarif", file.toString()).out().contains("Tier3"));
    }

    @Test
    void theFirstRunReturnsBeforeTheTrainingEndsUnlessToldToWait() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        assertEquals(new Result(0, "args=a\n", ""), run(tmp, Map.of(), bin, "a"));
        List<String> during = cacheFiles();
        assertTrue(during.stream().noneMatch(LauncherTest::isArchive), "the training (2 s) still runs: " + during);
        assertEquals(1, during.stream().filter(n -> n.endsWith(".lock")).count(), during.toString());
        // a run meanwhile neither waits nor starts a second training
        assertEquals(new Result(0, "args=b\n", ""), run(tmp, Map.of(), bin, "b"));
        awaitTraining();
        List<String> after = cacheFiles();
        assertEquals(1, after.size(), after.toString());
        assertTrue(isArchive(after.get(0)), after.get(0));

        writeJar("a new build");
        assertEquals(new Result(0, "args=c\n", ""), run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "c"));
        List<String> waited = cacheFiles();
        assertEquals(1, waited.size(), "made before the run returned: " + waited);
        assertTrue(isArchive(waited.get(0)) && !waited.equals(after), waited.toString());
    }

    @Test
    void theLanguageServerTrainsAnArchiveOfItsOwnWithoutDelayingItsStart() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        long start = System.nanoTime();
        assertEquals(new Result(0, "args=lsp\n", ""), run(tmp, Map.of(), bin, "lsp"));
        assertTrue(cacheFiles().stream().noneMatch(LauncherTest::isArchive), "the session started before the training ended: "
                + cacheFiles() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        awaitTraining();
        List<String> lsp = cacheFiles();
        assertEquals(1, lsp.size(), lsp.toString());
        assertTrue(isArchive(lsp.get(0)) && lsp.get(0).contains(".lsp."), lsp.get(0));
        // a lint trains its own, and the two live side by side
        assertEquals(new Result(0, "args=x\n", ""), run(tmp, Map.of(), bin, "x"));
        awaitTraining();
        List<String> both = cacheFiles();
        assertEquals(2, both.size(), both.toString());
        for (String name : both) {
            String[] args = name.contains(".lsp.") ? new String[] {bin, "lsp"} : new String[] {bin, "y"};
            Result strict = run(tmp, Map.of("DFLINT_JAVA_OPTS", archiveRequired(name)), args);
            assertEquals(0, strict.code(), name + ": " + strict);
        }
    }

    @Test
    void aNewBuildOfTheJarGetsANewArchiveAndTheOldOneGoes() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        run(tmp, Map.of(), bin, "a");
        awaitTraining();
        List<String> before = cacheFiles();
        assertEquals(1, before.size(), before.toString());
        writeJar("another build, of another size");
        assertEquals(new Result(0, "args=b\n", ""), run(tmp, Map.of(), bin, "b"));
        awaitTraining();
        List<String> after = cacheFiles();
        assertEquals(1, after.size(), after.toString());
        assertTrue(!after.equals(before), "a new archive replaced " + before);
    }

    /** Another build's training, still at work, keeps its files; a killed one's are cleared after ten minutes. */
    @Test
    void theOldBuildsArchivesGoButNotTheFilesOfATrainingAtWork() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Files.writeString(install.resolve("lib/dflint.build"), "1.2.3-1\n");
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "a");
        String archive = cacheFiles().get(0);
        String other = archive.replace("-1.2.3-1.", "-1.2.3-0.");
        for (String name : List.of(other + ".99.tmp", other + ".99.tmp.classes", other + ".lock")) {
            Files.writeString(cache.resolve(name), "in the making");
        }
        Path killed = Files.writeString(cache.resolve(other + ".98.tmp"), "left by a killed training");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 11 * 60_000));
        Files.writeString(install.resolve("lib/dflint.build"), "1.2.3-2\n");
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "b");
        List<String> files = cacheFiles();
        assertEquals(List.of(other + ".99.tmp", other + ".99.tmp.classes", other + ".lock",
                archive.replace("-1.2.3-1.", "-1.2.3-2.")).stream().sorted().collect(Collectors.toList()), files);
    }

    @Test
    void theArchiveIsMappedWhereItWasMadeInsteadOfMovedOnEveryRun() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "a");
        List<String> files = cacheFiles();
        assertEquals(1, files.size(), files.toString());
        String log = files.get(0).endsWith(".aot") ? "-Xlog:aot=info" : "-Xlog:cds=info";
        Result mapped = run(tmp, Map.of("DFLINT_JAVA_OPTS", log), bin, "b");
        assertTrue(mapped.out().contains("Mapped dynamic region") || mapped.out().contains("Mapped"), mapped.out());
        assertFalse(mapped.out().contains("alternative address"), mapped.out());
        // the JDK's own default, moving it to a new address each run, is one flag away
        Result moved = run(tmp, Map.of("DFLINT_JAVA_OPTS", log + " -XX:ArchiveRelocationMode=1"), bin, "c");
        assertTrue(moved.out().contains("alternative address"), moved.out());
        assertTrue(moved.out().endsWith("args=c\n"), moved.out());
    }

    @Test
    void theBuildIdBesideTheJarKeysTheArchiveAndAJarRewrittenLaterGetsANewOne() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Path id = install.resolve("lib/dflint.build");
        Files.writeString(id, "1.2.3-20261206.000000.001\n");
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "a");
        List<String> first = cacheFiles();
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).contains("-1.2.3-20261206.000000.001."), first.get(0));

        writeJar("the next build");
        Files.writeString(id, "1.2.3-20261206.000000.002\n");
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "b");
        List<String> second = cacheFiles();
        assertEquals(1, second.size(), "the old build's archive goes: " + second);
        assertTrue(second.get(0).contains("-1.2.3-20261206.000000.002."), second.get(0));

        // The jar replaced after its archive was made, under the same id (a build that stopped
        // half way, a copy by hand): the archive is made again rather than ignored by the JVM.
        Path archive = cache.resolve(second.get(0));
        writeJar("rewritten in place");
        Files.setLastModifiedTime(install.resolve("lib/dflint.jar"),
                FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5_000));
        assertEquals(new Result(0, "args=c\n", ""), run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "c"));
        assertEquals(second, cacheFiles());
        Result strict = run(tmp, Map.of("DFLINT_JAVA_OPTS", archiveRequired(second.get(0))), bin, "d");
        assertEquals(new Result(0, "args=d\n", ""), strict);

        // an id that is no file-name text is not used: the jar's size and time are
        Files.writeString(id, "../../elsewhere\n");
        run(tmp, Map.of("DFLINT_TRAIN_WAIT", "1"), bin, "e");
        List<String> third = cacheFiles();
        assertEquals(1, third.size(), third.toString());
        assertFalse(third.get(0).contains("elsewhere"), third.get(0));
    }

    @Test
    void aJavaFoundThroughASymlinkOnPathIsResolvedOnceAndRememberedWhileStillTrue() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Path realJava = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        String realHome = realJava.getParent().getParent().toString();
        Path onPath = Files.createDirectories(tmp.resolve("path-bin"));
        Files.createSymbolicLink(onPath.resolve("java"), realJava);
        Map<String, String> env = Map.of("JAVA_HOME", "", "PATH", onPath + ":/usr/bin:/bin", "DFLINT_TRAIN_WAIT", "1");
        assertEquals(new Result(0, "args=a\n", ""), run(tmp, env, bin, "a"));
        // the first run makes the cache folder; the answer is kept from the next one on
        assertEquals(new Result(0, "args=a\n", ""), run(tmp, env, bin, "a"));
        Path memo = cache.resolve("java-home");
        assertEquals(List.of(onPath.resolve("java").toString(), realHome), Files.readAllLines(memo));
        assertTrue(cacheFiles().stream().anyMatch(n -> isArchive(n) && n.contains(realHome.replace('/', '_'))),
                cacheFiles().toString());

        // a remembered answer that no longer holds (another JDK behind the same link) is not used
        Files.writeString(memo, onPath.resolve("java") + "\n" + tmp.resolve("no-such-jdk") + "\n");
        assertEquals(new Result(0, "args=b\n", ""), run(tmp, env, bin, "b"));
        assertEquals(List.of(onPath.resolve("java").toString(), realHome), Files.readAllLines(memo));
    }

    @Test
    void exitCodesPassThroughOnTheFirstRunAndLater() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        assertEquals(new Result(3, "args=exit=3\n", ""), run(tmp, Map.of(), bin, "exit=3"));
        assertEquals(new Result(1, "args=exit=1\n", ""), run(tmp, Map.of(), bin, "exit=1"));
    }

    @Test
    void aSymlinkElsewhereFindsTheInstallationFromAnyDirectory() throws Exception {
        Path links = Files.createDirectories(tmp.resolve("links"));
        Files.createSymbolicLink(links.resolve("dflint"), install.resolve("bin/dflint"));
        Path elsewhere = Files.createDirectories(tmp.resolve("work/project"));
        Result r = run(elsewhere, Map.of(), "../../links/dflint", "Dockerfile");
        assertEquals(new Result(0, "args=Dockerfile\n", ""), r);
        awaitTraining();
        Result again = run(tmp, Map.of(), links.resolve("dflint").toString(), "Dockerfile");
        assertEquals(r, again);
        awaitTraining();
        assertEquals(1, cacheFiles().stream().filter(LauncherTest::isArchive).count(),
                "the same installation, whatever the directory: " + cacheFiles());

        // where the link leads is remembered, and not trusted once the link leads elsewhere
        Path memo = cache.resolve("launcher");
        String launcher = install.resolve("bin/dflint").toString();
        assertEquals(List.of(links.resolve("dflint").toString(), launcher), Files.readAllLines(memo));
        Path decoy = Files.createDirectories(tmp.resolve("decoy/bin")).resolve("dflint");
        Files.writeString(decoy, "#!/bin/sh\necho decoy\n");
        decoy.toFile().setExecutable(true);
        Files.writeString(memo, links.resolve("dflint") + "\n" + decoy + "\n");
        assertEquals(r, run(tmp, Map.of(), links.resolve("dflint").toString(), "Dockerfile"));
        assertEquals(List.of(links.resolve("dflint").toString(), launcher), Files.readAllLines(memo));
    }

    @Test
    void optOutNeitherMakesNorUsesAnArchive() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        Result r = run(tmp, Map.of("DFLINT_NO_CDS", "1"), bin, "a");
        assertEquals(new Result(0, "args=a\n", ""), r);
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void firstRunsAtTheSameTimeLeaveOneWholeArchive() throws Exception {
        String bin = install.resolve("bin/dflint").toString();
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(bin, "run" + i).directory(tmp.toFile());
            pb.environment().keySet().removeIf(k -> k.startsWith("DFLINT_"));
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("DFLINT_CACHE_DIR", cache.toString());
            pb.redirectOutput(tmp.resolve("par" + i + ".txt").toFile()).redirectErrorStream(true);
            started.add(pb.start());
        }
        for (int i = 0; i < started.size(); i++) {
            assertTrue(started.get(i).waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, started.get(i).exitValue());
            assertEquals("args=run" + i + "\n", Files.readString(tmp.resolve("par" + i + ".txt")));
        }
        awaitTraining();
        List<String> files = cacheFiles();
        assertEquals(1, files.size(), "no temporary files left, one archive: " + files);
        Result strict = run(tmp, Map.of("DFLINT_JAVA_OPTS", archiveRequired(files.get(0))), bin, "y");
        assertEquals(new Result(0, "args=y\n", ""), strict);
    }
}
