package dflint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language server costs the command line nothing: a plain lint through the launcher loads
 * no class of LSP4J, Gson or dflint.lsp (the JVM's class-loading log says so), while
 * {@code dflint lsp} does load LSP4J, which shows the log would see them.
 */
class LazyLoadingTest {
    @TempDir
    Path tmp;

    private List<String> loadedClasses(String input, String... args) throws Exception {
        Path jar = ServerJar.create(tmp);
        Path log = tmp.resolve("classes-" + System.nanoTime() + ".log");
        ProcessBuilder pb = ServerJar.launcher(jar, args);
        pb.environment().put("DFLINT_JAVA_OPTS", "-Xlog:class+load:file=" + log);
        if (input != null) pb.redirectInput(ProcessBuilder.Redirect.from(Files.writeString(tmp.resolve("in"), input).toFile()));
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "the launcher ended");
        return Files.readAllLines(log);
    }

    private static long count(List<String> log, String... packages) {
        return log.stream().filter(l -> {
            for (String p : packages) if (l.contains(" " + p)) return true;
            return false;
        }).count();
    }

    @Test
    void aPlainLintLoadsNothingOfTheLanguageServer() throws Exception {
        Path file = Files.writeString(tmp.resolve("Dockerfile"), LanguageServerTest.HEREDOC_EXAMPLE);
        List<String> lint = loadedClasses(null, "--no-fail", file.toString());
        assertTrue(count(lint, "dflint.rules.") > 10, "the log lists the lint's own classes");
        assertEquals(0, count(lint, "org.eclipse.lsp4j.", "com.google.gson.", "dflint.lsp."),
                String.join("\n", lint.stream().filter(l -> l.contains("lsp4j") || l.contains("gson")).toList()));

        // the server, which ends at once on an empty input, does load them
        List<String> lsp = loadedClasses("", "lsp");
        assertTrue(count(lsp, "org.eclipse.lsp4j.") > 0 && count(lsp, "dflint.lsp.") > 0, "lsp loads LSP4J");
    }
}
