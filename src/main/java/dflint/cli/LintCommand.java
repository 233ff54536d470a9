package dflint.cli;

import dflint.config.Config;
import dflint.config.ConfigException;
import dflint.config.ConfigFinder;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.RuleDescriptor;
import dflint.engine.Severity;
import dflint.report.ArtifactPaths;
import dflint.report.FileResult;
import dflint.report.ReportContext;
import dflint.report.Reporter;
import dflint.report.Reporters;
import dflint.report.Utf8Output;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "lint", description = "Lint Dockerfiles (the default command).", sortOptions = false,
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class LintCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to lint; '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: text (default), json, sarif, checkstyle, github or codeclimate. "
                    + "Repeatable; the n-th --format goes to the n-th --output.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the matching --format here instead of standard output ('-' is standard output).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STAGE", description = "Build target stage (repeatable).")
    List<String> targets = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument (repeatable).")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--no-discover",
            description = "Do not read the repository's bake, compose, CI and Makefiles for the targets it builds.")
    boolean noDiscover;

    @Option(names = "--project-root", paramLabel = "DIR",
            description = "Where the repository starts, for target discovery (default: the nearest folder holding .git).")
    Path projectRoot;

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Turn a rule off: id, name or alias (repeatable).")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Turn on a rule that is off by default, or 'all'.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Change a rule's severity: error, warning, info, style, or none to turn it off (repeatable).")
    List<String> severities = new ArrayList<>();

    @Option(names = "--failure-threshold", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style or none "
                    + "(default: the config file's, else warning).")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Exit 0 even when there are findings.")
    boolean noFail;

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file for every input.")
    Path configFile;

    @Option(names = "--no-config", description = "Ignore .dflint.yaml files.")
    boolean noConfig;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and folders matching this glob while walking directories (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--include-fixtures",
            description = "Also lint templates and Dockerfiles under test fixture folders (test, tests, testdata, "
                    + "fixtures, e2e, ...) when walking directories.")
    boolean includeFixtures;

    @Option(names = "--sarif-root", paramLabel = "DIR",
            description = "Make SARIF, GitHub and Code Climate paths relative to DIR (default: the git top level).")
    Path sarifRoot;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: auto, always or never (default: ${DEFAULT-VALUE}).")
    String color;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = InputFiles.DEFAULT_MAX_FILE_SIZE,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--shellcheck", description = "Also run ShellCheck over RUN scripts when it is on PATH (rule DF5000).")
    boolean shellcheck;

    @Option(names = "--fix", description = "Apply the safe fixes in place, then report what is left "
            + "(with '-', print the fixed file and report on standard error).")
    boolean fix;

    @Option(names = "--diff", description = "Print the fixes as a unified diff instead of applying them; "
            + "exit 1 when there is something to fix.")
    boolean diff;

    @Option(names = "--unsafe-fixes", description = "Also apply (and mark [*]) the fixes that may change what the build does.")
    boolean unsafeFixes;

    @Option(names = "--fix-only", paramLabel = "RULE", split = ",",
            description = "Apply only these rules' fixes (implies --fix unless --diff is given).")
    List<String> fixOnly = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    /** The options and failure threshold that apply to the files under one configuration, and whether to discover targets. */
    private record Settings(LintOptions options, Severity threshold, boolean discover) {}

    /** The repositories' targets, shared by every file of the run; null with --no-discover. */
    private Discovered discovered;

    /** Streams for a run that Main starts without picocli (the plain {@code dflint FILE...} case). */
    java.io.OutputStream directRawOut;
    PrintWriter directOut;
    PrintWriter directErr;
    java.io.InputStream directIn;

    /** A lint of the given paths with every option at its default, set up without picocli. */
    static LintCommand plain(List<String> paths, PrintWriter out, PrintWriter err, java.io.InputStream in) {
        LintCommand c = new LintCommand();
        c.paths.addAll(paths);
        c.color = "auto";
        c.maxFileSize = Long.parseLong(InputFiles.DEFAULT_MAX_FILE_SIZE);
        c.directOut = out;
        c.directErr = err;
        c.directIn = in;
        return c;
    }

    private java.io.InputStream stdin() {
        return parent != null ? parent.stdin : directIn;
    }

    /** Standard output as bytes, for a fixed file read from standard input; null when unknown. */
    private java.io.OutputStream rawStdout() {
        return parent != null ? parent.stdout : directRawOut;
    }

    /** Set when fixing: --fix, --diff or --fix-only. Typed by name only here, so a plain lint never loads it. */
    private FixRun fixRun;

    @Override
    public Integer call() {
        PrintWriter out = spec != null ? spec.commandLine().getOut() : directOut;
        PrintWriter err = spec != null ? spec.commandLine().getErr() : directErr;
        if (paths.isEmpty()) throw new Main.UsageError("no Dockerfile given; try 'dflint Dockerfile' or 'dflint .'");
        if (noConfig && configFile != null) throw new Main.UsageError("--config and --no-config cannot be used together");
        List<String> chosen = formats.isEmpty() ? List.of("text") : formats;
        for (String f : chosen) {
            if (!Reporters.FORMATS.contains(f)) {
                throw new Main.UsageError("unknown --format '" + f + "'; expected one of " + String.join(", ", Reporters.FORMATS));
            }
        }
        if (outputs.size() > chosen.size()) {
            throw new Main.UsageError("--output given " + outputs.size() + " times but --format only " + chosen.size()
                    + "; pair each --output with a --format");
        }
        if (projectRoot != null && !Files.isDirectory(projectRoot)) {
            throw new Main.UsageError("--project-root " + projectRoot + ": no such folder");
        }
        boolean colorOnStdout = useColor();
        String cliThreshold = failureThreshold == null ? null : failureThreshold.toLowerCase(Locale.ROOT);
        if (cliThreshold != null && !cliThreshold.equals("none") && Severity.parse(cliThreshold) == null) {
            throw new Main.UsageError("--failure-threshold must be error, warning, info, style or none, not '"
                    + failureThreshold + "'");
        }
        List<RuleDescriptor> catalogue = Rules.all();
        for (String n : ignore) checkRuleName("--ignore", n, catalogue, false);
        for (String n : enable) checkRuleName("--enable", n, catalogue, true);
        for (String n : fixOnly) checkRuleName("--fix-only", n, catalogue, false);
        if (fix || diff || !fixOnly.isEmpty()) fixRun = new FixRun(diff, unsafeFixes, fixOnly);
        Map<String, Severity> cliSeverities = parseSeverities(catalogue);
        Map<String, String> cliBuildArgs = parseBuildArgs();

        List<String> problems = new ArrayList<>();
        InputFiles.Skipped skipped = new InputFiles.Skipped();
        List<InputFiles.Input> inputs = InputFiles.expand(paths, InputFiles.excluder(excludes), includeFixtures, skipped, problems);

        // Configuration: one file for all (--config), none (--no-config), or the nearest per folder.
        Map<Path, Settings> byConfig = new HashMap<>();
        Settings noConfigSettings = null;
        ConfigFinder finder = new ConfigFinder();
        dflint.config.ConfigLoader loader = null;
        List<Settings> perInput = new ArrayList<>(inputs.size());
        try {
            for (InputFiles.Input in : inputs) {
                Optional<Path> cfg;
                if (noConfig) cfg = Optional.empty();
                else if (configFile != null) cfg = Optional.of(configFile);
                else cfg = finder.find(in.path() == null ? Path.of("") : parentOf(in.path()));
                Settings s;
                if (cfg.isEmpty()) {
                    if (noConfigSettings == null) {
                        noConfigSettings = settings(null, catalogue, cliSeverities, cliBuildArgs, cliThreshold);
                    }
                    s = noConfigSettings;
                } else {
                    Path key = cfg.get().toAbsolutePath().normalize();
                    s = byConfig.get(key);
                    if (s == null) {
                        if (configFile != null && !Files.isRegularFile(configFile)) {
                            throw new ConfigException(configFile + ": no such configuration file");
                        }
                        if (loader == null) loader = new dflint.config.ConfigLoader(catalogue);
                        s = settings(loader.load(cfg.get()), catalogue, cliSeverities, cliBuildArgs, cliThreshold);
                        byConfig.put(key, s);
                    }
                }
                perInput.add(s);
            }
        } catch (ConfigException e) {
            err.println("dflint: " + Main.oneLine(e.getMessage()));
            err.flush();
            return ExitCode.ERROR;
        }

        if (!noDiscover) discovered = new Discovered(projectRoot);
        Linter linter = new Linter(catalogue);
        List<FileResult> results = new ArrayList<>();
        List<Settings> resultSettings = new ArrayList<>();
        // Identity sets: record hashCode goes through an invokedynamic bootstrap that costs start-up time.
        Set<LintOptions> usedOptions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Object> outcomes = lintAll(inputs, perInput, linter);
        for (int i = 0; i < inputs.size(); i++) {
            Object o = outcomes.get(i);
            if (o instanceof String problem) {
                problems.add(problem);
                continue;
            }
            Settings s = perInput.get(i);
            results.add(fixRun != null ? fixRun.collect(o, problems) : (FileResult) o);
            resultSettings.add(s);
            usedOptions.add(s.options());
        }
        if (usedOptions.isEmpty()) usedOptions.add(settings(null, catalogue, cliSeverities, cliBuildArgs, cliThreshold).options());

        // Only the repository-relative formats need the context; text and json skip its cost.
        ReportContext context = null;
        for (String f : chosen) {
            if (!f.equals("text") && !f.equals("json") && context == null) {
                context = new ReportContext(VersionProvider.version(), rulesThatRan(linter, usedOptions),
                        new ArtifactPaths(sarifRoot));
            }
        }
        // Fixing standard input prints the fixed file there, and a diff takes standard output
        // too: the reports meant for it then go to standard error.
        boolean stdoutTaken = fixRun != null && (fixRun.diffOnly() || fixRun.fixedStdin() != null);
        if (fixRun != null) {
            if (fixRun.diffOnly()) {
                out.print(fixRun.diffs());
                out.flush();
            } else if (fixRun.fixedStdin() != null) {
                writeRaw(fixRun.fixedStdin(), out, problems);
            }
        }
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            boolean toStdout = target.equals("-");
            if (toStdout && fixRun != null && fixRun.diffOnly()) continue;
            Reporter reporter = Reporters.create(chosen.get(i), context, toStdout && colorOnStdout && !stdoutTaken, unsafeFixes);
            try {
                // as UTF-8 bytes where there is a byte stream (see Utf8Output); a writer otherwise
                java.io.OutputStream raw = toStdout && !stdoutTaken ? rawStdout() : null;
                if (toStdout && raw != null) {
                    out.flush();
                    Utf8Output bytes = new Utf8Output(raw);
                    reporter.write(results, bytes);
                    bytes.flush();
                } else if (toStdout) {
                    PrintWriter w = stdoutTaken ? err : out;
                    reporter.write(results, w);
                    w.flush();
                } else {
                    try (java.io.OutputStream file = Files.newOutputStream(Path.of(target))) {
                        Utf8Output bytes = new Utf8Output(file);
                        reporter.write(results, bytes);
                        bytes.flush();
                    }
                }
            } catch (IOException e) {
                problems.add(target + ": cannot write the " + chosen.get(i) + " report: " + InputFiles.reason(e));
            } catch (java.io.UncheckedIOException e) {
                problems.add(target + ": cannot write the " + chosen.get(i) + " report: " + InputFiles.reason(e.getCause()));
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(target + ": cannot write the " + chosen.get(i) + " report: " + e.getReason());
            }
        }
        if (debug && discovered != null) discovered.printNotes(err);
        if (fixRun != null) {
            for (String note : fixRun.summary()) err.println("dflint: " + Main.oneLine(note));
        }
        for (String p : problems) err.println("dflint: " + Main.oneLine(p));
        if (skipped.any()) err.println("dflint: " + skipped.note());
        err.flush();
        if (!problems.isEmpty()) return ExitCode.ERROR;
        // --diff is a check: exit 1 when something would change, whatever the findings
        if (fixRun != null && fixRun.diffOnly()) return fixRun.anythingToFix() ? ExitCode.FINDINGS : ExitCode.OK;
        if (noFail) return ExitCode.OK;
        for (int i = 0; i < results.size(); i++) {
            Severity threshold = resultSettings.get(i).threshold();
            if (threshold == null) continue;
            for (Finding f : results.get(i).findings()) {
                if (f.severity().atLeast(threshold)) return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }

    /** The fixed standard input, byte for byte, ahead of anything else on standard output. */
    private void writeRaw(byte[] bytes, PrintWriter out, List<String> problems) {
        out.flush();
        java.io.OutputStream raw = rawStdout();
        try {
            if (raw != null) {
                raw.write(bytes);
                raw.flush();
            } else {
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            problems.add("-: cannot write the fixed file to standard output: " + InputFiles.reason(e));
        }
    }

    private static Path parentOf(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        return parent == null ? abs : parent;
    }

    /** The rules that ran under any of the options, in catalogue order. */
    private static List<RuleDescriptor> rulesThatRan(Linter linter, Set<LintOptions> used) {
        Set<RuleDescriptor> ran = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (LintOptions o : used) ran.addAll(linter.enabledRules(o));
        List<RuleDescriptor> out = new ArrayList<>();
        for (RuleDescriptor r : linter.rules()) {
            if (ran.contains(r)) out.add(r);
        }
        return out;
    }

    /** The configuration file's settings with the command line's on top. */
    private Settings settings(Config config, List<RuleDescriptor> catalogue, Map<String, Severity> cliSeverities,
                              Map<String, String> cliBuildArgs, String cliThreshold) {
        LintOptions.Builder b = config == null ? LintOptions.builder() : config.toOptions();
        for (String e : enable) {
            removeSameRule(b.ignore, e, catalogue);
            b.enable.add(e);
        }
        for (String i : ignore) {
            removeSameRule(b.enable, i, catalogue);
            b.ignore.add(i);
        }
        for (var e : cliSeverities.entrySet()) {
            removeSameRule(b.severities.keySet(), e.getKey(), catalogue);
            removeSameRule(b.ignore, e.getKey(), catalogue);
            if (e.getValue() == null) b.ignore.add(e.getKey());
            else b.severities.put(e.getKey(), e.getValue());
        }
        if (!targets.isEmpty()) {
            b.targets.clear();
            b.targets.addAll(targets);
            b.targetsSource = dflint.graph.TargetSource.COMMAND_LINE;
        }
        b.buildArgs.putAll(cliBuildArgs);
        if (shellcheck) b.shellcheck = true;
        String level = cliThreshold != null ? cliThreshold
                : config != null && config.failureThreshold() != null ? config.failureThreshold() : "warning";
        boolean discover = config == null || config.discover() == null || config.discover();
        return new Settings(b.build(), level.equals("none") ? null : Severity.parse(level), discover);
    }

    /** Removes the names of rule {@code name} (its id, slug or an alias) from {@code names}; a loop, not removeIf: see ColdPathTest. */
    private static void removeSameRule(java.util.Collection<String> names, String name, List<RuleDescriptor> catalogue) {
        for (java.util.Iterator<String> it = names.iterator(); it.hasNext(); ) {
            if (sameRule(it.next(), name, catalogue)) it.remove();
        }
    }

    private static boolean sameRule(String a, String b, List<RuleDescriptor> catalogue) {
        if (a.equalsIgnoreCase(b)) return true;
        for (RuleDescriptor r : catalogue) {
            if (r.isNamed(a) && r.isNamed(b)) return true;
        }
        return false;
    }

    private static void checkRuleName(String option, String name, List<RuleDescriptor> catalogue, boolean allowAll) {
        if (allowAll && name.equalsIgnoreCase("all")) return;
        for (RuleDescriptor r : catalogue) {
            if (r.isNamed(name)) return;
        }
        String near = ExplainCommand.suggest(name, catalogue);
        throw new Main.UsageError(option + ": unknown rule '" + name + "'"
                + (near != null ? " (did you mean " + near + "?)" : "") + "; 'dflint rules' lists them");
    }

    private Map<String, Severity> parseSeverities(List<RuleDescriptor> catalogue) {
        Map<String, Severity> out = new LinkedHashMap<>();
        for (String s : severities) {
            int eq = s.indexOf('=');
            if (eq <= 0) throw new Main.UsageError("--severity needs RULE=LEVEL, not '" + s + "'");
            String name = s.substring(0, eq).trim();
            String level = s.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            checkRuleName("--severity", name, catalogue, false);
            Severity sev = Severity.parse(level);
            if (sev == null && !level.equals("none") && !level.equals("off")) {
                throw new Main.UsageError("--severity " + name + ": '" + level
                        + "' is not a severity; use error, warning, info, style or none");
            }
            out.put(name, sev);
        }
        return out;
    }

    private boolean useColor() {
        switch (color) {
            case "always": return true;
            case "never": return false;
            case "auto": return stdoutIsTerminal() && System.getenv("NO_COLOR") == null;
            default: throw new Main.UsageError("--color must be auto, always or never, not '" + color + "'");
        }
    }

    /**
     * Whether standard output is a terminal. bin/dflint tells ({@code -Ddflint.stdout.tty}, from
     * the shell's {@code [ -t 1 ]}): System.console() would answer too, but since Java 22 it
     * first looks for console providers with a ServiceLoader and builds one reflectively, a few
     * milliseconds of every lint. Without the launcher, System.console() decides.
     */
    static boolean stdoutIsTerminal() {
        String told = System.getProperty("dflint.stdout.tty");
        return told != null ? told.equals("true") : System.console() != null;
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

    static final String OUT_OF_MEMORY = "not linted: the JVM ran out of memory on it; allow it more with"
            + " DFLINT_JAVA_OPTS=-Xmx2g (or larger)";

    /**
     * Reads, parses and lints every input, in parallel across cores when there are
     * several, and returns per input either its FileResult or a one-line problem,
     * in input order so the output never depends on scheduling.
     */
    private List<Object> lintAll(List<InputFiles.Input> inputs, List<Settings> perInput, Linter linter) {
        // Standard input is read before any file, whatever the threads do: what is piped in
        // comes first, as the inputs' order says (a caller may change files once it is read).
        for (InputFiles.Input in : inputs) {
            if (in.path() != null) continue;
            try {
                stdinRead = InputFiles.read(in, maxFileSize, stdin());
            } catch (InputFiles.ReadError e) {
                stdinRead = e.getMessage();
            }
            stdinInput = in;
            break;
        }
        return Parallel.map(inputs.size(), new java.util.function.IntFunction<Object>() {
            @Override
            public Object apply(int i) {
                return lintOne(inputs.get(i), perInput.get(i), linter);
            }
        });
    }

    /** One file: its result, or the one line to print when it cannot be read or dflint fails on it. */
    /** The first standard-input operand and what reading it gave (bytes or a problem), read by lintAll. */
    private InputFiles.Input stdinInput;
    private Object stdinRead;

    private Object lintOne(InputFiles.Input in, Settings s, Linter linter) {
        byte[] bytes;
        if (in == stdinInput) {
            if (stdinRead instanceof String problem) return problem;
            bytes = (byte[]) stdinRead;
        } else {
            try {
                bytes = InputFiles.read(in, maxFileSize, stdin());
            } catch (InputFiles.ReadError e) {
                return e.getMessage();
            }
        }
        try {
            Dockerfile df = DockerfileSyntax.parse(in.display(), bytes);
            if (!s.options().targets().isEmpty()) {
                // as docker build --target does: a target the file lacks is an error, not an empty build
                dflint.graph.StageGraph g = dflint.graph.StageGraph.build(df, s.options().targets(), s.options().buildArgs());
                if (!g.unknownTargets().isEmpty()) return in.display() + ": " + g.unknownTargetMessage(g.unknownTargets().get(0));
            }
            LintOptions options = s.options();
            if (discovered != null && s.discover() && in.path() != null) {
                // per file, but nothing is read until a rule's question depends on the answer
                options = options.withDiscoveredTargets(discovered.forFile(in.path()));
            }
            if (fixRun != null) return fixRun.fixOne(in, bytes, options, linter);
            return new FileResult(in.display(), in.path(), df.text(), linter.lint(df, options));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in dflint must not cost the user the other files' findings.
            if (debug) e.printStackTrace();
            return in.display() + ": internal error while linting (" + e + "); please report it with this file";
        } catch (OutOfMemoryError e) {
            // What this file held is garbage now, so the other files can still be linted.
            return in.display() + ": " + OUT_OF_MEMORY;
        }
    }
}
