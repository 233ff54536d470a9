package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.OracleComparison;
import dflint.SharedData;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.StageGraph;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Variable expansion held against BuildKit itself, run by hand: generated words of pattern
 * modifiers ({@code ${V#p}}, {@code %}, {@code /}, {@code //}), defaults and alternatives
 * ({@code :- - :+ +}), nested references, quotes and escapes. BuildKit's frontend does not print
 * what a word expands to, but its stage sets show it: each file ends with {@code FROM s<word>},
 * and a stage before it is named after what dflint expands the word to, so BuildKit builds that
 * stage for the last one exactly when it expands the word the same way (or it refuses the file,
 * which is compared too). Everything else {@link OracleComparison} compares is compared as well.
 *
 * <pre>
 * mvn -B test -Dtest=SubstitutionDifferentialTest -Ddflint.oracle.words=3000 [-Ddflint.oracle.seed=N]
 * </pre>
 *
 * Prints a summary, keeps an example of each kind of disagreement in target/oracle-words/, and
 * fails when any file disagrees.
 */
class SubstitutionDifferentialTest {
    private static final String PLACEHOLDER = "zzplaceholder";
    /** A stage name that is also one component of an image name: alphanumerics joined by '.', '_', '__' or dashes. */
    private static final String STAGE_AND_IMAGE_NAME = "[a-z][a-z0-9]*(?:(?:[._]|__|-+)[a-z0-9]+)*";

    @Test
    void expansionsAgreeWithBuildkit() throws IOException, InterruptedException {
        String words = System.getProperty("dflint.oracle.words");
        Assumptions.assumeTrue(words != null, "runs on demand: -Ddflint.oracle.words=N");
        Path oracle = SharedData.require("tools/buildkit-oracle").resolve("dforacle");
        long seed = Long.getLong("dflint.oracle.seed", System.currentTimeMillis());
        Random rnd = new Random(seed);
        Path work = Files.createTempDirectory("dflint-oracle-words");
        Path out = Files.createDirectories(Path.of("target", "oracle-words"));
        Linter linter = new Linter(Rules.all());
        LintOptions options = OracleComparison.lintOptions();
        ObjectMapper json = new ObjectMapper();

        int n = Integer.parseInt(words);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // a third of the files escape with a backquote; a third of the words reach FROM through an ARG
            boolean backquote = rnd.nextInt(3) == 0;
            String value = text(rnd, "abc-", 0, 6);
            String word = word(rnd, 0, backquote ? '`' : '\\');
            String head = (backquote ? "# escape=`\n" : "") + "ARG V=" + value + "\nARG P=\"" + text(rnd, "ab*?", 0, 3) + "\"\nARG E=\n";
            String from = "s" + word;
            if (rnd.nextInt(3) == 0) {
                head += "ARG W=" + word + "\n";
                from = "s${W}";
            }
            String tail = "RUN echo\nFROM " + from + "\nRUN echo\n";
            // first pass: what dflint makes of the word, as the stage graph reads FROM
            String draft = head + "FROM alpine AS " + PLACEHOLDER + "\n" + tail;
            StageGraph g = StageGraph.build(DockerfileSyntax.parse("draft", draft));
            String base = g.lastStage().baseExpanded();
            // a stage name that is no valid image name draws BuildKit's InvalidDefaultArgInFrom even on
            // a literal FROM of that stage, which builds; dflint leaves that out (not this test's question)
            String name = base != null && base.matches(STAGE_AND_IMAGE_NAME) ? base : PLACEHOLDER;
            Path f = work.resolve(String.format("%06d.Dockerfile", i));
            Files.writeString(f, head + "FROM alpine AS " + name + "\n" + tail, StandardCharsets.UTF_8);
            files.add(f);
        }

        List<String> answers = OracleDifferentialTest.ask(oracle, files);
        Map<String, Integer> counts = new TreeMap<>();
        OracleComparison.Tally tally = new OracleComparison.Tally();
        int disagreeing = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            byte[] bytes = Files.readAllBytes(f);
            Dockerfile df = DockerfileSyntax.parse(f.toString(), bytes);
            List<OracleComparison.Difference> diffs = new ArrayList<>();
            OracleComparison.compare(f.getFileName().toString(), json.readTree(answers.get(i)), df, linter.lint(df, options),
                    diffs, tally, Set.of());
            if (!diffs.isEmpty()) disagreeing++;
            for (OracleComparison.Difference d : diffs) {
                for (String cls : OracleDifferentialTest.classes(d)) {
                    if (counts.merge(cls, 1, Integer::sum) == 1) {
                        String slug = cls.replaceAll("[^A-Za-z0-9]+", "-");
                        Files.write(out.resolve((slug.length() > 80 ? slug.substring(0, 80) : slug) + ".Dockerfile"), bytes);
                    }
                }
            }
            Files.delete(f);
        }
        List<String> summary = new ArrayList<>();
        summary.add(String.format("seed %d: %d words; %d files disagree; targets %d/%d agree", seed, n, disagreeing,
                tally.targetsAgree, tally.targets));
        counts.forEach((k, v) -> summary.add(String.format("%7d  %s", v, k)));
        Files.write(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        summary.forEach(System.out::println);
        assertEquals(0, disagreeing, String.join("\n", summary));
    }

    /** A word of one to three pieces, written with this escape character. */
    private static String word(Random rnd, int depth, char escape) {
        StringBuilder b = new StringBuilder();
        int pieces = 1 + rnd.nextInt(3);
        for (int i = 0; i < pieces; i++) b.append(piece(rnd, depth, escape));
        return b.toString();
    }

    private static String piece(Random rnd, int depth, char escape) {
        String inner = depth < 2 ? word(rnd, depth + 1, escape) : "a";
        switch (rnd.nextInt(12)) {
            case 0: return text(rnd, "abc-", 1, 3);
            case 1: return "$V";
            case 2: return "${V}";
            case 3: return "${U:-" + inner + "}";
            case 4: return "${V:+" + inner + "}";
            case 5: return "${E:-" + inner + "}";
            case 6: return "${E-" + inner + "}";
            case 7: return "\"" + text(rnd, "ab", 0, 2) + (rnd.nextBoolean() ? "$V" : "") + "\"";
            case 8: return "'" + text(rnd, "ab", 0, 2) + "'";
            case 9: return escape + new String[] {"a", "-", "$V", String.valueOf(escape), "*"}[rnd.nextInt(5)];
            default: {
                String op = new String[] {"#", "##", "%", "%%", "/", "//"}[rnd.nextInt(6)];
                String pattern = pattern(rnd, escape);
                if (!op.startsWith("/")) return "${V" + op + pattern + "}";
                String replacement = new String[] {"", "a", "${P}", "\"b\"", "ab"}[rnd.nextInt(5)];
                return "${V" + op + pattern + "/" + replacement + "}";
            }
        }
    }

    /** A pattern of literal text, stars, question marks, ${P}, quotes and escapes (a backslash is the pattern's own). */
    private static String pattern(Random rnd, char escape) {
        StringBuilder b = new StringBuilder();
        int parts = rnd.nextInt(4);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(7)) {
                case 0: b.append("${P}"); break;
                case 1: b.append('"').append(text(rnd, "ab*?", 0, 2)).append('"'); break;
                case 2: b.append('\'').append(text(rnd, "ab*?", 0, 2)).append('\''); break;
                case 3: b.append(new String[] {"\\*", "\\?", "\\\\", "\\}", "\\/", escape + "*"}[rnd.nextInt(6)]); break;
                default: b.append(text(rnd, "ab*?-", 1, 2));
            }
        }
        return b.toString();
    }

    private static String text(Random rnd, String alphabet, int min, int max) {
        StringBuilder b = new StringBuilder();
        int n = min + rnd.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        return b.toString();
    }
}
