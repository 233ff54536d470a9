package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dflint.SharedData;
import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.Instruction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * BuildKit's own lint test cases (../shared/conformance/buildkit-lint/cases.json):
 * for each case, the findings that carry a BuildKit check name must be exactly
 * the (check, line) pairs BuildKit reports under {@code docker build --check},
 * with the case's build args and .dockerignore; where the case also records
 * what a normal build of the last stage reports (expected_build), linting with
 * that stage as the target must report exactly that. Every case that differs is
 * listed, with the reason, in testdata/conformance/buildkit-lint-differences.md;
 * a listed case that now agrees fails too, so the list stays true.
 */
class BuildkitLintConformanceTest {
    static final Path DIFFERENCES = Path.of("testdata", "conformance", "buildkit-lint-differences.md");
    static final double REQUIRED_AGREEMENT = 0.97;

    /** {@code build} compares a normal build of the last stage, for the cases that record one (expected_build). */
    record Outcome(String name, Set<String> expected, Set<String> actual, Outcome build) {
        boolean agrees() {
            return expected.equals(actual);
        }
    }

    @Test
    void casesAgreeWithBuildkitOrAreDocumented() throws IOException {
        Path dir = SharedData.require("conformance/buildkit-lint");
        ObjectMapper json = new ObjectMapper();
        JsonNode cases = json.readTree(dir.resolve("cases.json").toFile());
        Set<String> checkNames = new HashSet<>();
        for (JsonNode r : json.readTree(dir.resolve("rules.json").toFile())) checkNames.add(r.get("name").asText());
        Map<String, String> documented = documentedDifferences();

        Linter linter = new Linter(Rules.all());
        Path work = Files.createTempDirectory("dflint-buildkit-lint");
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (JsonNode c : cases) outcomes.add(run(linter, c, checkNames, work));
        } finally {
            deleteTree(work);
        }

        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int agree = 0;
        for (Outcome o : outcomes) {
            names.add(o.name());
            if (o.agrees()) {
                agree++;
                if (documented.containsKey(o.name())) {
                    problems.add(o.name() + " is listed in " + DIFFERENCES + " but now agrees with BuildKit: remove the row");
                }
            } else if (!documented.containsKey(o.name())) {
                problems.add(o.name() + ": BuildKit reports " + o.expected() + ", dflint reports " + o.actual());
            }
        }
        for (String listed : documented.keySet()) {
            if (!names.contains(listed)) problems.add(DIFFERENCES + " lists " + listed + ", which is no case");
        }
        for (Outcome o : outcomes) {
            if (o.build() != null && !o.build().agrees()) {
                problems.add(o.name() + " built for its last stage: BuildKit reports " + o.build().expected()
                        + ", dflint reports " + o.build().actual());
            }
        }
        System.out.printf("BuildKit lint conformance: %d of %d cases agree exactly%n", agree, outcomes.size());
        assertEquals(List.of(), problems);
        assertTrue(agree >= Math.ceil(REQUIRED_AGREEMENT * outcomes.size()),
                agree + " of " + outcomes.size() + " cases agree; at least " + (int) (REQUIRED_AGREEMENT * 100) + "% must");
    }

    private static Outcome run(Linter linter, JsonNode c, Set<String> checkNames, Path work) throws IOException {
        String name = c.get("name").asText();
        Path caseDir = Files.createDirectories(work.resolve(name));
        Path dockerfile = caseDir.resolve("Dockerfile");
        String text = c.get("dockerfile").asText();
        Files.writeString(dockerfile, text, StandardCharsets.UTF_8);
        if (c.hasNonNull("dockerignore")) {
            Files.writeString(caseDir.resolve(".dockerignore"), c.get("dockerignore").asText(), StandardCharsets.UTF_8);
        }
        LintOptions.Builder b = LintOptions.builder();
        if (c.hasNonNull("build_args")) {
            Map<String, String> args = new LinkedHashMap<>();
            c.get("build_args").properties().forEach(e -> args.put(e.getKey(), e.getValue().asText()));
            b.buildArgs.putAll(args);
        }
        Dockerfile df = DockerfileSyntax.parse(dockerfile.toString(), text);
        Outcome build = null;
        if (c.hasNonNull("expected_build")) {
            // a normal build dispatches only what its target reaches: the last stage here
            String last = null;
            for (Instruction i : df.instructions()) {
                if (i instanceof Instruction.From f) last = f.stageNameOrNull();
            }
            LintOptions.Builder t = b.build().toBuilder();
            if (last != null) t.targets.add(last);
            build = new Outcome(name, warnings(c.get("expected_build")), checks(linter, df, t.build(), checkNames), null);
        }
        return new Outcome(name, warnings(c.get("expected")), checks(linter, df, b.build(), checkNames), build);
    }

    private static Set<String> warnings(JsonNode list) {
        Set<String> out = new TreeSet<>();
        for (JsonNode w : list) out.add(w.get("rule").asText() + "@" + w.get("line").asInt());
        return out;
    }

    private static Set<String> checks(Linter linter, Dockerfile df, LintOptions options, Set<String> checkNames) {
        Set<String> out = new TreeSet<>();
        for (Finding f : linter.lint(df, options)) {
            for (String alias : f.aliases()) {
                if (checkNames.contains(alias)) out.add(alias + "@" + f.line());
            }
        }
        return out;
    }

    /** Case name to reason, from the first column and the last column of the table rows. */
    static Map<String, String> documentedDifferences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(DIFFERENCES)) return out;
        for (String line : Files.readAllLines(DIFFERENCES, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.startsWith("|") || t.startsWith("|-") || t.startsWith("| -") || t.startsWith("|:")) continue;
            String[] cells = t.substring(1).split("\\|");
            if (cells.length < 4) continue;
            String name = cells[0].strip().replace("`", "");
            if (name.isEmpty() || name.equalsIgnoreCase("case")) continue;
            out.put(name, cells[cells.length - 1].strip());
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
