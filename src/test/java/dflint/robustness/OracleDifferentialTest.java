package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.OracleComparison;
import dflint.SharedData;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing against BuildKit itself, run by hand: corpus files are mutated
 * ({@link Mutator}), BuildKit's frontend ({@code dforacle}) answers for each batch, and dflint's
 * parse, conversion errors, --check findings and stage sets for every target are compared with
 * its answers ({@link OracleComparison}). Not part of {@code mvn test}: it runs only when given a
 * duration.
 *
 * <pre>
 * mvn -B test -Dtest=OracleDifferentialTest -Ddflint.oracle.minutes=10 [-Ddflint.oracle.seed=N]
 * </pre>
 *
 * Disagreements are grouped into classes (the aspect and the shape of the message); the smallest
 * input of each class is kept in target/oracle-fuzz/ with what differed, and a summary is
 * printed and written to target/oracle-fuzz/summary.txt. The run fails only when dflint throws.
 */
class OracleDifferentialTest {
    static final int BATCH = Integer.getInteger("dflint.oracle.batch", 400);

    @Test
    void mutantsAgreeWithBuildkit() throws IOException, InterruptedException {
        String minutes = System.getProperty("dflint.oracle.minutes");
        Assumptions.assumeTrue(minutes != null, "runs on demand: -Ddflint.oracle.minutes=N");
        Path oracle = SharedData.require("tools/buildkit-oracle").resolve("dforacle");
        List<Path> corpus;
        try (Stream<Path> s = Files.list(SharedData.require("corpus/files"))) {
            corpus = s.filter(p -> p.toString().endsWith(".Dockerfile")).sorted().toList();
        }
        long seed = Long.getLong("dflint.oracle.seed", System.currentTimeMillis());
        long started = System.nanoTime();
        long deadline = started + (long) (Double.parseDouble(minutes) * 60e9);
        Random rnd = new Random(seed);
        Mutator mutator = new Mutator(rnd);
        Linter linter = new Linter(Rules.all());
        LintOptions options = OracleComparison.lintOptions();
        ObjectMapper json = new ObjectMapper();
        Path out = Files.createDirectories(Path.of("target", "oracle-fuzz"));
        Path work = Files.createTempDirectory("dflint-oracle-fuzz");

        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> exampleSize = new TreeMap<>();
        OracleComparison.Tally tally = new OracleComparison.Tally();
        List<String> crashes = new ArrayList<>();
        int tried = 0, batches = 0;
        while (System.nanoTime() < deadline) {
            List<Path> files = new ArrayList<>();
            List<String> how = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                Path src = corpus.get(rnd.nextInt(corpus.size()));
                String text = new String(Files.readAllBytes(src), StandardCharsets.UTF_8);
                Mutator.Change c = mutator.mutate(text);
                Path f = work.resolve(String.format("%08d.Dockerfile", tried + i));
                Files.writeString(f, c.text(), StandardCharsets.UTF_8);
                files.add(f);
                how.add(src.getFileName() + " " + c.name());
            }
            List<String> answers = ask(oracle, files);
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                byte[] bytes = Files.readAllBytes(f);
                List<OracleComparison.Difference> diffs = new ArrayList<>();
                try {
                    Dockerfile df = DockerfileSyntax.parse(f.toString(), bytes);
                    OracleComparison.compare(f.getFileName().toString(), json.readTree(answers.get(i)), df,
                            linter.lint(df, options), diffs, tally, Set.of());
                } catch (RuntimeException | StackOverflowError e) {
                    crashes.add(how.get(i) + ": " + e);
                    Files.copy(f, out.resolve("crash-" + f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                for (OracleComparison.Difference d : diffs) {
                    for (String cls : classes(d)) {
                        counts.merge(cls, 1, Integer::sum);
                        String slug = cls.replaceAll("[^A-Za-z0-9]+", "-");
                        if (slug.length() > 80) slug = slug.substring(0, 80);
                        if (bytes.length < exampleSize.getOrDefault(cls, Integer.MAX_VALUE)) {
                            exampleSize.put(cls, bytes.length);
                            Files.write(out.resolve(slug + ".Dockerfile"), bytes);
                            Files.writeString(out.resolve(slug + ".txt"), cls + "\n" + how.get(i) + "\n" + d.aspect()
                                    + "\nBuildKit: " + d.buildkit() + "\ndflint: " + d.dflint() + "\n", StandardCharsets.UTF_8);
                        }
                    }
                }
                Files.delete(f);
            }
            tried += files.size();
            batches++;
        }
        List<String> summary = new ArrayList<>();
        summary.add(String.format("seed %d: %d mutants in %d batches, %.1f minutes; parse %d/%d agree; refused conversions found %d/%d"
                        + " (in stages %d/%d); --check pairs %d/%d; targets %d/%d; %d crashes", seed, tried, batches,
                (System.nanoTime() - started) / 60e9, tally.parseAgree, tally.files,
                tally.refusedFound, tally.refused, tally.refusedInStages, tally.refusedForStages, tally.checkPairsAgree, tally.checkPairs, tally.targetsAgree, tally.targets,
                crashes.size()));
        counts.forEach((k, v) -> summary.add(String.format("%7d  %s", v, k)));
        summary.addAll(crashes);
        Files.write(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        // one line per run, kept across runs: what the fuzzing has covered so far
        Files.writeString(out.resolve("runs.txt"), summary.get(0) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        summary.forEach(System.out::println);
        assertEquals(List.of(), crashes);
    }

    /** BuildKit's answers for a batch, one JSON line per file, in order. */
    static List<String> ask(Path oracle, List<Path> files) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(oracle.toString(), "-j", String.valueOf(Runtime.getRuntime().availableProcessors()), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream in = p.getOutputStream()) {
            for (Path f : files) in.write((f + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) lines.add(l);
        }
        p.waitFor();
        if (lines.size() != files.size()) throw new IOException("dforacle answered " + lines.size() + " of " + files.size());
        return lines;
    }

    /** The classes a difference falls in: its aspect and the shape of what differed, numbers and names left out. */
    static List<String> classes(OracleComparison.Difference d) {
        String aspect = d.aspect().startsWith("stages:") ? "stages" : d.aspect();
        List<String> out = new ArrayList<>();
        switch (aspect) {
            case "checks": {
                for (String side : List.of("buildkit", "dflint")) {
                    String text = side.equals("buildkit") ? d.buildkit() : d.dflint();
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\w+)@\\d+").matcher(text);
                    java.util.Set<String> rules = new java.util.TreeSet<>();
                    while (m.find()) rules.add(m.group(1));
                    for (String r : rules) out.add("checks only " + side + ": " + r);
                }
                break;
            }
            case "conversion":
                if (d.dflint().startsWith("refuses it: ")) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("DF\\d{4}").matcher(d.dflint());
                    java.util.Set<String> rules = new java.util.TreeSet<>();
                    while (m.find()) rules.add(m.group());
                    out.add("conversion: BuildKit converts, dflint refuses with " + rules);
                    break;
                }
                out.add(aspect + ": BuildKit " + shape(d.buildkit()) + " / dflint " + shape(d.dflint()));
                break;
            default:
                out.add(aspect + ": BuildKit " + shape(d.buildkit()) + " / dflint " + shape(d.dflint()));
        }
        return out;
    }

    private static String shape(String s) {
        String t = s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"").replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N")
                .replaceAll("\\[[^\\]]*\\]", "[…]");
        return t.length() > 90 ? t.substring(0, 90) : t;
    }
}
