package dflint.lsp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * What the end-to-end tests start: the real launcher, {@code bin/dflint lsp}, on the classes
 * under test. {@code mvn test} runs before the shaded jar is built, so the launcher gets
 * ({@code DFLINT_JAR}) a jar that holds only a manifest naming the test's own class path.
 */
final class ServerJar {
    private ServerJar() {}

    static final Path LAUNCHER = Path.of("bin/dflint").toAbsolutePath();

    static Path create(Path dir) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dflint.cli.Main");
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.isEmpty()) continue;
            entries.add(Path.of(e).toAbsolutePath().toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        Path jar = dir.resolve("dflint-under-test.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // the manifest is all it holds
        }
        return jar;
    }

    /** A process builder for the launcher on that jar, without the class-data archive (nothing written to the user's cache). */
    static ProcessBuilder launcher(Path jar, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(LAUNCHER.toString());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DFLINT_JAR", jar.toString());
        pb.environment().put("DFLINT_NO_CDS", "1");
        return pb;
    }

    /** True when a command answers on PATH (node, npm, nvim). */
    static boolean onPath(String command, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
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

    /** Runs a process to its end (or kills it after {@code seconds}), returning its exit code and merged output. */
    static Result run(ProcessBuilder pb, long seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("dflint-e2e", ".log");
        try {
            Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return new Result(-1, Files.readString(log) + "\n(killed after " + seconds + " s)");
            }
            return new Result(p.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    record Result(int code, String output) {}
}
