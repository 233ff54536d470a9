package dflint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.RuleDescriptor;
import dflint.rules.Rules;
import org.junit.jupiter.api.Test;

class RulesAndExplainTest {
    @Test
    void rulesListsTheCatalogueInEveryFormat() {
        int n = Rules.all().size();
        CliTest.Run text = CliTest.run("", "rules");
        assertEquals(0, text.code(), text.err());
        assertEquals(n, text.out().lines().count(), text.out());
        assertTrue(text.out().startsWith("DF0001  syntax-error"), text.out());
        CliTest.Run json = CliTest.run("", "rules", "--format", "json");
        assertEquals(0, json.code());
        assertTrue(json.out().contains("{\"id\":\"DF0001\",\"name\":\"syntax-error\",\"severity\":\"error\",\"enabledByDefault\":true"), json.out());
        assertEquals(n, json.out().split("\"id\":", -1).length - 1);
        CliTest.Run md = CliTest.run("", "rules", "--format", "markdown");
        assertEquals(0, md.code());
        assertTrue(md.out().contains("| [DF0001](rules/DF0001.md) | `syntax-error` | error | on |"), md.out());
        assertEquals(n + 2, md.out().lines().count());
        assertEquals(2, CliTest.run("", "rules", "--format", "xml").code());
        // the fix column: DF1001's fix is safe, DF1011's unsafe, DF0001 has none
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("DF1001") && l.contains(" safe ")), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("DF1011") && l.contains(" unsafe ")), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("DF0001") && l.contains(" none ")), text.out());
        assertTrue(json.out().contains("\"id\":\"DF1001\",\"name\":\"numeric-stage-reference\",\"severity\":\"warning\","
                + "\"enabledByDefault\":true,\"fix\":\"safe\""), json.out());
        assertTrue(md.out().contains("| [DF1011](rules/DF1011.md) | `parent-stage-case-mismatch` | error | on | unsafe |"), md.out());
    }

    @Test
    void explainFindsRulesByIdSlugAndAlias() {
        for (String name : new String[] {"DF0001", "df0001", "syntax-error", "DL1000"}) {
            CliTest.Run r = CliTest.run("", "explain", name);
            assertEquals(0, r.code(), name + r.err());
            assertTrue(r.out().startsWith("# DF0001 syntax-error\n"), r.out());
            assertTrue(r.out().contains("## Why it matters"), r.out());
            assertTrue(r.out().contains("Online: https://github.com/dflint/dflint/blob/main/rules/DF0001.md"), r.out());
        }
    }

    @Test
    void everyRuleCanBeExplained() {
        for (RuleDescriptor r : Rules.all()) {
            CliTest.Run run = CliTest.run("", "explain", r.slug());
            assertEquals(0, run.code(), r.id());
            assertTrue(run.out().startsWith("# " + r.id() + " "), run.out());
        }
    }

    @Test
    void unknownRuleSuggestsTheNearestName() {
        CliTest.Run r = CliTest.run("", "explain", "sytnax-error");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("dflint: unknown rule 'sytnax-error'; did you mean syntax-error? ('dflint rules' lists them)\n", r.err());
        CliTest.Run far = CliTest.run("", "explain", "completely-different-thing");
        assertEquals(2, far.code());
        assertTrue(far.err().startsWith("dflint: unknown rule 'completely-different-thing' ("), far.err());
    }
}
