package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.graph.FrontendFeatureTable;
import dflint.graph.FrontendVersion;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every row of rules/frontend-features.tsv has its fixtures in testdata/rules/DF1015: bad-KEY pinned to the
 * newest release without the feature, ok-KEY pinned to exactly the first release with it, and the same pair
 * with a -labs suffix for a feature that was in the labs channel first. The markers in those files are
 * checked by RuleFixturesTest; this test checks the pins, that each bad file's finding is about its own
 * feature, and that the doc's table says what the data says.
 */
class FrontendFeatureTableTest {
    static final Path DIR = Path.of("testdata", "rules", "DF1015");
    final Map<String, FrontendFeatureTable.Feature> table = FrontendFeatureTable.builtin();
    final Linter linter = new Linter(Rules.all());

    @Test
    void theTableLoadsFromTheJarWithUniqueKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("rules", "frontend-features.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("key\t")) keys.add(line.split("\t")[0]);
        }
        assertEquals(new ArrayList<>(new LinkedHashSet<>(keys)), keys, "duplicate keys");
        assertEquals(keys, new ArrayList<>(table.keySet()));
        assertTrue(keys.size() >= 30, "the table lost rows: " + keys.size());
        for (FrontendFeatureTable.Feature f : table.values()) {
            assertFalse(f.source().isBlank(), f.key() + " has no source");
            assertFalse(f.effect().isBlank(), f.key() + " has no effect");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRowHasAFixtureOneReleaseTooLowAndOneExactlyHighEnough() {
        List<DynamicTest> tests = new ArrayList<>();
        for (FrontendFeatureTable.Feature f : table.values()) {
            tests.add(DynamicTest.dynamicTest(f.key(), () -> {
                if (f.since() != null) pair(f, f.since(), "", false);
                if (f.labsSince() != null) pair(f, f.labsSince(), "-labs", true);
            }));
        }
        return tests.stream();
    }

    private void pair(FrontendFeatureTable.Feature f, FrontendFeatureTable.Release first, String suffix, boolean labs)
            throws IOException {
        Path ok = DIR.resolve("ok-" + f.key() + suffix + ".Dockerfile");
        assertTrue(Files.exists(ok), "missing " + ok);
        FrontendVersion okPin = pin(ok);
        assertEquals(List.of(first.minor(), first.patch(), labs), List.of(okPin.minor(), okPin.patch(), okPin.labs()),
                ok + " must pin exactly " + first + suffix);
        assertEquals(List.of(), findingsAbout(f, ok), ok + " reports its own feature");

        boolean lowest = first.minor() == 0 && first.patch() == 0;
        Path bad = DIR.resolve("bad-" + f.key() + suffix + ".Dockerfile");
        if (lowest) {
            assertFalse(Files.exists(bad), bad + ": nothing is older than 1.0");
            return;
        }
        assertTrue(Files.exists(bad), "missing " + bad);
        FrontendVersion badPin = pin(bad);
        // one release too low: the previous minor's newest patch, or the previous patch
        int minor = first.patch() == 0 ? first.minor() - 1 : first.minor();
        int patch = first.patch() == 0 ? FrontendVersion.NEWEST : first.patch() - 1;
        assertEquals(List.of(minor, patch, labs), List.of(badPin.minor(), badPin.patch(), badPin.labs()),
                bad + " must pin the release just before " + first + suffix);
        assertFalse(findingsAbout(f, bad).isEmpty(), bad + " does not report " + f.name());
    }

    private static FrontendVersion pin(Path fixture) throws IOException {
        String first = Files.readAllLines(fixture).get(0);
        assertTrue(first.startsWith("# syntax="), fixture + " must start with its # syntax= pin");
        FrontendVersion v = FrontendVersion.parse(first.substring("# syntax=".length()));
        assertTrue(v != null, fixture + ": unreadable pin " + first);
        return v;
    }

    /** The DF1015 findings of a fixture that name this row's feature. */
    private List<String> findingsAbout(FrontendFeatureTable.Feature f, Path fixture) throws IOException {
        String text = Files.readString(fixture);
        Dockerfile df = DockerfileSyntax.parse(fixture.toString(), text);
        // the row's own wording and release, not a longer row that ends the same way
        Pattern about = Pattern.compile(Pattern.quote(f.name() + " needs Dockerfile frontend " + f.needed()) + "(?![\\d.])");
        List<String> out = new ArrayList<>();
        for (Finding finding : linter.lint(df, LintOptions.builder().build())) {
            if (finding.ruleId().equals("DF1015") && about.matcher(finding.message()).find()) out.add(finding.message());
        }
        return out;
    }

    @Test
    void everyFixtureBelongsToARow() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (FrontendFeatureTable.Feature f : table.values()) {
            for (String kind : new String[] {"bad-", "ok-"}) {
                names.add(kind + f.key() + ".Dockerfile");
                names.add(kind + f.key() + "-labs.Dockerfile");
            }
        }
        try (Stream<Path> s = Files.list(DIR)) {
            List<String> strays = s.map(p -> p.getFileName().toString()).filter(n -> !names.contains(n)).sorted().toList();
            assertEquals(List.of(), strays);
        }
    }

    @Test
    void theDetectorNamesOnlyKeysOfTheTableAndEveryKeyIsDetected() throws IOException {
        Set<String> detected = new LinkedHashSet<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.sorted().toList()) {
                Dockerfile df = DockerfileSyntax.parse(p.toString(), Files.readString(p));
                for (FrontendFeatures.Use u : FrontendFeatures.of(df)) detected.add(u.key());
            }
        }
        Set<String> unknown = new LinkedHashSet<>(detected);
        unknown.removeAll(table.keySet());
        assertEquals(Set.of(), unknown, "the detector emits keys the table lacks");
        assertEquals(table.keySet(), detected);
    }

    @Test
    void theDocTableSaysWhatTheDataSays() throws IOException {
        String doc = Files.readString(Path.of("rules", "DF1015.md"));
        List<String> rows = doc.lines().filter(l -> l.startsWith("| `")).toList();
        List<String> expected = table.values().stream()
                .map(f -> "`" + f.key() + "`|" + (f.since() == null ? "-" : f.since()) + "|"
                        + (f.labsSince() == null ? "-" : f.labsSince()))
                .collect(Collectors.toList());
        List<String> actual = new ArrayList<>();
        for (String r : rows) {
            String[] c = r.split("(?<!\\\\)\\|");
            actual.add(c[1].trim() + "|" + c[3].trim() + "|" + c[4].trim());
        }
        assertEquals(expected, actual);
    }
}
