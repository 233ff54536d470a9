package dflint.bench;

import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse and lint, one file per operation, on one thread. The corpus benchmarks take the next
 * corpus file on every call, so their operations per second are files per second over the
 * whole corpus; the small-file ones repeat one short multi-stage Dockerfile.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss16m"})
public class ParseAndLintBenchmark {
    private List<Inputs.Input> corpus;
    private Inputs.Input small;
    private Linter linter;
    private LintOptions options;
    private Dockerfile smallParsed;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        corpus = Inputs.corpus();
        small = Inputs.small();
        linter = new Linter(Rules.all());
        options = LintOptions.defaults();
        smallParsed = DockerfileSyntax.parse(small.name(), small.bytes());
    }

    private Inputs.Input nextFile() {
        Inputs.Input in = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        return in;
    }

    @Benchmark
    public Dockerfile parseCorpusFile() {
        Inputs.Input in = nextFile();
        return DockerfileSyntax.parse(in.name(), in.bytes());
    }

    @Benchmark
    public int parseAndLintCorpusFile() {
        Inputs.Input in = nextFile();
        return linter.lint(DockerfileSyntax.parse(in.name(), in.bytes()), options).size();
    }

    @Benchmark
    public Dockerfile parseSmallFile() {
        return DockerfileSyntax.parse(small.name(), small.bytes());
    }

    @Benchmark
    public int lintSmallFile() {
        return linter.lint(smallParsed, options).size();
    }
}
