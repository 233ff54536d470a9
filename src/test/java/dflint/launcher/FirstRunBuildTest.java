package dflint.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.ArchiveTraining;
import dflint.Exec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/dflint in a source tree with no jar (a fresh clone, as pre-commit makes): it builds the
 * jar once through bin/dflint-build, then runs it. Maven is a stand-in here (a script that
 * records how it was called and copies a small jar into the build folder it was given), so
 * the locking, the messages and the failure paths are tested in seconds; the real Maven build
 * is tested by dflint.ci.PreCommitHookTest.
 */
class FirstRunBuildTest {
    private static final Path BIN = Path.of("bin").toAbsolutePath();
    private static final Duration LIMIT = Duration.ofSeconds(120);

    @TempDir
    Path tmp;

    private Path clone;
    private Path mvnLog;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void makeCloneAndStandIns() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Assumptions.assumeTrue(javac != null, "needs a JDK");
        clone = tmp.resolve("clone");
        Files.createDirectories(clone.resolve("bin"));
        for (String script : List.of("dflint", "dflint-build")) {
            Files.copy(BIN.resolve(script), clone.resolve("bin").resolve(script));
            clone.resolve("bin").resolve(script).toFile().setExecutable(true);
        }
        Files.writeString(clone.resolve("pom.xml"), "<project/>\n");

