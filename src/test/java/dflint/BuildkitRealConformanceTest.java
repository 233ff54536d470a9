package dflint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.BuildSimulation;
import dflint.graph.Conversion;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
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

    /** Rules that report what BuildKit refuses after parsing. */
    static final Set<String> CONVERSION_RULES = Set.of("DF1002", "DF1003", "DF1004", "DF1005", "DF1011", "DF1012",
            "DF1016", "DF1017", "DF1018", "DF1019", "DF1020", "DF1021", "DF1022", "DF1023", "DF3011", "DF3061");
    /** Of those, the ones that only ever report a conversion error: none may fire where BuildKit converts. */
    static final Set<String> REFUSING_RULES = Set.of("DF1002", "DF1003", "DF1004", "DF1005", "DF1011", "DF1012",
            "DF1016", "DF1017", "DF1018", "DF1019", "DF1020", "DF1021", "DF1022", "DF1023");

    /** One comparison that came out different: file, aspect (parse, conversion, checks, stages:T), both answers. */
    record Difference(String file, String aspect, String buildkit, String dflint) {
        String key() {
            return file + " " + aspect;
        }
    }

    /** Tallies for the summary line and the thresholds. */
    static final class Tally {
        int files, parseAgree, refused, refusedFound, checkPairsAgree, checkPairs, checkPairsDocumented;
        int targets, targetsAgree;
    }

    @Test
    void corpusAgreesWithRealBuildkitOrIsDocumented() throws IOException {
        Path shared = SharedData.require("conformance/buildkit-real");
        Path corpus = SharedData.require("corpus");
        ObjectMapper json = new ObjectMapper();
        Linter linter = new Linter(Rules.all());
        // what a plain `dflint lint` reports, with templates linted as they are and BuildKit's experimental check on
        LintOptions.Builder b = LintOptions.builder();
        b.ignore.add("DF0002");
        b.enable.add("DF2016");
        LintOptions options = b.build();

        Map<String, String> documented = documentedDifferences();
        List<Difference> differences = new ArrayList<>();
        Tally t = new Tally();
        try (BufferedReader in = Files.newBufferedReader(shared.resolve("corpus.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode answer = json.readTree(line);
                String name = answer.get("file").asText();
                Dockerfile df = DockerfileSyntax.parse(name, Files.readAllBytes(corpus.resolve(name)));
                compare(name.replaceFirst("^files/", "").replaceFirst("\\.Dockerfile$", ""), answer, df, linter.lint(df, options), differences, t,
                        documented);
            }
        }

        // every difference, listed or not, for whoever updates the table
        Files.createDirectories(Path.of("target"));
        List<String> all = new ArrayList<>();
        for (Difference d : differences) {
            all.add("| " + d.file() + " | " + d.aspect() + " | " + d.buildkit().replace("|", "\\|") + " | "
                    + d.dflint().replace("|", "\\|") + " | " + documented.getOrDefault(d.key(), "?") + " |");
        }
        Files.write(Path.of("target", "buildkit-real-differences.txt"), all, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Difference d : differences) {
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
                        + " %d/%d; --check pairs %d/%d agree (%d more documented, %.2f%%); targets %d/%d agree%n",
                t.files, t.parseAgree, t.files, t.refusedFound, t.refused, t.checkPairsAgree, t.checkPairs,
                t.checkPairsDocumented, 100 * checks, t.targetsAgree, t.targets);
        assertEquals(List.of(), problems.size() > 30 ? problems.subList(0, 30) : problems,
                problems.size() + " differences not as listed (all of them: target/buildkit-real-differences.txt)");
        assertEquals(t.files, t.parseAgree, "parse agreement must be complete");
        assertTrue(t.refusedFound >= Math.ceil(0.95 * t.refused), "refused conversions found: " + t.refusedFound + "/" + t.refused);
        assertTrue(checks >= 0.99, "--check agreement outside documented differences: " + checks);
    }

    private static void compare(String file, JsonNode answer, Dockerfile df, List<Finding> findings,
                                List<Difference> out, Tally t, Map<String, String> documented) throws IOException {
        t.files++;
        JsonNode lintError = answer.get("lint").get("error");
        boolean bkParse = !answer.get("parse").get("ok").asBoolean() || answer.hasNonNull("stages_error");
        boolean dfParse = findings.stream().anyMatch(f -> f.ruleId().equals("DF0001") || f.ruleId().equals("DF3061"));
        if (bkParse == dfParse) {
            t.parseAgree++;
        } else {
            out.add(new Difference(file, "parse", bkParse ? "refuses to parse: " + text(lintError) : "parses",
                    dfParse ? "reports DF0001" : "reports no DF0001"));
        }
        if (bkParse) return;

        // conversion
        if (lintError != null) {
            t.refused++;
            List<Integer> lines = new ArrayList<>();
            if (lintError.has("ranges")) {
                for (JsonNode r : lintError.get("ranges")) {
                    for (int l = r.get(0).asInt(); l <= r.get(2).asInt(); l++) lines.add(l);
                }
            }
            boolean found = findings.stream().anyMatch(f -> CONVERSION_RULES.contains(f.ruleId())
                    && f.severity() == dflint.engine.Severity.ERROR && (lines.isEmpty() || lines.contains(f.line())));
            if (found) {
                t.refusedFound++;
            } else {
                out.add(new Difference(file, "conversion", "refuses: " + text(lintError) + " at " + lines,
                        "no conversion error there"));
            }
        } else {
            List<String> wrong = new ArrayList<>();
            for (Finding f : findings) {
                if (REFUSING_RULES.contains(f.ruleId())) wrong.add(f.line() + " " + f.ruleId());
            }
            if (!wrong.isEmpty()) out.add(new Difference(file, "conversion", "converts the file", "refuses it: " + wrong));
        }

        // checks, when BuildKit's list is complete
        if (lintError == null) {
            Set<String> bk = new TreeSet<>();
            for (JsonNode w : answer.get("lint").get("warnings")) {
                // a warning on a continued instruction has one range per line: it counts once, at its first
                JsonNode r = w.get("ranges");
                if (r != null && r.size() > 0) bk.add(w.get("rule").asText() + "@" + r.get(0).get(0).asInt());
            }
            Set<String> names = checkNames();
            Set<String> dl = new TreeSet<>();
            for (Finding f : findings) {
                for (String a : f.aliases()) if (names.contains(a)) dl.add(a + "@" + f.line());
            }
            Set<String> union = new TreeSet<>(bk);
            union.addAll(dl);
            Set<String> both = new TreeSet<>(bk);
            both.retainAll(dl);
            t.checkPairs += union.size();
            t.checkPairsAgree += both.size();
            if (!bk.equals(dl)) {
                Set<String> onlyBk = new TreeSet<>(bk);
                onlyBk.removeAll(dl);
                Set<String> onlyDf = new TreeSet<>(dl);
                onlyDf.removeAll(bk);
                Difference d = new Difference(file, "checks", "only " + onlyBk, "only " + onlyDf);
                out.add(d);
                if (documented.containsKey(d.key())) t.checkPairsDocumented += union.size() - both.size();
            }
        }

        // every target
        StageGraph plain = StageGraph.build(df);
        for (JsonNode s : answer.get("stages")) {
            t.targets++;
            int index = s.get("index").asInt();
            String method = s.get("target_method").asText();
            Set<Integer> expected = new TreeSet<>();
            for (JsonNode i : s.get("reachable")) expected.add(i.asInt());
            String bkError = s.hasNonNull("error") ? s.get("error").asText() : null;
            Set<Integer> actual = new TreeSet<>();
            List<String> errors = new ArrayList<>();
            if (index >= plain.stages().size()) {
                out.add(new Difference(file, "stages:" + index, "has stage " + index, "has " + plain.stages().size() + " stages"));
                continue;
            }
            if (method.equals("renamed")) {
                // an unnamed or shadowed stage cannot be a target by name: ask the graph directly
                Stage target = plain.stage(index);
                for (Stage r : plain.reachableFrom(target)) actual.add(r.index());
                for (Conversion.Error e : plain.conversion().errors()) {
                    if (e.scope() == Conversion.Scope.FILE || actual.contains(e.stage())) errors.add(e.message());
                }
                if (plain.cycleStage() != null) errors.add("circular dependency detected on stage: " + plain.cycleStage().displayName());
                for (var r : plain.refs()) if (r.error() != null && actual.contains(r.owner())) errors.add(r.error());
            } else {
                StageGraph g = method.equals("default") ? plain : StageGraph.build(df, List.of(s.get("name").asText()), Map.of());
                BuildSimulation.Result bk = g.simulation().buildkit();
                actual.addAll(bk.executedIndices());
                for (BuildSimulation.BuildError e : bk.errors()) errors.add(e.message());
            }
            String target = method.equals("default") ? "default" : method.equals("name") ? s.get("name").asText() : "#" + index;
            // a target BuildKit cannot convert has no stage set to compare
            boolean setsAgree = bkError != null || expected.equals(actual);
            boolean errorAgrees = bkError == null ? errors.isEmpty()
                    : errors.stream().anyMatch(m -> sameError(m, bkError));
            if (setsAgree && errorAgrees) {
                t.targetsAgree++;
            } else {
                out.add(new Difference(file, "stages:" + target,
                        "runs " + expected + (bkError == null ? "" : ", fails: " + bkError),
                        "runs " + actual + (errors.isEmpty() ? "" : ", errors: " + errors)));
            }
        }
    }

    /** The same error, allowing for the names the oracle gives stages it has to rename to build them. */
    static boolean sameError(String dflint, String buildkit) {
        return normalize(dflint).equals(normalize(buildkit));
    }

    private static String normalize(String m) {
        return m.replaceAll("current stage \"[^\"]*\"", "current stage \"?\"");
    }

    private static String text(JsonNode error) {
        return error == null ? "(no error)" : error.get("message").asText();
    }

    private static Set<String> checkNames;

    /** BuildKit's check names, from its rule list beside its lint test cases. */
    static synchronized Set<String> checkNames() throws IOException {
        if (checkNames == null) {
            Set<String> out = new TreeSet<>();
            Path rules = SharedData.require("conformance/buildkit-lint").resolve("rules.json");
            for (JsonNode r : new ObjectMapper().readTree(rules.toFile())) out.add(r.get("name").asText());
            checkNames = out;
        }
        return checkNames;
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
