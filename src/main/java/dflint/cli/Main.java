package dflint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** {@code dflint}: lint is the default command, so {@code dflint Dockerfile} works. */
public final class Main {
    private Main() {}

    static final Set<String> SUBCOMMANDS = Set.of("lint", "parse", "stages", "rules", "explain", "lsp", "help");

    public static void main(String[] args) {
        // bin/dflint's training run for the class-data archive (see Training); never a user's run
        String training = System.getProperty("dflint.training");
        if (training != null) {
            java.nio.file.Path dir = java.nio.file.Path.of(training);
            System.exit(Boolean.getBoolean("dflint.training.lsp") ? Training.runLsp(dir)
                    : Training.run(dir, System.getProperty("dflint.training.part", Training.ALL)));
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = run(args, out, err, System.in);
        } catch (OutOfMemoryError e) {
            // outside any one file's lint (each of those reports its own): still one line, never a trace
            out.flush();
            err.println("dflint: " + LintCommand.OUT_OF_MEMORY);
            code = ExitCode.ERROR;
        }
        out.flush();
        err.flush();
        // The language server, and a run whose JVM has shutdown hooks of its own to run (a
        // flight recording or an agent that writes at exit: -Ddflint.exit=normal), exit as usual.
        if ((args.length > 0 && args[0].equals("lsp")) || "normal".equals(System.getProperty("dflint.exit"))) {
            System.exit(code);
        }
        // Everything is written and flushed, and dflint registers no shutdown hook, so halt:
        // since Java 21, System.exit asks the platform logger whether to log the exit, which
        // looks for logging services on the class path and opens the jar, about 8 ms of a
        // one-file lint on Java 25.
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }

    /** Runs one command line in-process; the streams are the caller's. */
    public static int run(String[] args, PrintStream out, PrintStream err, InputStream in) {
        return run(args, out, err, in, true);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, InputStream)}; {@code direct} false always uses picocli (tests). */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, boolean direct) {
        List<String> list = new ArrayList<>(List.of(args));
        if (list.isEmpty() || !(SUBCOMMANDS.contains(list.get(0)) || isTopLevelOption(list.get(0)))) {
            list.add(0, "lint");
        }
        // UTF-8 whatever the platform's charset: before Java 18 that follows the locale, and in a
        // POSIX locale (a CI container without LANG) every non-ASCII character became '?'
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        if (direct && isPlainLint(list)) {
            LintCommand plain = LintCommand.plain(list.subList(1, list.size()), outWriter, errWriter, in);
            plain.directRawOut = out;
            return runDirect(plain, outWriter, errWriter, false);
        }
        java.util.concurrent.Callable<Integer> command = direct ? DirectArgs.command(list, outWriter, errWriter, in, out) : null;
        if (command != null) return runDirect(command, outWriter, errWriter, list.contains("--debug"));
        return runPicocli(list, outWriter, errWriter, in, out);
    }

    /**
     * {@code dflint FILE...} with no option at all, the pre-commit and IDE case: picocli's
     * reflective set-up is most of a short run's start-up, and every option is at its default.
     */
    static boolean isPlainLint(List<String> list) {
        if (list.size() < 2 || !list.get(0).equals("lint")) return false;
        for (String a : list.subList(1, list.size())) {
            if (a.startsWith("-") && !a.equals("-")) return false;
        }
        return true;
    }

    /** Runs a command set up without picocli (the plain lint, or DirectArgs), reporting errors as picocli's handlers do. */
    private static int runDirect(java.util.concurrent.Callable<Integer> command, PrintWriter outWriter,
                                 PrintWriter errWriter, boolean debug) {
        int code;
        try {
            code = command.call();
        } catch (UsageError e) {
            errWriter.println("dflint: " + oneLine(String.valueOf(e.getMessage())));
            code = ExitCode.ERROR;
        } catch (Exception e) {
            errWriter.println("dflint: internal error: " + oneLine(String.valueOf(e)) + " (run with --debug for details)");
            if (debug) e.printStackTrace(errWriter);
            code = ExitCode.ERROR;
        }
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    private static int runPicocli(List<String> list, PrintWriter outWriter, PrintWriter errWriter, InputStream in,
                                  java.io.OutputStream out) {
        boolean debug = list.contains("--debug");
        CommandLine cl = new CommandLine(new DflintCommand(in, out));
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // anonymous classes, not lambdas, on every command line's path: see ColdPathTest
        cl.setParameterExceptionHandler(new CommandLine.IParameterExceptionHandler() {
            @Override
            public int handleParseException(CommandLine.ParameterException ex, String[] a) {
                errWriter.println("dflint: " + oneLine(String.valueOf(ex.getMessage())));
                errWriter.println("Try 'dflint --help' for more information.");
                return ExitCode.ERROR;
            }
        });
        cl.setExecutionExceptionHandler(new CommandLine.IExecutionExceptionHandler() {
            @Override
            public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
                if (ex instanceof UsageError) {
                    errWriter.println("dflint: " + oneLine(String.valueOf(ex.getMessage())));
                } else {
                    errWriter.println("dflint: internal error: " + oneLine(String.valueOf(ex)) + " (run with --debug for details)");
                    if (debug) ex.printStackTrace(errWriter);
                }
                return ExitCode.ERROR;
            }
        });
        int code = cl.execute(list.toArray(new String[0]));
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /**
     * A message for standard error as one printable line: control characters (a newline or an
     * ANSI escape in a file name, say) become '?', so an error stays one line and cannot drive
     * the terminal.
     */
    static String oneLine(String message) {
        StringBuilder b = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                if (b == null) b = new StringBuilder(message.substring(0, i));
                b.append('?');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? message : b.toString();
    }

    private static boolean isTopLevelOption(String a) {
        return a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version");
    }

    /** A problem with how dflint was called; printed as one line, exit code 2. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message, null, false, false);
        }
    }
}
