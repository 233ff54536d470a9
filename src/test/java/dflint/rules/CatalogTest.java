package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dflint.engine.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue is consistent: unique names, a doc and fixtures for every rule, nothing orphaned. */
class CatalogTest {
    static final List<String> HEADINGS = List.of("## What it does", "## Why it matters", "## Example",
            "## Options", "## Suppression");

    @Test
    void idsSlugsAndAliasesAreUnique() {
        Map<String, String> seen = new HashMap<>();
        for (RuleDescriptor r : Rules.all()) {
            assertTrue(r.id().matches("DF\\d{4}"), r.id());
            assertTrue(r.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.slug());
            List<String> names = new ArrayList<>(List.of(r.id(), r.slug()));
            names.addAll(r.aliases());
            for (String n : names) {
                String prev = seen.put(n.toLowerCase(Locale.ROOT), r.id());
                if (prev != null && !prev.equals(r.id())) fail(n + " names both " + prev + " and " + r.id());
            }
        }
    }

    @Test
    void theGeneratedCatalogueCoversEveryRuleAndSaysWhatItsAnnotationSays() {
        for (RuleDescriptor r : Rules.all()) {
            assertTrue(RuleCatalog.covers(r.rule()), r.rule().getClass() + " is missing from the generated catalogue");
            assertEquals(RuleDescriptor.of(r.rule()), r, "catalogue and @RuleInfo differ for " + r.id());
        }
    }

    @Test
    void rulesAreInIdOrder() {
        List<String> ids = Rules.all().stream().map(RuleDescriptor::id).toList();
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
    }

    @Test
    void everyRuleHasADocWithTheRequiredHeadingsAndFixtures() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleDescriptor r : Rules.all()) {
            Path doc = Path.of("rules", r.id() + ".md");
            if (!Files.exists(doc)) {
                problems.add(r.id() + ": no " + doc);
            } else {
                String text = Files.readString(doc);
                if (!text.startsWith("# " + r.id() + " " + r.slug() + "\n")) problems.add(doc + ": first line must be '# " + r.id() + " " + r.slug() + "'");
                for (String h : HEADINGS) {
                    if (!text.contains("\n" + h + "\n")) problems.add(doc + ": missing heading " + h);
                }
                if (!text.contains("```dockerfile bad\n")) problems.add(doc + ": no ```dockerfile bad example");
                if (!text.contains("```dockerfile good\n")) problems.add(doc + ": no ```dockerfile good example");
                // a fixable rule's doc says its fix class first thing under ## Fix; others have no such section
                boolean hasFix = text.contains("\n## Fix\n");
                if (r.fix() == dflint.engine.FixSafety.NONE && hasFix) problems.add(doc + ": a ## Fix section, but the rule has no fix");
                if (r.fix() != dflint.engine.FixSafety.NONE) {
                    String want = r.fix() == dflint.engine.FixSafety.SAFE ? "Safe" : "Unsafe";
                    if (!text.contains("\n## Fix\n\n" + want)) problems.add(doc + ": ## Fix must start with '" + want + "' (the rule's class)");
                }
                // the doc says why the rule has its severity, and names the severity it has
                String level = r.severity().name().toLowerCase(java.util.Locale.ROOT);
                if (!text.contains("\nSeverity: " + level + ". ") && !text.contains("\nSeverity when enabled: " + level + ". ")) {
                    problems.add(doc + ": no 'Severity: " + level + ". <why>' line");
                }
            }
            Path dir = Path.of("testdata", "rules", r.id());
            int bad = 0, ok = 0;
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path p : s.toList()) {
                        String n = p.getFileName().toString();
                        if (n.startsWith("bad-") && n.endsWith(".Dockerfile")) bad++;
                        if (n.startsWith("ok-") && n.endsWith(".Dockerfile")) ok++;
                    }
                }
            }
            if (bad < 1 || ok < 1) problems.add(r.id() + ": needs at least one bad-*.Dockerfile and one ok-*.Dockerfile in " + dir);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void nothingIsOrphaned() throws IOException {
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor r : Rules.all()) ids.add(r.id());
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("rules"))) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if (n.matches("DF\\d{4}\\.md") && !ids.contains(n.substring(0, 6))) orphans.add(p.toString());
            }
        }
        try (Stream<Path> s = Files.list(Path.of("testdata", "rules"))) {
            for (Path p : s.toList()) {
                if (!ids.contains(p.getFileName().toString())) orphans.add(p.toString());
            }
        }
        assertEquals(List.of(), orphans);
    }
}
