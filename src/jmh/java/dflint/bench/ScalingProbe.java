package dflint.bench;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.RuleDescriptor;
import dflint.report.ArtifactPaths;
import dflint.report.FileResult;
import dflint.report.ReportContext;
import dflint.report.Reporters;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Finds work that grows faster than the input. Every pattern below is one instruction shape
 * repeated (in one stage, or over a chain of stages); each is generated at a small size and at
 * four times that size, then parsed, linted with every rule (each rule timed on its own) and
 * reported as JSON and SARIF. Linear work takes about four times as long at four times the
 * size; a part that takes more than {@value #SUSPECT} times as long (and more than
 * {@value #FLOOR_MS} ms) is printed as suspect. Run by hand (timing is noisy, so it is not a
 * test):
 *
 * <pre>
 * mvn -B -Pbench package -Dmaven.test.skip=true
 * java -cp target-bench/dflint-bench.jar dflint.bench.ScalingProbe [-d] [-s BYTES] [-p SUBSTRING] [-o DIR]
 * java -cp target-bench/dflint-bench.jar dflint.bench.ScalingProbe [-d] -f FILE
 * </pre>
 *
 * {@code -s} is the small size (default 262144), {@code -p} keeps the patterns whose name holds
 * the text, {@code -o} also writes every large file there (to try the command line on it);
 * {@code -f FILE} instead prints where the time of one file goes; {@code -d} runs the default
 * rules instead of all.
 */
public final class ScalingProbe {
    static final double SUSPECT = 7.0;
    static final int FLOOR_MS = 100;

    record Pattern(String name, String header, IntFunction<String> unit) {}

    static List<Pattern> patterns() {
        List<Pattern> p = new ArrayList<>();
        String u = "FROM ubuntu:22.04\n";
        // one stage, one instruction shape repeated
        p.add(new Pattern("run-echo", u, i -> "RUN echo " + i + "\n"));
        p.add(new Pattern("run-json", u, i -> "RUN [\"echo\", \"" + i + "\"]\n"));
        p.add(new Pattern("run-apt", u, i -> "RUN apt-get update && apt-get install -y pkg" + i + "\n"));
        p.add(new Pattern("run-apt-clean", u, i -> "RUN apt-get install -y --no-install-recommends p" + i + "=1 && rm -rf /var/lib/apt/lists/*\n"));
        p.add(new Pattern("run-apk", "FROM alpine:3.19\n", i -> "RUN apk add p" + i + "\n"));
        p.add(new Pattern("run-pip", u, i -> "RUN pip install p" + i + "\n"));
        p.add(new Pattern("run-npm", u, i -> "RUN npm install p" + i + " && npm i -g q" + i + "\n"));
        p.add(new Pattern("run-yum", "FROM centos:7\n", i -> "RUN yum install -y p" + i + " && dnf install q" + i + " && zypper install r" + i + "\n"));
        p.add(new Pattern("run-gem-go", u, i -> "RUN gem install g" + i + " && go get x/y" + i + " && cargo install c" + i + "\n"));
        p.add(new Pattern("run-cd", u, i -> "RUN cd /x" + i + " && make\n"));
        p.add(new Pattern("run-curl", u, i -> "RUN curl http://h/" + i + " | sh && wget -O- http://h/" + i + "\n"));
        p.add(new Pattern("run-sudo", u, i -> "RUN sudo apt-get install x" + i + " && sudo -u a pip install y\n"));
        p.add(new Pattern("run-misc", u, i -> "RUN useradd -m u" + i + " && chmod 777 /x" + i + " && git clone r" + i + " && ln -s a b\n"));
        p.add(new Pattern("run-vars", u, i -> "RUN echo $HOME" + i + " ${X:-${Y" + i + ":-z}} \"$@\" `date`\n"));
        p.add(new Pattern("run-loop", u, i -> "RUN set -e; for f in a b; do echo $f" + i + "; done; if [ -f x ]; then exit 1; fi\n"));
        p.add(new Pattern("run-mount", u, i -> "RUN --mount=type=cache,target=/c" + i + " --mount=type=secret,id=s" + i + " cat /run/secrets/s" + i + "\n"));
        p.add(new Pattern("run-heredoc", u, i -> "RUN <<EOF\necho " + i + "\nEOF\n"));
        p.add(new Pattern("copy-heredoc", u, i -> "COPY <<EOF /f" + i + "\nx\nEOF\n"));
        p.add(new Pattern("run-continued", u + "RUN echo start \\\n", i -> "  && echo " + i + " \\\n"));
        p.add(new Pattern("run-long-line", u + "RUN echo", i -> " w" + i));
        p.add(new Pattern("copy-relative", u, i -> "COPY a" + i + " b" + i + "\n"));
        p.add(new Pattern("copy-abs", u, i -> "COPY --chown=u" + i + ":g a" + i + " c" + i + " /b/\n"));
        p.add(new Pattern("copy-bad-flag", u, i -> "COPY --foo=" + i + " a b\n"));
        p.add(new Pattern("add", u, i -> "ADD http://h/" + i + ".tar.gz /x/\nADD a" + i + ".tar.gz /y/\n"));
        p.add(new Pattern("env-chain", u, i -> "ENV V" + i + "=$V" + (i - 1) + "x\n"));
        p.add(new Pattern("env-path", u, i -> "ENV PATH=$PATH:/x" + i + "\n"));
        p.add(new Pattern("env-undefined", u, i -> "ENV V" + i + "=$UNDEF" + i + "\n"));
        p.add(new Pattern("env-legacy", u, i -> "ENV V" + i + " value " + i + "\n"));
        p.add(new Pattern("arg", u, i -> "ARG A" + i + "=1\n"));
        p.add(new Pattern("arg-used", u, i -> "ARG A" + i + "\nRUN echo $A" + i + "\n"));
        p.add(new Pattern("arg-secret", u, i -> "ARG PASSWORD" + i + "\nENV TOKEN" + i + "=x\n"));
        p.add(new Pattern("label", u, i -> "LABEL k" + i + "=v" + i + "\n"));
        p.add(new Pattern("label-dup", u, i -> "LABEL maintainer=x version=" + i + "\n"));
        p.add(new Pattern("expose", u, i -> "EXPOSE " + (i % 65535 + 1) + "/tcp\n"));
        p.add(new Pattern("expose-same", u, i -> "EXPOSE 80\n"));
        p.add(new Pattern("user", u, i -> "USER u" + i + "\n"));
        p.add(new Pattern("workdir-rel", u, i -> "WORKDIR w" + i + "\n"));
        p.add(new Pattern("workdir-abs", u, i -> "WORKDIR /w" + i + "\n"));
        p.add(new Pattern("shell", u, i -> "SHELL [\"/bin/bash\", \"-c\"]\nRUN echo " + i + "\n"));
        p.add(new Pattern("cmd-entrypoint", u, i -> "CMD echo " + i + "\nENTRYPOINT [\"x" + i + "\"]\n"));
        p.add(new Pattern("healthcheck", u, i -> "HEALTHCHECK CMD curl -f http://h/" + i + "\n"));
        p.add(new Pattern("onbuild", u, i -> "ONBUILD RUN echo " + i + "\n"));
        p.add(new Pattern("onbuild-copy", u, i -> "ONBUILD COPY --from=s" + i + " a b\n"));
        p.add(new Pattern("volume-misc", u, i -> "VOLUME /v" + i + "\nSTOPSIGNAL SIGTERM\nMAINTAINER m" + i + "\n"));
        p.add(new Pattern("casing", u, i -> "run echo " + i + "\nCopy a /b\n"));
        p.add(new Pattern("comments", u, i -> "# comment " + i + " dflint ignore=DF3001\n"));
        p.add(new Pattern("pragmas", u, i -> "# hadolint ignore=DL3008\nRUN apt-get install p" + i + "\n"));
        p.add(new Pattern("unknown-instr", u, i -> "FOO bar " + i + "\n"));
        // one instruction with ever more parts
        p.add(new Pattern("one-label", u + "LABEL", i -> " k" + i + "=v" + i));
        p.add(new Pattern("one-env", u + "ENV", i -> " K" + i + "=$K" + (i - 1)));
        p.add(new Pattern("one-arg", u + "ARG", i -> " A" + i + "=" + i));
        p.add(new Pattern("one-expose", u + "EXPOSE", i -> " " + (i % 65535 + 1) + "/udp"));
        p.add(new Pattern("one-copy", u + "COPY", i -> " src" + i));
        p.add(new Pattern("one-copy-json", u + "COPY [\"a\"", i -> ", \"src" + i + "\""));
        p.add(new Pattern("one-cmd-json", u + "CMD [\"a\"", i -> ", \"arg" + i + "\""));
        p.add(new Pattern("one-volume", u + "VOLUME", i -> " /v" + i));
        p.add(new Pattern("one-run-flags", u + "RUN", i -> " --mount=type=cache,target=/c" + i));
        p.add(new Pattern("one-from", "FROM", i -> " a" + i));
        p.add(new Pattern("one-run-pipes", u + "RUN true", i -> " | cat" + i + " && x" + i + " || y; z" + i));
        p.add(new Pattern("one-run-nesting", u + "RUN echo", i -> " $(a" + i + " \"${b:-`c`}\""));
        p.add(new Pattern("one-heredoc-body", u + "RUN <<EOF\n", i -> "apt-get install -y p" + i + "\n"));
        // many stages
        p.add(new Pattern("stages-independent", "", i -> "FROM alpine AS s" + i + "\nRUN echo " + i + "\n"));
        p.add(new Pattern("stages-same-name", "", i -> "FROM alpine AS dup\nRUN echo " + i + "\n"));
        p.add(new Pattern("stages-unnamed", "", i -> "FROM alpine:" + i + "\nCOPY --from=0 /a /b\n"));
        p.add(new Pattern("stages-numeric-from", "FROM alpine\n", i -> "FROM alpine\nCOPY --from=" + i + " /a /b\n"));
        p.add(new Pattern("stages-copy-prev", "FROM alpine AS s-1\n", i -> "FROM alpine AS s" + i + "\nCOPY --from=s" + (i - 1) + " /a /b\n"));
        p.add(new Pattern("stages-copy-root", "FROM alpine AS s-1\n", i -> "FROM alpine AS s" + i + "\nCOPY --from=s" + (i - 1) + " / /x\n"));
        p.add(new Pattern("stages-copy-forward", "", i -> "FROM alpine AS s" + i + "\nCOPY --from=s" + (i + 1) + " /a /b\n"));
        p.add(new Pattern("stages-mount-prev", "FROM alpine AS s-1\n", i -> "FROM alpine AS s" + i + "\nRUN --mount=from=s" + (i - 1) + ",target=/x echo\n"));
        p.add(new Pattern("stages-global-args", "", i -> "ARG IMG" + i + "=alpine\nFROM $IMG" + i + " AS s" + i + "\n"));
        p.add(new Pattern("global-args-one-from", "", i -> "ARG A" + i + "=" + i + "\n"));
        p.add(new Pattern("stages-small-cycles", "", i -> "FROM alpine AS a" + i + "\nCOPY --from=b" + i + " /x /x\nFROM alpine AS b" + i + "\nCOPY --from=a" + i + " /y /y\n"));
        p.add(new Pattern("stages-self-ref", "", i -> "FROM alpine AS s" + i + "\nCOPY --from=s" + i + " /x /x\n"));
        p.add(new Pattern("stages-dup-refs", "FROM alpine AS d\nFROM alpine AS d\n", i -> "FROM alpine AS s" + i + "\nCOPY --from=d /x /x\nCOPY --from=s" + i + " /y /y\n"));
        p.add(new Pattern("stages-pattern-from", "", i -> "FROM alpine AS build-" + i + "\nFROM build-${V" + i + "} AS s" + i + "\n"));
        p.add(new Pattern("stages-pattern-chain", "FROM alpine AS s-1-z\n", i -> "FROM s" + (i - 1) + "-${V} AS s" + i + "-z\n"));
        p.add(new Pattern("stages-arg-from", "ARG BASE=alpine\n", i -> "ARG V" + i + "=" + i + "\nFROM ${BASE}:${V" + i + "} AS s" + i + "\nARG BASE\nRUN echo $BASE\n"));
        p.add(new Pattern("stages-onbuild-inherit", "FROM alpine AS s-1\n", i -> "FROM s" + (i - 1) + " AS s" + i + "\nONBUILD COPY --from=s-1 /a /b\nONBUILD RUN echo " + i + "\n"));
        // a chain of stages, each FROM the one before, with one more instruction
        String c = "FROM alpine AS s-1\n";
        p.add(new Pattern("chain", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\n"));
        p.add(new Pattern("chain-user-shell-workdir", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nUSER u" + i + "\nSHELL [\"/bin/bash\",\"-c\"]\nWORKDIR /w" + i + "\n"));
        p.add(new Pattern("chain-env", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nENV V" + i + "=$V" + (i - 1) + "\n"));
        p.add(new Pattern("chain-arg", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nARG A" + i + "\nRUN echo $A" + i + "\n"));
        p.add(new Pattern("chain-label-hc", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nLABEL k" + i + "=v\nHEALTHCHECK CMD true\n"));
        p.add(new Pattern("chain-onbuild", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nONBUILD RUN echo " + i + "\n"));
        p.add(new Pattern("chain-copy-rel", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nCOPY a b" + i + "\n"));
        p.add(new Pattern("chain-expose", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nEXPOSE " + (i % 65535 + 1) + "\n"));
        p.add(new Pattern("chain-packages", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nRUN pip install p" + i + " && apt-get install -y a && yum install b\n"));
        p.add(new Pattern("chain-copy-root", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nCOPY --from=s-1 / /r" + i + "\n"));
        p.add(new Pattern("chain-cmd", c, i -> "FROM s" + (i - 1) + " AS s" + i + "\nCMD x\nENTRYPOINT y\n"));
        return p;
    }

    static byte[] generate(Pattern p, int size) {
        StringBuilder sb = new StringBuilder(size + 256).append(p.header());
        for (int i = 0; sb.length() < size; i++) sb.append(p.unit().apply(i));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * CPU nanoseconds of this thread in each part (parse, every rule, the two reporters) for one
     * file, and the wall time of the whole. Thread CPU time leaves out garbage collection and
     * compilation, which otherwise land in whichever part happens to be running.
     */
    record Times(long[] parts, long total, int findings) {}

    static final String[] REPORTS = {"json", "sarif"};
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        int size = 262144;
        String only = null;
        Path out = null;
        Path file = null;
        boolean defaults = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-s" -> size = Integer.parseInt(args[++i]);
                case "-p" -> only = args[++i];
                case "-o" -> out = Path.of(args[++i]);
                case "-f" -> file = Path.of(args[++i]);
                case "-d" -> defaults = true;
                default -> throw new IllegalArgumentException("usage: ScalingProbe [-d] [-s BYTES] [-p SUBSTRING] [-o DIR] | [-d] -f FILE");
            }
        }
        List<RuleDescriptor> rules = Rules.all();
        Linter linter = new Linter(rules);
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add("all");
        b.ignore.add("DF5000"); // ShellCheck runs an outside program; not ours to measure
        LintOptions options = defaults ? LintOptions.defaults() : b.build();
        ReportContext context = new ReportContext("probe", rules, new ArtifactPaths(Path.of("").toAbsolutePath()));
        String[] names = new String[1 + rules.size() + REPORTS.length];
        names[0] = "parse";
        for (int k = 0; k < rules.size(); k++) names[1 + k] = rules.get(k).id() + " " + rules.get(k).slug();
        for (int k = 0; k < REPORTS.length; k++) names[1 + rules.size() + k] = "report " + REPORTS[k];

        if (file != null) {
            breakdown(linter, options, context, rules, names, Files.readAllBytes(file));
            return;
        }
        List<String> suspects = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %9s %6s  %s%n", "pattern", "bytes", "ms", "bytes", "ms", "ratio", "slowest growing part");
        for (Pattern p : patterns()) {
            if (only != null && !p.name().contains(only)) continue;
            byte[] small = generate(p, size);
            byte[] large = generate(p, size * 4);
            if (out != null) Files.write(out.resolve(p.name() + ".Dockerfile"), large);
            run(linter, options, context, rules, small); // warm-up
            Times s = best(linter, options, context, rules, small);
            Times l = run(linter, options, context, rules, large);
            String worst = "";
            double worstRatio = 0;
            for (int k = 0; k < names.length; k++) {
                double ms = l.parts()[k] / 1e6;
                double r = (double) l.parts()[k] / Math.max(1, s.parts()[k]);
                if (ms >= FLOOR_MS && r > worstRatio) {
                    worstRatio = r;
                    worst = String.format(Locale.ROOT, "%s %.0f -> %.0f ms (x%.1f)", names[k], s.parts()[k] / 1e6, ms, r);
                }
            }
            double ratio = (double) l.total() / s.total();
            System.out.printf(Locale.ROOT, "%-26s %9d %9.0f %9d %9.0f %6.1f  %s  [%d findings]%n", p.name(), small.length,
                    s.total() / 1e6, large.length, l.total() / 1e6, ratio, worst, l.findings());
            if (worstRatio > SUSPECT || ratio > SUSPECT) suspects.add(p.name() + ": " + worst);
        }
        System.out.println(suspects.isEmpty() ? "no part grew more than x" + SUSPECT : "suspect:\n  " + String.join("\n  ", suspects));
    }

    /** One file, linted three times: for the first (cold) and the last run, the parts that took 1% of it or more. */
    static void breakdown(Linter linter, LintOptions options, ReportContext context, List<RuleDescriptor> rules,
                          String[] names, byte[] bytes) throws IOException {
        for (int k = 0; k < 3; k++) {
            Times t = run(linter, options, context, rules, bytes);
            System.out.printf(Locale.ROOT, "run %d: %.0f ms wall, %d findings%n", k + 1, t.total() / 1e6, t.findings());
            if (k == 1) continue;
            long cpu = 0;
            for (long x : t.parts()) cpu += x;
            System.out.printf(Locale.ROOT, "  %.0f ms CPU in the parts:%n", cpu / 1e6);
            for (int j = 0; j < names.length; j++) {
                if (t.parts()[j] * 100 >= cpu) System.out.printf(Locale.ROOT, "  %6.0f ms  %s%n", t.parts()[j] / 1e6, names[j]);
            }
        }
    }

    static Times best(Linter linter, LintOptions options, ReportContext context, List<RuleDescriptor> rules, byte[] bytes) throws IOException {
        Times a = run(linter, options, context, rules, bytes);
        Times b = run(linter, options, context, rules, bytes);
        long[] min = new long[a.parts().length];
        for (int k = 0; k < min.length; k++) min[k] = Math.min(a.parts()[k], b.parts()[k]);
        return new Times(min, Math.min(a.total(), b.total()), a.findings());
    }

    static Times run(Linter linter, LintOptions options, ReportContext context, List<RuleDescriptor> rules, byte[] bytes) throws IOException {
        System.gc(); // a collection left over from the run before must not be charged to this one
        long[] parts = new long[1 + rules.size() + REPORTS.length];
        long wall = System.nanoTime();
        long t0 = CPU.getCurrentThreadCpuTime();
        Dockerfile df = DockerfileSyntax.parse("probe.Dockerfile", bytes);
        parts[0] = CPU.getCurrentThreadCpuTime() - t0;
        long[] ruleNanos = new long[rules.size()];
        List<Finding> findings = linter.lint(df, options, ruleNanos);
        System.arraycopy(ruleNanos, 0, parts, 1, ruleNanos.length);
        List<FileResult> results = List.of(new FileResult("probe.Dockerfile", null, df.text(), findings));
        for (int k = 0; k < REPORTS.length; k++) {
            long t = CPU.getCurrentThreadCpuTime();
            Reporters.create(REPORTS[k], context, false).write(results, Writer.nullWriter());
            parts[1 + rules.size() + k] = CPU.getCurrentThreadCpuTime() - t;
        }
        return new Times(parts, System.nanoTime() - wall, findings.size());
    }
}
