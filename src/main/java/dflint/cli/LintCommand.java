package dflint.cli;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.Severity;
import dflint.report.FileResult;
import dflint.report.JsonReporter;
import dflint.report.Reporter;
import dflint.report.TextReporter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", description = "Lint Dockerfiles (the default command).", sortOptions = false)
final class LintCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to lint; '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--target", paramLabel = "STAGE", description = "Build target stage (repeatable).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument (repeatable).")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Turn a rule off: id, name or alias (repeatable).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Turn on a rule that is off by default, or 'all'.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--failure-threshold", paramLabel = "LEVEL", defaultValue = "warning",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style or none (default: ${DEFAULT-VALUE}).")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Exit 0 even when there are findings.")
    boolean noFail;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: auto, always or never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "16777216",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty()) throw new Main.UsageError("no Dockerfile given; try 'dflint Dockerfile' or 'dflint .'");
        Severity threshold = null;
        if (!failureThreshold.equalsIgnoreCase("none")) {
            threshold = Severity.parse(failureThreshold);
            if (threshold == null) {
                throw new Main.UsageError("--failure-threshold must be error, warning, info, style or none, not '"
                        + failureThreshold + "'");
            }
        }
        Reporter reporter;
        switch (format) {
            case "text":
                reporter = new TextReporter(useColor(), true);
                break;
            case "json":
                reporter = new JsonReporter();
                break;
            default:
                throw new Main.UsageError("unknown --format '" + format + "'; expected text or json");
        }
        LintOptions.Builder ob = LintOptions.builder();
        ob.targets.addAll(targets);
        ob.buildArgs.putAll(parseBuildArgs());
        ob.enable.addAll(enable);
        ob.ignore.addAll(ignore);
        LintOptions options = ob.build();

        List<String> problems = new ArrayList<>();
        List<InputFiles.Input> inputs = InputFiles.expand(paths, p -> false, problems);
        Linter linter = new Linter(Rules.all());
        List<FileResult> results = new ArrayList<>();
        for (InputFiles.Input in : inputs) {
            byte[] bytes;
            try {
                bytes = InputFiles.read(in, maxFileSize, parent.stdin);
            } catch (InputFiles.ReadError e) {
                problems.add(e.getMessage());
                continue;
            }
            Dockerfile df = DockerfileSyntax.parse(in.display(), bytes);
            results.add(new FileResult(in.display(), linter.lint(df, options)));
        }
        reporter.write(results, out);
        out.flush();
        for (String p : problems) err.println("dflint: " + p);
        err.flush();
        if (!problems.isEmpty()) return ExitCode.ERROR;
        if (noFail || threshold == null) return ExitCode.OK;
        for (FileResult r : results) {
            for (Finding f : r.findings()) {
                if (f.severity().atLeast(threshold)) return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }

    private boolean useColor() {
        switch (color) {
            case "always": return true;
            case "never": return false;
            case "auto": return System.console() != null && System.getenv("NO_COLOR") == null;
            default: throw new Main.UsageError("--color must be auto, always or never, not '" + color + "'");
        }
    }

    private Map<String, String> parseBuildArgs() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String a : buildArgs) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new Main.UsageError("--build-arg needs KEY=VALUE, not '" + a + "'");
            out.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return out;
    }
}
