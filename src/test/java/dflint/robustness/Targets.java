package dflint.robustness;

import dflint.engine.Finding;
import dflint.engine.Severity;
import dflint.report.ArtifactPaths;
import dflint.report.FileResult;
import dflint.report.ReportContext;
import dflint.report.Reporters;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.AstDump;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.util.List;

/**
 * The fuzz targets, shared by the Jazzer fuzz tests and the seeded mutation
 * tests. Each takes raw bytes, runs one part of dflint on them, and throws
 * (exception or AssertionError) when something that must hold does not.
 */
final class Targets {
    private Targets() {}

    static final Linter LINTER = new Linter(Rules.all());
    static final LintOptions ALL_RULES = allRules();

    /**
     * Every rule but DF5000, which hands RUN scripts to an installed ShellCheck process:
     * fuzzing it would fuzz ShellCheck, one process start per input.
     */
    private static LintOptions allRules() {
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add("all");
        b.ignore.add("DF5000");
        return b.build();
    }

    /** Parsing never throws, every range lies inside the file, and the dump is stable. */
    static Dockerfile parse(byte[] data) {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", data);
        Invariants.checkParsed(df);
        String dump = AstDump.dump(df);
        String again = AstDump.dump(DockerfileSyntax.parse("other/Dockerfile", data));
        if (!dump.equals(again)) throw new AssertionError("dump differs between two parses:\n" + dump + "\n---\n" + again);
        return df;
    }

    /** The full lint of one file with every rule on: no exception, findings inside the file, deterministic. */
    static List<Finding> lint(byte[] data) {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", data);
        List<Finding> findings = LINTER.lint(df, ALL_RULES);
        Invariants.checkFindings(df, findings);
        List<Finding> again = LINTER.lint(DockerfileSyntax.parse("Dockerfile", data), ALL_RULES);
        if (!findings.equals(again)) throw new AssertionError("lint is not deterministic:\n" + findings + "\n---\n" + again);
        return findings;
    }

    static final ReportContext REPORT_CONTEXT = new ReportContext("0.0.0-fuzz", Rules.all(), new ArtifactPaths(null));

    /**
     * Every reporter stays well-formed on the findings of this input, plus one
     * finding whose message and path carry the input's raw text, so escaping
     * meets every character the fuzzer can produce.
     */
    static void report(byte[] data) {
        Dockerfile df = DockerfileSyntax.parse("Dockerfile", data);
        String text = df.text();
        List<Finding> findings = new ArrayList<>(LINTER.lint(df, ALL_RULES));
        String raw = text.substring(0, Math.min(text.length(), 400));
        String path = "in/" + raw.substring(0, Math.min(raw.length(), 60));
        findings.add(new Finding(path, SourceRange.point(1, 1), "DF0001", "syntax-error", List.of("DL1000"),
                Severity.ERROR, raw, null));
        findings.sort(Linter.ORDER);
        List<FileResult> results = List.of(new FileResult(path, null, text, findings));
        for (String format : Reporters.FORMATS) {
            String out = render(format, results, false);
            OutputChecks.check(format, out, text);
            if (format.equals("text")) {
                // colour adds its own escapes and nothing else
                String colored = render(format, results, true).replaceAll("\u001b\\[[0-9;]*m", "");
                if (!colored.equals(out)) throw new AssertionError("coloured text differs beyond colour codes:\n" + colored);
            }
        }
    }

    static String render(String format, List<FileResult> results, boolean color) {
        StringBuilder b = new StringBuilder();
        try {
            Reporters.create(format, REPORT_CONTEXT, color).write(results, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toString();
    }

    /** Every output format of the real command line, run in-process on standard input. */
    static void cli(byte[] data) {
        String text = DockerfileSyntax.parse("-", data).text();
        long jsonCount = -1, textCount = -1;
        for (String format : Reporters.FORMATS) {
            Cli.Result r = Cli.run(data, "--format", format, "--color", "never", "--enable", "all", "--ignore", "DF5000",
                    "--no-config", "-");
            checkExit(r, "lint --format " + format);
            OutputChecks.check(format, r.out(), text);
            if (format.equals("json")) jsonCount = OutputChecks.parseJson(r.out(), "json").size();
            if (format.equals("text")) textCount = r.out().lines().filter(l -> l.startsWith("-:")).count();
        }
        if (jsonCount != textCount) throw new AssertionError("text shows " + textCount + " findings, json " + jsonCount);
    }

    /** dflint stages in every format, with and without a target. */
    static void stages(byte[] data) {
        Dockerfile df = DockerfileSyntax.parse("-", data);
        String target = null;
        for (Instruction i : df.instructions()) {
            if (i instanceof Instruction.From f && f.stageNameOrNull() != null) target = f.stageNameOrNull();
        }
        for (String format : List.of("text", "json", "dot", "mermaid")) {
            Cli.Result r = Cli.run(data, "stages", "--format", format, "-");
            checkExit(r, "stages --format " + format);
            if (format.equals("json") && r.code() == 0) OutputChecks.parseJson(r.out(), "stages json");
            if (target != null) {
                Cli.Result t = Cli.run(data, "stages", "--format", format, "--target", target, "-");
                checkExit(t, "stages --target");
                if (format.equals("json") && t.code() == 0) OutputChecks.parseJson(t.out(), "stages json");
            }
        }
    }

    /** Exit 0, 1 or 2, and standard error holds one-line messages, never a trace or an internal error. */
    static void checkExit(Cli.Result r, String what) {
        if (r.code() < 0 || r.code() > 2) throw new AssertionError(what + ": exit code " + r.code());
        if (r.err().contains("internal error") || r.err().contains("Exception") || r.err().contains("\tat ")) {
            throw new AssertionError(what + ": " + r.err());
        }
    }
}
