package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dflint.engine.Finding;
import dflint.engine.FixSafety;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.RuleDescriptor;
import dflint.fix.FixSelection;
import dflint.fix.Fixer;
import dflint.fix.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests of every fix: {@code testdata/fix/<ID>/<case>.Dockerfile} is fixed with that
 * rule's fixes only (its unsafe ones too when the case is named {@code unsafe-*}), and the
 * result must equal {@code <case>.fixed} and its diff {@code <case>.diff}. Each case also
 * checks that the rule's fixable findings are gone, that no rule reports more than before,
 * and that a second run changes nothing. {@code -Ddflint.regenerateGolden=true} rewrites the
 * expected files (then read them before committing).
 */
class FixGoldenTest {
    static final Path ROOT = Path.of("testdata", "fix");

    @TestFactory
    Stream<DynamicTest> goldenFixes() throws IOException {
        Linter linter = new Linter(Rules.all());
        List<Path> cases;
        try (Stream<Path> s = Files.walk(ROOT)) {
            cases = s.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertTrue(cases.size() > 0);
        boolean regenerate = Boolean.getBoolean("dflint.regenerateGolden");
        return cases.stream().map(c -> DynamicTest.dynamicTest(ROOT.relativize(c).toString(), () -> {
            String rule = c.getParent().getFileName().toString();
            String name = c.getFileName().toString().replace(".Dockerfile", "");
            String before = Files.readString(c, StandardCharsets.UTF_8);
            org.junit.jupiter.api.Assumptions.assumeTrue(!before.contains("# requires: shellcheck")
                    || dflint.shell.ShellCheck.available(), "shellcheck is not installed");
            LintOptions options = Fixtures.options(before, rule);
            Fixer fixer = new Fixer(Fixer.analyzer(linter, options, c.toString()));
            FixSelection only = new FixSelection(name.startsWith("unsafe-"), Set.of(rule));
            Fixer.Analysis start = fixer.analyze(before);
            Fixer.Result r = fixer.fix(start, only);
            String diff = UnifiedDiff.of("a/" + name + ".Dockerfile", "b/" + name + ".Dockerfile", before, r.text());
            Path fixedFile = c.resolveSibling(name + ".fixed");
            Path diffFile = c.resolveSibling(name + ".diff");
            if (regenerate) {
                Files.writeString(fixedFile, r.text(), StandardCharsets.UTF_8);
                Files.writeString(diffFile, diff, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(fixedFile, StandardCharsets.UTF_8), r.text(), c + ": fixed text");
            assertEquals(Files.readString(diffFile, StandardCharsets.UTF_8), diff, c + ": diff");
            assertEquals(List.of(), r.refused(), c + ": no fix of a golden case may be refused");
            assertTrue(r.converged(), c + " did not converge");
            // the fixes did what they said: no finding of the rule that the selection would fix is left
            for (Finding f : r.last().findings()) {
                if (f.ruleId().equals(rule) && only.accepts(f)) fail(c + ": still fixable after --fix: " + f);
            }
            if (!name.startsWith("nofix-")) {
                assertTrue(r.changed(), c + ": nothing was fixed");
                assertTrue(count(r.last().findings(), rule) < count(start.findings(), rule), c + ": the rule's findings did not go down");
            } else {
                assertEquals(before, r.text(), c + ": a nofix- case must stay as it is");
            }
            // idempotent: a second run changes no byte
            Fixer.Result again = fixer.fix(r.text(), only);
            assertEquals(r.text(), again.text(), c + ": a second --fix changed the file");
        }));
    }

    private static long count(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).count();
    }

    /** Each fixable rule's bad fixtures show its fix: at least one of its findings there carries one. */
    @Test
    void everyFixableRuleOffersItsFixInABadFixture() throws IOException {
        Linter linter = new Linter(Rules.all());
        List<String> missing = new java.util.ArrayList<>();
        for (RuleDescriptor r : Rules.all()) {
            if (r.fix() == FixSafety.NONE) continue;
            boolean offered = false;
            try (Stream<Path> s = Files.list(Path.of("testdata", "rules", r.id()))) {
                for (Path f : s.filter(p -> p.getFileName().toString().startsWith("bad-")).toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (text.contains("# requires: shellcheck") && !dflint.shell.ShellCheck.available()) {
                        offered = true;
                        continue;
                    }
                    var df = dflint.syntax.DockerfileSyntax.parse(f.toString(), text);
                    for (Finding x : linter.lint(df, Fixtures.options(text, r.id()))) {
                        if (x.ruleId().equals(r.id()) && x.fixSafety() == r.fix()) offered = true;
                    }
                }
            }
            if (!offered) missing.add(r.id());
        }
        assertEquals(List.of(), missing);
    }

    /** Every rule with a fix class has golden cases, and every folder is a rule with one. */
    @Test
    void everyFixableRuleHasGoldenCases() throws IOException {
        Set<String> fixable = new HashSet<>();
        for (RuleDescriptor r : Rules.all()) if (r.fix() != FixSafety.NONE) fixable.add(r.id());
        Set<String> folders = new HashSet<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path p : s.toList()) folders.add(p.getFileName().toString());
        }
        assertEquals(fixable, folders);
    }
}
