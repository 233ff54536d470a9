package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a lint is run (plain, with options, JSON, SARIF, {@code stages}) links no lambda,
 * method reference, stream pipeline or record method at run time, over every rule's fixtures.
 * Each of those is an invokedynamic call site whose first link, in a JVM on Java 17, costs about
 * 10 ms (the method-handle machinery starting up, interpreted) and each further one about 0.3 ms,
 * measured with the class-data archive in place: it holds the classes, not the links. A lint of
 * one small file took 20 to 25 ms of them. (Java 25's AOT cache keeps the links; Java 17 is the
 * one most users run.) The lint-only code is written with named or anonymous classes and loops
 * instead; the language server and {@code --fix} are not on this path.
 */
class ColdPathTest {
    @TempDir
    Path tmp;

    /** Classes whose loading means a call site was linked at run time. */
    private static boolean linkedAtRunTime(String className) {
        return className.contains("$$Lambda")
                || className.equals("java.lang.invoke.LambdaMetafactory")
                || className.equals("java.lang.invoke.InnerClassLambdaMetafactory")
                || className.equals("java.lang.runtime.ObjectMethods")
                || className.equals("java.lang.invoke.StringConcatFactory");
    }

    private static List<String> fixtures() throws IOException {
        List<String> files = new ArrayList<>();
        for (String root : List.of("testdata/rules", "testdata/samples")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The classes a fresh JVM loads after dflint's main class for one command line. */
    private List<String> classesLoadedBy(String... args) throws Exception {
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                "dflint.cli.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "dflint ended");
        List<String> loaded = new ArrayList<>();
        boolean afterMain = false;
        for (String line : Files.readAllLines(log)) {
            // [0.1s][info][class,load] NAME source: ...
            int start = line.indexOf("] ", line.indexOf("class,load")) + 2;
            int end = line.indexOf(' ', start);
            if (start < 2 || end < 0) continue;
            String name = line.substring(start, end);
            if (name.equals("dflint.cli.Main")) afterMain = true;
            if (afterMain) loaded.add(name);
        }
        assertTrue(loaded.size() > 100, "the log lists the run's classes: " + loaded.size());
        return loaded;
    }

    private void assertNothingLinked(String... args) throws Exception {
        List<String> linked = new ArrayList<>();
        for (String c : classesLoadedBy(args)) if (linkedAtRunTime(c)) linked.add(c);
        String command = String.join(" ", args);
        if (command.length() > 120) command = command.substring(0, 120) + "...";
        assertEquals(List.of(), linked, "linked at run time by: dflint " + command);
    }

    private String[] with(List<String> files, String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(files);
        return all.toArray(new String[0]);
    }

    @Test
    void aPlainLintOfEveryRulesFixtures() throws Exception {
        assertNothingLinked(with(fixtures(), "--no-fail"));
    }

    @Test
    void oneFileThroughEachFormatAndThroughOptions() throws Exception {
        String file = "testdata/samples/multistage.Dockerfile";
        assertNothingLinked(file);
        assertNothingLinked("--no-config", "--no-fail", file);
        assertNothingLinked("--format", "json", file);
        assertNothingLinked("--format", "sarif", file);
    }

    @Test
    void everyRulesFixturesAsJsonAndSarif() throws Exception {
        assertNothingLinked(with(fixtures(), "--no-fail", "--format", "json"));
        assertNothingLinked(with(fixtures(), "--no-fail", "--format", "sarif"));
    }

    @Test
    void stagesAsJson() throws Exception {
        assertNothingLinked("stages", "--format", "json", "testdata/samples/multistage.Dockerfile");
    }
}
