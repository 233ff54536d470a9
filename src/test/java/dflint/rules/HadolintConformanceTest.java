package dflint.rules;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * hadolint's own rule tests as data (../shared/conformance/hadolint/cases.json):
 * a {@code catches} case needs a finding carrying the case's DL code as an alias,
 * a {@code passes} case none. Every case where dflint decides otherwise must be
 * listed, with its reason, in testdata/conformance/hadolint-differences.md, and
 * a listed case that agrees again fails too, so the list stays exact.
 */
class HadolintConformanceTest {
    static final Path DIFFERENCES = Path.of("testdata", "conformance", "hadolint-differences.md");

    /** One row of the differences table: hadolint's verdict and dflint's. */
    record Listed(String hadolint, String dflint, String why) {}

    record Outcome(String id, String rule, String expected, String actual) {
        boolean agrees() {
            return expected.equals(actual);
        }
    }

    @Test
    void agreesWithHadolintExceptWhereDocumented() throws IOException {
        Path cases = SharedData.require("conformance/hadolint/cases.json");
        JsonNode all = new ObjectMapper().readTree(cases.toFile());
        Linter linter = new Linter(Rules.all());
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode c : all) {
            if (c.path("fragile").asBoolean(false)) continue;
            outcomes.add(run(linter, c));
        }
        Map<String, Listed> listed = readDifferences();
        List<String> problems = new ArrayList<>();
        Map<String, int[]> perRule = new TreeMap<>();
        int agree = 0;
        for (Outcome o : outcomes) {
            int[] counts = perRule.computeIfAbsent(o.rule(), k -> new int[2]);
            counts[1]++;
            if (o.agrees()) {
                agree++;
                counts[0]++;
            }
            Listed l = listed.remove(o.id());
            if (o.agrees() && l != null) {
                problems.add(o.id() + " is listed as a difference but now agrees (" + o.actual() + "): remove its row");
            } else if (!o.agrees() && l == null) {
                problems.add(o.id() + ": hadolint " + o.expected() + ", dflint " + o.actual() + " — not in " + DIFFERENCES);
            } else if (!o.agrees() && !(l.hadolint().equals(o.expected()) && l.dflint().equals(o.actual()))) {
                problems.add(o.id() + ": the table says hadolint " + l.hadolint() + " / dflint " + l.dflint()
                        + " but it is hadolint " + o.expected() + " / dflint " + o.actual());
            }
        }
        for (String id : listed.keySet()) problems.add(id + " is listed in " + DIFFERENCES + " but is not a case");
        double share = 100.0 * agree / outcomes.size();
        StringBuilder summary = new StringBuilder(String.format("hadolint conformance: %d of %d cases agree (%.1f%%)%n",
                agree, outcomes.size(), share));
        perRule.forEach((rule, n) -> {
            if (n[0] < n[1]) summary.append("  ").append(rule).append(": ").append(n[0]).append('/').append(n[1]).append('\n');
        });
        System.out.print(summary);
        if (!problems.isEmpty()) fail(summary + String.join("\n", problems));
        assertTrue(share >= 97.0, summary.toString());
    }

    static Outcome run(Linter linter, JsonNode c) {
        String rule = c.get("rule").asText();
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add(rule);
        JsonNode config = c.path("config");
        for (JsonNode r : config.path("trustedRegistries")) b.trustedRegistries.add(r.asText());
        config.path("label-schema").properties().forEach(e -> b.labelSchema.put(e.getKey(), e.getValue().asText()));
        b.strictLabels = config.path("strict-labels").asBoolean(false);
        for (JsonNode r : config.path("ignored")) b.ignore.add(r.asText());
        List<Finding> findings = linter.lint(DockerfileSyntax.parse("Dockerfile", c.get("dockerfile").asText()), b.build());
        boolean caught = false;
        for (Finding f : findings) {
            for (String alias : f.aliases()) caught |= alias.equalsIgnoreCase(rule);
        }
        return new Outcome(c.get("id").asText(), rule, c.get("expect").asText(), caught ? "catches" : "passes");
    }

    /** Rows {@code | DL3002-008 | catches | passes | why |} of the differences table, by case id. */
    static Map<String, Listed> readDifferences() throws IOException {
        Map<String, Listed> out = new LinkedHashMap<>();
        if (!Files.exists(DIFFERENCES)) return out;
        for (String line : Files.readAllLines(DIFFERENCES, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) continue;
            String[] cells = line.split("\\|");
            if (cells.length < 5) continue;
            String id = cells[1].trim();
            if (!id.matches("DL\\d{4}-\\d{3}")) continue;
            if (out.put(id, new Listed(cells[2].trim(), cells[3].trim(), cells[4].trim())) != null) {
                throw new AssertionError(id + " is listed twice in " + DIFFERENCES);
            }
        }
        return out;
    }
}
