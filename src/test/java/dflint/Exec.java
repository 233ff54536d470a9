package dflint;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command for a test: output captured to files (no pipe can fill up and
 * block it), standard input empty, a time limit after which the command and everything it
 * started are killed and the test fails saying what it was waiting for.
 */
public final class Exec {
    private Exec() {}

    public record Result(int code, String out, String err, Duration took) {
        /** Both streams, for failure messages. */
        public String all() {
            return "exit " + code + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    /** A command run in {@code dir} with the environment changed by {@code env} (a null value removes a variable). */
    public static Result run(Path dir, Map<String, String> env, Duration limit, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        Path out = Files.createTempFile("exec-out", ".txt");
        Path err = Files.createTempFile("exec-err", ".txt");
        try {
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            long start = System.nanoTime();
            Process p = pb.start();
            boolean done;
            try {
                done = p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done = false;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (!done) {
                List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
                tree.forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + limit.toSeconds() + " s\n--- stdout ---\n"
                        + Files.readString(out, StandardCharsets.UTF_8) + "--- stderr ---\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), took);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    public static Result run(Path dir, Map<String, String> env, Duration limit, String... command) throws IOException {
        return run(dir, env, limit, List.of(command));
    }

    /** Whether a command can be started at all (it exists on PATH and answers its version flag). */
    public static boolean available(String... versionCommand) {
        try {
            Process p = new ProcessBuilder(versionCommand).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
