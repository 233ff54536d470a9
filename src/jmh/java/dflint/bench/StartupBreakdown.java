package dflint.bench;

import dflint.cli.Main;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.RuleDescriptor;
import dflint.report.FileResult;
import dflint.report.TextReporter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the first lint of a process spends its time, step by step, in a cold JVM: run it as a
 * fresh process each time (bench/startup.sh does, with and without the class-data archive).
 * The steps run in the order a lint needs them, so each one pays for the classes it is the
 * first to use. Prints one line: milliseconds per step.
 */
public final class StartupBreakdown {
    private StartupBreakdown() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "testdata/samples/multistage.Dockerfile");
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        long t0 = System.nanoTime();
        // picocli: the command tree built from the annotated commands, then --version
        Main.run(new String[] {"--version"}, nowhere, nowhere, new ByteArrayInputStream(new byte[0]));
        long t1 = System.nanoTime();
        List<RuleDescriptor> rules = Rules.all();
        long t2 = System.nanoTime();
        Dockerfile df = DockerfileSyntax.parse(file.toString(), Files.readAllBytes(file));
        long t3 = System.nanoTime();
        List<Finding> findings = new Linter(rules).lint(df, LintOptions.defaults());
        long t4 = System.nanoTime();
        StringBuilder text = new StringBuilder();
        new TextReporter(false, true).write(List.of(new FileResult(file.toString(), findings)), text);
        long t5 = System.nanoTime();
        System.out.printf("picocli+version %.1f  rule-catalogue %.1f  parse %.1f  lint %.1f  text-report %.1f  total %.1f ms"
                + "  (%d rules, %d findings)%n",
                ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t0, t5), rules.size(), findings.size());
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
