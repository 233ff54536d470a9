package dflint.lsp;

import dflint.config.ConfigException;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.StageGraph;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.nio.file.Path;
import java.util.List;

/**
 * Lints one version of a document as {@code dflint FILE} lints the file: the same configuration
 * lookup, the same refusals (too large, binary), the same unknown-target error, and the same
 * linter with its pragmas and severities. Never throws: what the command line prints as a
 * one-line problem becomes {@link Analysis#problem()}. Thread-safe.
 */
final class Analyzer {
    /** The command line's default --max-file-size. */
    static final long DEFAULT_MAX_FILE_SIZE = 4L << 20;

    private final Linter linter;
    private final FileSettings settings;
    private final ProjectTargets projectTargets;
    private final long maxFileSize;

    /** The last internal error, for the server to log with its trace. */
    volatile Throwable lastFailure;

    Analyzer(Linter linter, FileSettings settings, ProjectTargets projectTargets, long maxFileSize) {
        this.linter = linter;
        this.settings = settings;
        this.projectTargets = projectTargets;
        this.maxFileSize = maxFileSize;
    }

    ProjectTargets projectTargets() {
        return projectTargets;
    }

    Linter linter() {
        return linter;
    }

    FileSettings settings() {
        return settings;
    }

    /**
     * @param path    the file on disk, or null for a document without one
     * @param display how findings and messages name the file
     */
    Analysis analyze(Path path, String display, int version, String text) {
        LineIndex lines = new LineIndex(text);
        long bytes = utf8Length(text);
        if (bytes > maxFileSize) {
            return refused(version, lines, "file is " + bytes + " bytes, larger than the limit of " + maxFileSize
                    + " bytes; dflint does not lint it");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0 && nul < 8192) {
            return refused(version, lines, "binary file (NUL character at offset " + nul + "), not a Dockerfile");
        }
        LintOptions options;
        boolean discover = true;
        String problem = null;
        try {
            FileSettings.Resolved r = settings.optionsFor(path);
            options = r.options();
            discover = r.discover();
        } catch (ConfigException e) {
            options = LintOptions.defaults();
            problem = "not linted: the configuration cannot be used: " + e.getMessage();
        }
        Dockerfile file = null;
        StageGraph graph = null;
        try {
            file = DockerfileSyntax.parse(display, text);
            if (problem == null && !options.targets().isEmpty()) {
                // as the command line does (and docker build --target): a target the file lacks is an error
                StageGraph g = StageGraph.build(file, options.targets(), options.buildArgs());
                if (!g.unknownTargets().isEmpty()) problem = "not linted: " + g.unknownTargetMessage(g.unknownTargets().get(0));
            }
            if (discover && path != null && projectTargets != null) {
                // nothing is read until a question about the targets depends on the answer
                options = options.withDiscoveredTargets(projectTargets.forFile(path));
            }
            // the graph the rules see, for hover, lenses and the stages command
            graph = problem != null && !options.targets().isEmpty()
                    ? StageGraph.build(file, List.of(), options.buildArgs())
                    : StageGraph.build(file, options.targetSources(), options.buildArgs(), options.discoveredTargets());
            List<Finding> findings = problem == null ? linter.lint(file, options) : List.of();
            return new Analysis(version, lines, file, graph, findings, options, problem);
        } catch (RuntimeException | StackOverflowError e) {
            lastFailure = e;
            return new Analysis(version, lines, file, graph, List.of(), options,
                    "internal error while linting (" + e + "); please report it with this file");
        } catch (OutOfMemoryError e) {
            return new Analysis(version, lines, null, null, List.of(), options,
                    "not linted: the JVM ran out of memory on it; allow it more with DFLINT_JAVA_OPTS=-Xmx2g (or larger)");
        }
    }

    private static Analysis refused(int version, LineIndex lines, String why) {
        return new Analysis(version, lines, null, null, List.of(), LintOptions.defaults(), why);
    }

    /** How many bytes the text takes as UTF-8, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