        Path src = tmp.resolve("src/dflint/cli/Main.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package dflint.cli;
                public class Main {
                    public static void main(String[] args) {
                        System.out.println("args=" + String.join(",", args));
                        for (String a : args) if (a.startsWith("exit=")) System.exit(Integer.parseInt(a.substring(5)));
                    }
                }
                """);
        assertEquals(0, javac.run(null, null, null, "-d", tmp.resolve("classes").toString(), src.toString()));
        Path standIn = tmp.resolve("standin.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dflint.cli.Main");
        try (OutputStream file = Files.newOutputStream(standIn); JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.putNextEntry(new JarEntry("dflint/cli/Main.class"));
            jar.write(Files.readAllBytes(tmp.resolve("classes/dflint/cli/Main.class")));
            jar.closeEntry();
        }

        // Maven's stand-in: records each call, sleeps if asked, fails as asked, else "builds".
        Path fakeBin = Files.createDirectories(tmp.resolve("fakebin"));
        Files.writeString(fakeBin.resolve("mvn"), """
                #!/bin/sh
                echo "$*" >> "$FAKE_MVN_LOG"
                dir=; offline=
                for a in "$@"; do
                    case $a in
                        -Ddflint.buildDir=*) dir=${a#*=} ;;
                        -o) offline=yes ;;
                    esac
                done
                sleep "${FAKE_MVN_SLEEP:-0}"
                case ${FAKE_MVN_MODE:-ok} in
                    fail)
                        echo "[INFO] some progress"
                        echo "[ERROR] COMPILATION ERROR: Foo.java:[3,1] class, interface, enum, or record expected"
                        exit 1 ;;
                    online-only)
                        if [ -n "$offline" ]; then
                            echo "[ERROR] Cannot access central in offline mode and the artifact a:b:jar:1 has not been downloaded from it before."
                            exit 1
                        fi ;;
                esac
                mkdir -p "$dir" && cp "$FAKE_JAR" "$dir/dflint.jar"
                """);
        fakeBin.resolve("mvn").toFile().setExecutable(true);
        mvnLog = tmp.resolve("mvn-calls.txt");

        env.put("PATH", fakeBin + ":" + System.getenv("PATH"));
        env.put("HOME", Files.createDirectories(tmp.resolve("home")).toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("DFLINT_CACHE_DIR", tmp.resolve("cache").toString());
        env.put("FAKE_MVN_LOG", mvnLog.toString());
        env.put("FAKE_JAR", standIn.toString());
        for (String k : List.of("DFLINT_JAR", "DFLINT_NO_CDS", "DFLINT_JAVA_OPTS", "DFLINT_MAVEN_REPO", "DFLINT_BUILD_QUIET",
                "PRE_COMMIT", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "MAVEN_OPTS")) {
            env.put(k, null);
        }
    }

    /** A run that left the archive's training going is waited for, so the temporary folder can be deleted. */
    @AfterEach
    void letTrainingEnd() throws Exception {
        if (tmp != null) ArchiveTraining.awaitIdle(tmp.resolve("cache"), LIMIT);
    }

    private Exec.Result dflint(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(clone.resolve("bin/dflint").toString());
        cmd.addAll(List.of(args));
        return Exec.run(tmp, env, LIMIT, cmd);
    }

    private List<String> mavenCalls() throws IOException {
        return Files.exists(mvnLog) ? Files.readAllLines(mvnLog) : List.of();
    }

    /** What is left in target/ besides the jar and the build log: nothing (no lock, no build folder). */
    private List<String> leftovers() throws IOException {
        Path target = clone.resolve("target");
        if (!Files.isDirectory(target)) return List.of();
        try (Stream<Path> s = Files.list(target)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("dflint.jar") && !n.equals("dflint-build.log")).sorted().toList();
        }
    }

    @Test
    void firstRunBuildsOnceSaysSoAndLintsLaterRunsJustLint() throws IOException {
        Exec.Result first = dflint("Dockerfile", "exit=1");
        assertEquals(1, first.code(), first.all());
        assertEquals("args=Dockerfile,exit=1\n", first.out(), "the lint's own output, nothing of the build's");
        assertEquals("dflint: first run, building dflint with Maven (about a minute)...\n", first.err());
        List<String> calls = mavenCalls();
        assertEquals(1, calls.size(), calls.toString());
        String call = calls.get(0);
        assertTrue(call.contains("-B") && call.contains("-q") && call.contains("package"), call);
        assertTrue(call.contains("-Dmaven.test.skip=true"), call);
        assertFalse(call.matches("(^|.* )-o( .*|$)"), "no local repository, so no offline attempt: " + call);
        assertTrue(Files.isRegularFile(clone.resolve("target/dflint.jar")));
        assertEquals(List.of(), leftovers());

        Exec.Result second = dflint("Dockerfile");
        assertEquals(0, second.code(), second.all());
        assertEquals("args=Dockerfile\n", second.out());
        assertEquals("", second.err());
        assertEquals(1, mavenCalls().size(), "a jar is there: Maven is not called again");
    }

    @Test
    void offlineFirstWhenALocalRepositoryExistsAndOnlineWhenAnArtifactIsMissing() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("m2repo"));
        env.put("DFLINT_MAVEN_REPO", repo.toString());
        env.put("FAKE_MVN_MODE", "online-only");
        Exec.Result r = dflint("a");
        assertEquals(0, r.code(), r.all());
        assertEquals("args=a\n", r.out());
        List<String> calls = mavenCalls();
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.get(0).matches("(^|.* )-o( .*|$)"), "offline first: " + calls.get(0));
        assertFalse(calls.get(1).matches("(^|.* )-o( .*|$)"), "then online: " + calls.get(1));
        for (String call : calls) {
            assertTrue(call.contains("-Dmaven.repo.local=" + repo), "the repository asked for: " + call);
        }
    }

    @Test
    void firstRunsAtOnceBuildOnceAndAllGetTheWholeJar() throws Exception {
        env.put("FAKE_MVN_SLEEP", "3");
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(clone.resolve("bin/dflint").toString(), "run" + i).directory(tmp.toFile());
            env.forEach((k, v) -> {
                if (v == null) pb.environment().remove(k);
                else pb.environment().put(k, v);
            });
            pb.redirectOutput(tmp.resolve("out" + i).toFile()).redirectError(tmp.resolve("err" + i).toFile());
            started.add(pb.start());
        }
        int saidFirstRun = 0;
        for (int i = 0; i < started.size(); i++) {
            Process p = started.get(i);
            assertTrue(p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS), "launcher " + i + " timed out");
            String err = Files.readString(tmp.resolve("err" + i), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), err);
            assertEquals("args=run" + i + "\n", Files.readString(tmp.resolve("out" + i), StandardCharsets.UTF_8));
            if (err.contains("first run, building")) saidFirstRun++;
        }
        assertEquals(1, mavenCalls().size(), "one build for all: " + mavenCalls());
        assertEquals(1, saidFirstRun, "only the one that builds says so");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aLockLeftByADeadBuildIsTakenOver() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
        Path lock = Files.createDirectories(clone.resolve("target/.dflint-build.lock"));
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");
        Exec.Result r = dflint("x");
        assertEquals(0, r.code(), r.all());
        assertEquals("args=x\n", r.out());
        assertEquals(1, mavenCalls().size());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFailedBuildShowsTheEndOfTheLogExitsTwoAndTheNextRunTriesAgain() throws IOException {
        env.put("FAKE_MVN_MODE", "fail");
        env.put("PRE_COMMIT", "1");
        Exec.Result r = dflint("Dockerfile");
        assertEquals(2, r.code(), r.all());
        assertEquals("", r.out());
        assertTrue(r.err().contains("building dflint with Maven failed (exit 1)"), r.err());
        assertTrue(r.err().contains(clone.resolve("target/dflint-build.log").toString()), "names the log: " + r.err());
        assertTrue(r.err().contains("COMPILATION ERROR: Foo.java:[3,1]"), "the log's last lines: " + r.err());
        assertTrue(r.err().contains("'dflint-system' hook"), "under pre-commit, the way out: " + r.err());
        assertFalse(Files.exists(clone.resolve("target/dflint.jar")));
        assertEquals(List.of(), leftovers(), "no lock left behind");

        env.put("FAKE_MVN_MODE", "ok");
        Exec.Result again = dflint("Dockerfile");
        assertEquals(0, again.code(), again.all());
        assertEquals(2, mavenCalls().size());
    }

    @Test
    void noMavenSaysSoWithoutTryingToBuild() throws IOException {
        // A PATH with the tools a shell script needs, and no mvn.
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("sh", "mkdir", "rm", "sleep", "grep", "tail", "sed", "mv", "readlink", "stat", "ls",
                "cat", "cp", "cksum")) {
            for (String dir : System.getenv("PATH").split(":")) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, tool);
                if (Files.isExecutable(p) && !Files.exists(tools.resolve(tool))) wrapper(tools.resolve(tool), p);
            }
        }
        env.put("PATH", tools.toString());
        Exec.Result r = dflint("Dockerfile");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("Maven is not installed (no 'mvn' on PATH)"), r.err());
        assertTrue(r.err().contains("mvn -q -B package -DskipTests"), "says how to build by hand: " + r.err());
        assertFalse(r.err().contains("first run, building"), r.err());
    }

    @Test
    void aJavaRuntimeWithoutJavacSaysAJdkIsNeeded() throws IOException {
        Path jre = tmp.resolve("jre");
        Files.createDirectories(jre.resolve("bin"));
        wrapper(jre.resolve("bin/java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        env.put("JAVA_HOME", jre.toString());
        Exec.Result r = dflint("Dockerfile");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("needs a JDK") && r.err().contains("has no javac"), r.err());
        assertEquals(List.of(), mavenCalls());
    }

    /** A script that runs another program (not a symbolic link, which the temporary folder's clean-up warns about). */
    private static void wrapper(Path at, Path program) throws IOException {
        Files.writeString(at, "#!/bin/sh\nexec '" + program + "' \"$@\"\n");
        at.toFile().setExecutable(true);
    }

    @Test
    void anInstalledJarIsUsedAndNothingIsBuilt() throws IOException {
        Files.createDirectories(clone.resolve("lib"));
        Files.copy(Path.of(env.get("FAKE_JAR")), clone.resolve("lib/dflint.jar"));
        Exec.Result r = dflint("y");
        assertEquals(new Exec.Result(0, "args=y\n", "", r.took()), r);
        assertEquals(List.of(), mavenCalls());
        assertFalse(Files.exists(clone.resolve("target")), "nothing made in the tree");
    }
}
