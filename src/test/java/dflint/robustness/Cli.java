package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dflint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs dflint's real command line, in-process or as a separate JVM. */
final class Cli {
    private Cli() {}

    /**
     * A generous "it did not hang" bound, not a performance measurement: the slowest hostile
     * input takes 3 to 7 s here, a quadratic one minutes. 60 s because a 2-core machine under a
     * load of 9 once took 29 s for a 2 s run; growth is measured by dflint.bench.ScalingProbe.
     * Change it with -Ddflint.hangGuardSeconds=N.
     */
    static final Duration HANG_GUARD = Duration.ofSeconds(Long.getLong("dflint.hangGuardSeconds", 60));

    record Result(int code, String out, String err) {
        /** Lines of standard error. */
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    static Result run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(new byte[0], args);
    }

    /** Runs in-process and fails the test if it takes longer than the hang guard. */
    static Result guarded(byte[] stdin, String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> run(stdin, args),
                () -> "dflint hung on: " + String.join(" ", args));
    }

    static Result guarded(String... args) {
        return guarded(new byte[0], args);
    }

    /** The test class path (Surefire may hide it behind a manifest-only jar; both work with -cp). */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Runs dflint.cli.Main in a new JVM with a small heap (memory bounded) and a
     * hard timeout; the process is killed when it overruns.
     */
    static Result subprocess(Path workDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Xss1m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), "dflint.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        File outFile = Files.createTempFile(workDir, "out", ".txt").toFile();
        File errFile = Files.createTempFile(workDir, "err", ".txt").toFile();
        File inFile = Files.createTempFile(workDir, "in", ".txt").toFile();
        Files.write(inFile.toPath(), stdin);
        pb.redirectOutput(outFile).redirectError(errFile).redirectInput(inFile);
        Process p = pb.start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("dflint did not finish within 60 s: " + String.join(" ", args));
            }
        } finally {
            if (p.isAlive()) p.destroyForcibly();
        }
        String out = Files.readString(outFile.toPath(), StandardCharsets.UTF_8);
        String err = Files.readString(errFile.toPath(), StandardCharsets.UTF_8);
        Files.deleteIfExists(outFile.toPath());
        Files.deleteIfExists(errFile.toPath());
        Files.deleteIfExists(inFile.toPath());
        return new Result(p.exitValue(), out, err);
    }
}
