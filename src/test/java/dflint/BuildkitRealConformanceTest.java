package dflint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.rules.Rules;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * dflint against the real BuildKit: for every corpus file, BuildKit's own answer (v0.32.2's
 * frontend as {@code dforacle}, recorded in ../shared/conformance/buildkit-real/corpus.jsonl)
 * compared with dflint's on
 * <ul>
 *   <li><b>parse</b>: BuildKit refuses to parse the file exactly when dflint reports DF0001;</li>
 *   <li><b>conversion</b>: when BuildKit parses but refuses to convert the file, dflint has an
 *       error finding at a line BuildKit names; when it converts, dflint has no conversion finding;</li>
 *   <li><b>checks</b>: the (check, line) pairs of {@code docker build --check} equal dflint's findings
 *       that carry those check names (files BuildKit refuses are left out: its list is partial);</li>
 *   <li><b>stages:T</b>: for every target T, the stages BuildKit dispatches equal the ones
 *       {@code dflint stages} says, and BuildKit's error for T is among dflint's.</li>
 * </ul>
 * Every difference is listed with its reason in testdata/conformance/buildkit-real-differences.md;
 * the test fails on one that is not listed and on a listed one that no longer differs.
 */
class BuildkitRealConformanceTest {
    static final Path DIFFERENCES = Path.of("testdata", "conformance", "buildkit-real-differences.md");

    @Test
    void corpusAgreesWithRealBuildkitOrIsDocumented() throws IOException {
        Path shared = SharedData.require("conformance/buildkit-real");
        Path corpus = SharedData.require("corpus");
        ObjectMapper json = new ObjectMapper();
        Linter linter = new Linter(Rules.all());
        LintOptions options = OracleComparison.lintOptions();

        Map<String, String> documented = documentedDifferences();
        List<OracleComparison.Difference> differences = new ArrayList<>();
        OracleComparison.Tally t = new OracleComparison.Tally();
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode answer = json.readTree(line);
                String name = answer.get("file").asText();
                Dockerfile df = DockerfileSyntax.parse(name, Files.readAllBytes(corpus.resolve(name)));
                OracleComparison.compare(name.replaceFirst("^files/", "").replaceFirst("\\.Dockerfile$", ""), answer, df, linter.lint(df, options), differences, t,
                        documented.keySet());
            }
        }

        // every difference, listed or not, for whoever updates the table
        Files.createDirectories(Path.of("target"));
        List<String> all = new ArrayList<>();
        for (OracleComparison.Difference d : differences) {
            all.add("| " + d.file() + " | " + d.aspect() + " | " + d.buildkit().replace("|", "\\|") + " | "
                    + d.dflint().replace("|", "\\|") + " | " + documented.getOrDefault(d.key(), "?") + " |");
        }
        Files.write(Path.of("target", "buildkit-real-differences.txt"), all, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (OracleComparison.Difference d : differences) {
            seen.add(d.key());
            if (!documented.containsKey(d.key())) {
                problems.add(d.key() + ": BuildKit " + d.buildkit() + "; dflint " + d.dflint());
            }
        }
        for (String listed : documented.keySet()) {
            if (!seen.contains(listed)) problems.add(listed + " is listed in " + DIFFERENCES + " but agrees now: remove the row");
        }
        double checks = t.checkPairs == 0 ? 1 : (t.checkPairsAgree + t.checkPairsDocumented) / (double) t.checkPairs;
        System.out.printf("BuildKit (real) conformance over %d files: parse %d/%d; refused conversions found at BuildKit's line"
                        + " %d/%d (in `stages` %d/%d); --check pairs %d/%d agree (%d more documented, %.2f%%); targets %d/%d agree%n",
                t.files, t.parseAgree, t.files, t.refusedFound, t.refused, t.refusedInStages, t.refusedForStages,
                t.checkPairsAgree, t.checkPairs, t.checkPairsDocumented, 100 * checks, t.targetsAgree, t.targets);
        assertEquals(List.of(), problems.size() > 30 ? problems.subList(0, 30) : problems,
                problems.size() + " differences not as listed (all of them: target/buildkit-real-differences.txt)");
        assertEquals(t.files, t.parseAgree, "parse agreement must be complete");
        assertTrue(t.refusedFound >= Math.ceil(0.95 * t.refused), "refused conversions found: " + t.refusedFound + "/" + t.refused);
        assertTrue(t.refusedInStages >= Math.ceil(0.95 * t.refusedForStages),
                "refused conversions in stages: " + t.refusedInStages + "/" + t.refusedForStages);
        assertTrue(checks >= 0.99, "--check agreement outside documented differences: " + checks);
    }

    /** "file aspect" to reason, from the rows of the differences table: | file | aspect | BuildKit | dflint | why |. */
    static Map<String, String> documentedDifferences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(DIFFERENCES)) return out;
        for (String line : Files.readAllLines(DIFFERENCES, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.startsWith("|") || s.startsWith("|-") || s.startsWith("| -") || s.startsWith("|:")) continue;
            String[] cells = s.substring(1).split("(?<!\\\\)\\|");
            if (cells.length < 5) continue;
            String file = cells[0].strip().replace("`", "");
            if (file.isEmpty() || file.equals("file")) continue;
            out.put(file + " " + cells[1].strip().replace("`", ""), cells[cells.length - 1].strip());
        }
        return out;
    }
}
