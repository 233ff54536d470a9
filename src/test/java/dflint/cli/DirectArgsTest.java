package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines that Main reads without picocli give exactly what picocli's reading gives
 * (output, errors, exit code, files written), and the forms left to picocli are left to it.
 */
class DirectArgsTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err, String written) {}

    private Run run(boolean direct, String... args) throws Exception {
        Path written = tmp.resolve("out.txt");
        Files.deleteIfExists(written);
        List<String> withPaths = new ArrayList<>();
        for (String a : args) withPaths.add(a.replace("OUT", written.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(withPaths.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream("FROM alpine\nRUN cd /x && apt-get install curl\n".getBytes(StandardCharsets.UTF_8)),
                direct);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                Files.exists(written) ? Files.readString(written) : null);
    }

    @Test
    void directReadingGivesWhatPicocliGives() throws Exception {
        String f = "testdata/samples/multistage.Dockerfile";
        String[][] lines = {
            {"--no-config", "--no-fail", f},
            {"--format", "json", f},
            {"-f", "sarif", f},
            {"--format=checkstyle", f},
            {"lint", "--format", "github", f, "--no-fail"},
            {"--ignore", "DF3006,DL3008", "--enable", "all", "--severity", "DF1001=error", f},
            {"--failure-threshold", "error", "--color", "never", f},
            {"--failure-threshold", "bogus", f},
            {"--color", "sometimes", f},
            {"--max-file-size", "10", f},
            {"--format", "json", "--output", "OUT", "--format", "text", "--output", "-", f},
            {"--format", "json", "--format", "text", f},
            {"--target", "build", "--build-arg", "A=1", "--no-discover", f},
            {"--config", "missing.yaml", f},
            {"--no-config", "--config", "x.yaml", f},
            {"--diff", f},
            {"--format", "json", "-"},
            {"--no-fail"},
            {"--ignore", "no-such-rule", f},
            {"stages", "--format", "json", f},
            {"stages", f, "--target", "build"},
            {"stages", "--all-targets", "--format", "json", f, f},
            {"stages", "--format", "dot", f, f},
            {"stages", "--format", "mermaid", "-"},
            {"stages", "--all-targets", "--target", "x", f},
            {"stages", "missing.Dockerfile"},
        };
        for (String[] line : lines) {
            assertNotNull(DirectArgs.command(normalised(line), null, null, null, null), String.join(" ", line));
            assertEquals(run(false, line), run(true, line), String.join(" ", line));
        }
    }

    @Test
    void unusualFormsAreLeftToPicocli() throws Exception {
        String f = "testdata/samples/multistage.Dockerfile";
        String[][] lines = {
            {"--help"}, {"lint", "-h"}, {"--version", f}, {"stages", "--help"},
            {"--format"}, {"--format", "--no-fail", f}, {"--no-fail=true", f}, {"--no-fail", "--no-fail", f},
            {"--max-file-size", "1e3", f}, {"--max-file-size", "-1", f}, {"-fjson", f}, {"--", f}, {"@args.txt"},
            {"--ignore", "\"a,b\"", f}, {"--ignore", "a,,b", f}, {"--color", "always", "--color", "never", f},
            {"--bogus", f}, {"stages"}, {"stages", "--format", "json", "--format", "dot", f}, {"rules"}, {"explain", "DF1001"},
        };
        for (String[] line : lines) {
            assertNull(DirectArgs.command(normalised(line), null, null, null, null), String.join(" ", line));
        }
        // and picocli words the mistakes
        Run bad = run(true, "--max-file-size", "1e3", f);
        assertEquals(ExitCode.ERROR, bad.code());
        assertEquals(run(false, "--max-file-size", "1e3", f), bad);
    }

    /** Every option picocli knows for lint and stages is read the same way here: a new option cannot be missed. */
    @Test
    void everyOptionOfLintAndStagesIsKnownWithItsKind() {
        picocli.CommandLine cl = new picocli.CommandLine(new DflintCommand(System.in, System.out));
        for (String command : List.of("lint", "stages")) {
            for (picocli.CommandLine.Model.OptionSpec o : cl.getSubcommands().get(command).getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp()) continue;
                DirectArgs.Kind expected = o.arity().max == 0 ? DirectArgs.Kind.FLAG
                        : !o.isMultiValue() ? DirectArgs.Kind.VALUE
                        : o.splitRegex().isEmpty() ? DirectArgs.Kind.LIST : DirectArgs.Kind.SPLIT;
                for (String name : o.names()) assertEquals(expected, DirectArgs.kind(command, name), command + " " + name);
            }
        }
    }

    /** The list Main hands on: the command name first. */
    private static List<String> normalised(String[] line) {
        List<String> list = new ArrayList<>(List.of(line));
        if (list.isEmpty() || !Main.SUBCOMMANDS.contains(list.get(0)) && !list.get(0).startsWith("--help")
                && !list.get(0).equals("--version")) {
            list.add(0, "lint");
        }
        return list;
    }

    @Test
    void splitListsAndRepeatedListsCollectEveryValue() {
        DirectArgs.Parsed p = DirectArgs.parse(List.of("--ignore", "a,b", "--ignore=c", "x", "-o", "-", "--format", "json", "y"),
                java.util.Map.of("--ignore", DirectArgs.Kind.SPLIT, "--output", DirectArgs.Kind.LIST, "--format", DirectArgs.Kind.LIST));
        assertNotNull(p);
        assertEquals(List.of("a", "b", "c"), p.values("--ignore"));
        assertEquals(List.of("-"), p.values("--output"));
        assertEquals(List.of("x", "y"), p.operands());
    }
}
