package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a linter: huge, deep, long, binary, badly encoded,
 * or not files at all. Each goes through the real command line and must end
 * in findings or one-line errors, with exit code 0, 1 or 2, no exception and
 * no hang (a generous guard, not a performance measurement).
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private Path write(String name, CharSequence content) throws IOException {
        return write(name, content.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The result is findings or one-line "dflint: ..." errors, never a trace. */
    static Cli.Result handled(Cli.Result r) {
        Targets.checkExit(r, "dflint");
        for (String line : r.errLines()) {
            // a usage error adds picocli's pointer to --help
            assertTrue(line.startsWith("dflint: ") || line.equals("Try 'dflint --help' for more information."),
                    () -> "not a one-line error: " + line);
        }
        if (r.code() == 2) assertFalse(r.err().isEmpty(), "exit 2 without a message");
        return r;
    }

    /** Lints one file in-process, in text and json, and returns the json run. */
    private Cli.Result lint(Path file) {
        handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", file.toString()));
        return handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", "json",
                file.toString()));
    }

    private static String rules(Cli.Result json) {
        StringBuilder b = new StringBuilder();
        for (var f : OutputChecks.parseJson(json.out(), "json")) b.append(f.get("rule").asText()).append(' ');
        return b.toString();
    }

    @Test
    void fiveMegabyteFile() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine:3.20 AS base\n");
        int i = 0;
        while (b.length() < 5 * 1024 * 1024) b.append("RUN echo line ").append(i++).append(" && true\n");
        Path f = write("Dockerfile", b);
        // by default it is over the size limit: one line, exit 2, and the other file is still linted
        Path small = write("small/Dockerfile", "FROM alpine:3.20\nRUN echo ok\n");
        Cli.Result refused = handled(Cli.guarded("--no-config", f.toString(), small.toString()));
        assertEquals(2, refused.code());
        assertEquals(1, refused.errLines().size(), refused.err());
        assertTrue(refused.err().contains(f + ": file is " + Files.size(f) + " bytes, larger than the limit of 4194304 bytes"),
                refused.err());
        assertTrue(refused.out().contains("1 file checked"), refused.out());
        // with the limit raised it is linted: one run, JSON only, as lint() would double a test slow by design
        Cli.Result r = handled(Cli.guarded("--no-config", "--max-file-size", "8388608", "--enable", "all", "--ignore", "DF5000",
                "--format", "json", f.toString()));
        assertTrue(r.code() != 2, r.err());
        OutputChecks.checkJson(r.out(), b.toString());
    }

    @Test
    void fileOverTheSizeLimitIsOneLineError() throws IOException {
        Path f = write("Dockerfile", "FROM a\n" + "# pad\n".repeat(400));
        Cli.Result r = handled(Cli.guarded("--max-file-size", "1000", f.toString()));
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("larger than the limit of 1000 bytes"), r.err());
    }

    @Test
    void runContinuedOverTwoHundredThousandLines() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine\nRUN true \\\n");
        for (int i = 0; i < 200_000; i++) b.append("  && echo ").append(i).append(" \\\n");
        b.append("  && true\n");
        Cli.Result r = lint(write("Dockerfile", b));
        assertTrue(r.code() != 2, "under the default size limit, so linted: " + r.err());
    }

    @Test
    void oneMegabyteLineIsASyntaxError() throws IOException {
        String line = "RUN echo " + "x".repeat(1024 * 1024);
        Cli.Result r = lint(write("Dockerfile", "FROM alpine\n" + line + "\n"));
        assertTrue(r.out().contains("max allowed size"), r.out().substring(0, Math.min(500, r.out().length())));
    }

    @Test
    void oneMegabyteLineOfQuotesAndEscapes() throws IOException {
        String line = "RUN echo " + "\"'\\$".repeat(256 * 1024);
        lint(write("Dockerfile", "FROM alpine\n" + line + "\nENV " + "a=\"b\\\" ".repeat(100_000) + "\n"));
    }

    /**
     * Each stage of the chain adds what its children inherit (variables, a SHELL, a USER, a
     * WORKDIR) and runs package installs that look those up: nothing may copy or walk the whole
     * chain per stage or per RUN. (A copy of the variables per stage made this take 100 s and
     * 3.7 GB.)
     */
    @Test
    void fiveThousandStagesEachAddingWhatTheNextInherits() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine AS s0\n");
        for (int i = 1; i < 5000; i++) {
            b.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n')
                    .append("ENV V").append(i).append("=x").append(i).append(" PIP_NO_CACHE_DIR=").append(i % 2).append('\n')
                    .append("ARG A").append(i).append("=${V").append(i).append("}\n")
                    .append("SHELL [\"/bin/bash\", \"-c\"]\nUSER u").append(i).append("\nWORKDIR w").append(i).append('\n')
                    .append("EXPOSE ${A").append(i).append("}/TCP\n")
                    .append("RUN pip install x").append(i).append(" && apt-get install -y y${V").append(i).append("}")
                    .append(" && yum install -y z-$A").append(i).append(" w-$NONE\n");
        }
        Cli.Result r = handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", "json",
                write("Dockerfile", b).toString()));
        assertTrue(r.out().contains("\"rule\":\"DF3042\""), "pip installs are still judged");
        assertTrue(r.out().contains("'yum install w-$NONE'"), "so are yum installs");
        assertFalse(r.out().contains("'yum install z-"), "a version from a declared ARG is a pin");
    }

    /** Each line doubles a value: forty lines would ask for a terabyte. Expansions stop growing instead. */
    @Test
    void variablesThatDoubleOnEveryLine() throws IOException {
        StringBuilder env = new StringBuilder("FROM alpine\nENV A=xx\n");
        StringBuilder arg = new StringBuilder("ARG A=xx\n");
        for (int i = 0; i < 60; i++) {
            env.append("ENV A=$A$A\n");
            arg.append("ARG A=${A}${A}\n");
        }
        env.append("RUN echo ${A//x/$A$A}\nWORKDIR $A\nEXPOSE $A\n");
        arg.append("FROM alpine:$A\nCOPY --from=$A /a /b\n");
        for (StringBuilder file : List.of(env, arg)) {
            Cli.Result r = lint(write("Dockerfile", file));
            assertTrue(r.code() == 0 || r.code() == 1, "linted, not given up on: " + r.err());
        }
    }

    @Test
    void fiveThousandStagesEachFromThePrevious() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine AS s0\n");
        for (int i = 1; i < 5000; i++) b.append("FROM s").append(i - 1).append(" AS s").append(i).append('\n');
        lint(write("Dockerfile", b));
        for (String format : List.of("text", "json", "dot", "mermaid")) {
            handled(Cli.guarded("stages", "--format", format, dir.resolve("Dockerfile").toString()));
        }
        handled(Cli.guarded("stages", "--target", "s0", dir.resolve("Dockerfile").toString()));
    }

    /** Every line misses a variable and offers ever more names to suggest from: no quadratic did-you-mean. */
    @Test
    void tensOfThousandsOfUndefinedVariablesAmongAsManyNames() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 20_000; i++) b.append("ENV V").append(i).append("=x W").append(i).append("=$U").append(i).append('\n');
        b.append("COPY --from=nosuch").append(" /a /b\n");
        Cli.Result r = handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", "json",
                write("Dockerfile", b).toString()));
        assertTrue(r.out().contains("\"rule\":\"DF2008\""), "undefined variables are still reported");
    }

    @Test
    void thousandsOfStagesWithFromChains() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine AS s0\n");
        for (int i = 1; i < 4000; i++) {
            b.append("FROM alpine AS s").append(i).append('\n');
            b.append("COPY --from=s").append(i - 1).append(" /a /a\n");
            b.append("RUN --mount=type=bind,from=s").append(i - 1).append(",target=/m true\n");
            b.append("COPY --from=").append(i - 1).append(" /b /b\n");
        }
        Path f = write("Dockerfile", b);
        lint(f);
        handled(Cli.guarded("stages", "--format", "json", f.toString()));
        handled(Cli.guarded("stages", "--target", "s1", "--format", "dot", f.toString()));
    }

    /**
     * Shapes in which stage rules once did work quadratic in the number of stages (found with
     * dflint.bench.ScalingProbe): each took from 17 s to 46 s at these sizes, and takes one to
     * three seconds now. The hang guard fails the test if that comes back.
     */
    @Test
    void stageRulesStayLinearInTheNumberOfStages() throws IOException {
        List<String> files = new ArrayList<>();
        StringBuilder unnamed = new StringBuilder(); // DF1001 suggesting a name for each unnamed stage
        for (int i = 0; unnamed.length() < 512 * 1024; i++) unnamed.append("FROM alpine:").append(i).append("\nCOPY --from=0 /a /b\n");
        files.add(write("unnamed/Dockerfile", unnamed).toString());
        StringBuilder same = new StringBuilder(); // DF1008 comparing every stage with all of its name
        for (int i = 0; same.length() < 1024 * 1024; i++) same.append("FROM alpine AS dup\nRUN echo ").append(i).append('\n');
        files.add(write("same/Dockerfile", same).toString());
        StringBuilder args = new StringBuilder(); // DF1006 matching every FROM $VAR against every earlier stage
        for (int i = 0; args.length() < 1536 * 1024; i++) args.append("ARG IMG").append(i).append("=alpine\nFROM $IMG").append(i).append(" AS s").append(i).append('\n');
        files.add(write("args/Dockerfile", args).toString());
        StringBuilder patterns = new StringBuilder("FROM alpine AS s0-z\n"); // DF1006: a chain of different FROM patterns
        for (int i = 1; patterns.length() < 1280 * 1024; i++) patterns.append("FROM s").append(i - 1).append("-${V} AS s").append(i).append("-z\n");
        files.add(write("patterns/Dockerfile", patterns).toString());
        StringBuilder chain = new StringBuilder("FROM alpine AS s0\n"); // DF3045 walking the FROM chain per COPY
        for (int i = 1; chain.length() < 1024 * 1024; i++) chain.append("FROM s").append(i - 1).append(" AS s").append(i).append("\nCOPY a b").append(i).append('\n');
        files.add(write("chain/Dockerfile", chain).toString());
        StringBuilder onbuild = new StringBuilder("FROM alpine\n"); // DF3045 walking the stage per ONBUILD COPY
        for (int i = 0; onbuild.length() < 1280 * 1024; i++) onbuild.append("ONBUILD COPY --from=s").append(i).append(" a b\n");
        files.add(write("onbuild/Dockerfile", onbuild).toString());
        // one run per file, so each has the whole hang guard to itself (they take one to three seconds)
        StringBuilder out = new StringBuilder();
        for (String f : files) {
            Cli.Result r = handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", "json", f));
            assertTrue(r.code() != 2, r.err());
            out.append(r.out());
        }
        for (String rule : List.of("DF1001", "DF1008", "DF3045")) {
            assertTrue(out.indexOf("\"rule\":\"" + rule + "\"") >= 0, rule + " still reports");
        }
    }

    @Test
    void stageCycleAndSelfReferences() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append("FROM s").append((i + 1) % 3000).append(" AS s").append(i).append('\n');
            b.append("COPY --from=s").append(i).append(" /a /a\n");
        }
        Path f = write("Dockerfile", b);
        lint(f);
        handled(Cli.guarded("stages", "--format", "json", f.toString()));
    }

    @Test
    void unterminatedHeredocOfOneHundredThousandLines() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine\nRUN <<EOF\n");
        for (int i = 0; i < 100_000; i++) b.append("echo ").append(i).append('\n');
        Cli.Result r = lint(write("Dockerfile", b));
        assertTrue(rules(r).contains("DF0001"), r.out().substring(0, Math.min(500, r.out().length())));
    }

    @Test
    void twoThousandHeredocsOnOneLine() throws IOException {
        StringBuilder b = new StringBuilder("FROM alpine\nRUN cat");
        for (int i = 0; i < 2000; i++) b.append(" <<E").append(i);
        b.append('\n');
        for (int i = 0; i < 2000; i++) b.append("body ").append(i).append("\nE").append(i).append('\n');
        lint(write("Dockerfile", b));
        // and the same line with no bodies at all
        lint(write("b/Dockerfile", "FROM alpine\nCOPY " + "<<A ".repeat(2000) + "/dst\n"));
    }

    @Test
    void deeplyNestedVariableExpansions() throws IOException {
        int depth = 20_000;
        String nested = "${a:-".repeat(depth) + "x" + "}".repeat(depth);
        String unbalanced = "${a:-".repeat(depth) + "x";
        lint(write("Dockerfile", "ARG BASE=" + nested + "\nFROM " + nested + " AS s\nENV A=" + nested
                + "\nCOPY --from=" + nested + " /a /b\nWORKDIR " + unbalanced + "\nRUN echo " + nested + "\n"));
    }

    /**
     * Shell constructs nested 50,000 deep, written over continuation lines so that no line
     * passes BuildKit's limit and the script is really read: no StackOverflowError and no
     * internal error (either would be a one-line "internal error" and exit 2).
     */
    @Test
    void deeplyNestedShellConstructs() throws IOException {
        int n = 50_000;
        List<String> scripts = List.of(
                "echo " + "$(".repeat(n) + "x" + ")".repeat(n),
                "(".repeat(n) + "true" + ")".repeat(n),
                "{ ".repeat(n) + "true" + "; }".repeat(n),
                "if true; then ".repeat(n) + "x" + "; fi".repeat(n),
                "while true; do ".repeat(n) + "x" + "; done".repeat(n),
                "case x in a) ".repeat(n) + "x" + ";; esac".repeat(n),
                "f() { ".repeat(n) + "x" + "; }".repeat(n),
                "echo " + "\"$(".repeat(n) + "x" + ")\"".repeat(n),
                "echo $((" + "(".repeat(n) + "1" + ")".repeat(n) + "))",
                "echo " + "`".repeat(n),
                "sudo ".repeat(n) + "apt-get install x");
        for (String script : scripts) {
            StringBuilder b = new StringBuilder("FROM alpine\nRUN ");
            for (int i = 0; i < script.length(); i += 1000) {
                b.append(script, i, Math.min(script.length(), i + 1000)).append(i + 1000 < script.length() ? "\\\n" : "\n");
            }
            Cli.Result r = lint(write("Dockerfile", b));
            assertTrue(r.code() != 2 && !r.err().contains("internal error"), script.substring(0, 20) + ": " + r.err());
        }
    }

    @Test
    void deeplyNestedJsonBrackets() throws IOException {
        int depth = 200_000;
        String open = "[".repeat(depth);
        String closed = open + "]".repeat(depth);
        String objects = "[" + "{\"a\":[".repeat(depth / 10) + "]}".repeat(depth / 10) + "]";
        lint(write("Dockerfile", "FROM alpine\nCMD " + closed + "\nENTRYPOINT " + open + "\nRUN " + objects
                + "\nSHELL [\"" + "\\u0041".repeat(10_000) + "\"]\n"));
    }

    /**
     * One instruction on one 256 KB line with 38,000 findings: the SARIF and Code Climate
     * fingerprints hashed the whole line for every finding (53 s); now a long line gives each
     * finding the stretch from its own start.
     */
    @Test
    void thousandsOfFindingsOnOneLongLine() throws IOException {
        StringBuilder b = new StringBuilder("FROM ubuntu:22.04\nENV");
        for (int i = 0; b.length() < 256 * 1024; i++) b.append(" K").append(i).append("=$K").append(i - 1);
        String text = b.append('\n').toString();
        Path f = write("Dockerfile", text);
        for (String format : List.of("sarif", "codeclimate")) {
            Cli.Result r = handled(Cli.guarded("--no-config", "--enable", "all", "--ignore", "DF5000", "--format", format, f.toString()));
            OutputChecks.check(format, r.out(), text);
        }
    }

    @Test
    void fiveThousandChainedOnbuilds() throws IOException {
        String chained = "ONBUILD ".repeat(5000) + "RUN echo deep";
        String deeper = "ONBUILD ".repeat(60_000) + "COPY <<EOF /x";
        StringBuilder many = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 5000; i++) many.append("ONBUILD RUN echo ").append(i).append('\n');
        lint(write("a/Dockerfile", "FROM alpine\n" + chained + "\n"));
        lint(write("b/Dockerfile", "FROM alpine\n" + deeper + "\nbody\nEOF\n"));
        lint(write("c/Dockerfile", many));
    }

    @Test
    void nulBytesAreAOneLineError() throws IOException {
        Path f = write("Dockerfile", new byte[] {'F', 'R', 'O', 'M', ' ', 'a', '\n', 0, 'R', 'U', 'N', '\n'});
        Cli.Result r = handled(Cli.guarded(f.toString()));
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        // a NUL far into an otherwise fine file still ends in findings or an error, not a crash
        byte[] late = ("FROM a\n" + "# pad\n".repeat(3000) + "RUN a\0b\n").getBytes(StandardCharsets.UTF_8);
        lint(write("late/Dockerfile", late));
    }

    /** Paths are user input too: NUL, newline and terminal escapes in them give one plain error line. */
    @Test
    void pathsWithControlCharactersGiveOnePlainLine() {
        for (String path : List.of("a\0b", "evil\u001b[31mred\nline", "q\rz")) {
            for (List<String> cmd : List.of(List.of(path), List.of("parse", "--dump", path), List.of("stages", path),
                    List.of("explain", path))) {
                Cli.Result r = handled(Cli.guarded(cmd.toArray(new String[0])));
                assertEquals(2, r.code(), cmd + ": " + r.err());
                assertEquals(1, r.errLines().size(), cmd + ": " + r.err());
                assertFalse(r.err().contains("internal error"), r.err());
                for (char c : r.err().toCharArray()) assertTrue(c >= 0x20 || c == '\n', cmd + ": control character in " + r.err());
            }
        }
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bad = {'F', 'R', 'O', 'M', ' ', (byte) 0xC3, (byte) 0x28, '\n', 'R', 'U', 'N', ' ', (byte) 0xFF,
                (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', (byte) 0xF0, (byte) 0x9F, '\n',
                (byte) 0x80, (byte) 0xE2, '\n'};
        Cli.Result r = lint(write("Dockerfile", bad));
        OutputChecks.checkJson(r.out(), null);
    }

    @Test
    void utf16IsAOneLineError() throws IOException {
        String text = "FROM alpine\nRUN echo hi\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        for (byte[] content : List.of(withBom, text.getBytes(StandardCharsets.UTF_16), le,
                text.getBytes(StandardCharsets.UTF_16BE))) {
            Path f = write("Dockerfile", content);
            Cli.Result r = handled(Cli.guarded(f.toString()));
            assertEquals(2, r.code(), r.out());
            assertEquals(1, r.errLines().size(), r.err());
        }
    }

    @Test
    void carriageReturnOnlyLineEnds() throws IOException {
        lint(write("Dockerfile", "FROM alpine\rRUN echo a \\\r  b\rCOPY . /app\r"));
        lint(write("b/Dockerfile", "\r".repeat(100_000) + "FROM alpine\r\r\n\rRUN x\r"));
    }

    @Test
    void emptyAndCommentOnlyFiles() throws IOException {
        for (String content : List.of("", "\n", "   \n\t\n", "# just a comment\n", "# syntax=x\n# escape=`\n",
                "#", "\uFEFF", "\\", "\\\n\\\n")) {
            Path f = write("Dockerfile", content);
            Cli.Result r = lint(f);
            assertTrue(rules(r).contains("DF0001"), () -> "no finding for " + content.replace("\n", "\\n"));
        }
    }

    @Test
    void symlinkLoopAndFifoNamedDockerfile() throws IOException, InterruptedException {
        Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "POSIX file system needed");
        Path root = dir.resolve("repo");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/Dockerfile"), "FROM alpine\nRNU x\n");
        Files.createSymbolicLink(root.resolve("a/b/loop"), root.resolve("a"));
        Files.createSymbolicLink(root.resolve("self"), root.resolve("self"));
        Files.createSymbolicLink(root.resolve("dangling.Dockerfile"), root.resolve("nowhere"));
        Process mk = new ProcessBuilder("mkfifo", root.resolve("Dockerfile").toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo not available");
        Cli.Result r = handled(Cli.guarded("--no-config", root.toString()));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("RNU"), r.out());
        // named directly, the FIFO is refused without being opened (opening it would block)
        Cli.Result fifo = handled(Cli.guarded("--no-config", root.resolve("Dockerfile").toString()));
        assertEquals(2, fifo.code());
        assertEquals(1, fifo.errLines().size(), fifo.err());
        Cli.Result loop = handled(Cli.guarded("--no-config", root.resolve("self").toString()));
        assertEquals(2, loop.code());
        handled(Cli.guarded("--no-config", root.resolve("a/b/loop/b/loop/Dockerfile").toString()));
        handled(Cli.guarded("--no-config", "/dev/null", "/dev/zero", "/proc/self/status"));
    }

    /**
     * A file listed from its directory that vanishes before it is read: standard
     * input is read first (inputs are read in order, after every argument was
     * expanded), and reading it deletes the listed file.
     */
    @Test
    void fileThatVanishesBetweenListingAndReading() throws IOException {
        Path root = dir.resolve("vanish");
        Path gone = write("vanish/Dockerfile", "FROM alpine\n");
        Path kept = write("vanish/sub/Dockerfile", "FROM alpine\nRNU x\n");
        Path parent = root.resolve("sub2");
        Path moved = write("vanish/sub2/Dockerfile", "FROM alpine\n");
        InputStream stdin = new InputStream() {
            private final byte[] text = "FROM alpine\n".getBytes(StandardCharsets.UTF_8);
            private int pos = -1;

            @Override
            public int read() throws IOException {
                if (pos < 0) {
                    Files.delete(gone);
                    // the parent folder is replaced by a file of the same name
                    Files.delete(moved);
                    Files.delete(parent);
                    Files.writeString(parent, "not a folder");
                    pos = 0;
                }
                return pos < text.length ? text[pos++] & 0xFF : -1;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Cli.HANG_GUARD,
                () -> dflint.cli.Main.run(new String[] {"--no-config", "-", root.toString()},
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        stdin));
        Cli.Result r = handled(new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)));
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("RNU"), "the readable file is still linted: " + r.out());
        assertEquals(2, r.errLines().size(), r.err());
        assertTrue(Files.exists(kept));
    }

    @Test
    void oddArguments() {
        handled(Cli.guarded("--no-config", "a\0b"));
        handled(Cli.guarded("--no-config", ""));
        handled(Cli.guarded("--no-config", "x".repeat(100_000)));
        handled(Cli.guarded("--no-config", "--max-file-size", "-1", "Dockerfile"));
        handled(Cli.guarded("--no-config", "--max-file-size", "99999999999999999999", "Dockerfile"));
        handled(Cli.guarded("--no-config", "--target", "", "--build-arg", "=", "-"));
    }

    /** The real launcher path: a separate JVM with a small heap, killed if it overruns. */
    @Test
    void subprocessWithSmallHeap() throws IOException, InterruptedException {
        StringBuilder big = new StringBuilder("FROM alpine\n");
        while (big.length() < 5 * 1024 * 1024) big.append("RUN echo ").append("y".repeat(60)).append(" \\\n  && true\n");
        Path f = write("big/Dockerfile", big);
        Cli.Result r = handled(Cli.subprocess(dir, new byte[0], "--no-config", "--max-file-size", "8388608", "--enable", "all",
                "--ignore", "DF5000", "--format", "json", f.toString()));
        assertTrue(r.code() != 2, r.err());
        OutputChecks.checkJson(r.out(), null);
    }

    /** Deep nesting in a separate JVM with the default 1 MB thread stack: no StackOverflowError. */
    @Test
    void subprocessDeepNesting() throws IOException, InterruptedException {
        String nested = "ONBUILD ".repeat(60_000) + "RUN x\nCMD " + "[".repeat(500_000) + "\n";
        Cli.Result deep = handled(Cli.subprocess(dir, ("FROM a\n" + nested).getBytes(StandardCharsets.UTF_8),
                "--no-config", "--enable", "all", "--ignore", "DF5000", "-"));
        assertTrue(deep.code() == 0 || deep.code() == 1, deep.err());
    }
}
