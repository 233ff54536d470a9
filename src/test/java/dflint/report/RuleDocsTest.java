package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dflint.engine.RuleDescriptor;
import dflint.rules.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule documents as SARIF, explain and rules read them, without regular expressions. */
class RuleDocsTest {
    @Test
    void joiningLinesIsWhatTheRegularExpressionDid() {
        for (String s : List.of("a\nb", "a  \n  b", "a \n\n \t b\n c", "one line", "", "\n", " x \n", "a\r\nb", "a\u000b\nb",
                "tail \n")) {
            assertEquals(s.replaceAll("\\s*\n\\s*", " "), MarkdownText.joinLines(s), s);
        }
    }

    @Test
    void everyRuleHasItsDocumentAndDescription() {
        int n = 0;
        for (RuleDescriptor r : Rules.all()) {
            String doc = RuleDocs.markdown(r.id());
            assertNotNull(doc, r.id());
            String what = MarkdownText.section(doc, "What it does");
            int blank = what.indexOf("\n\n");
            String first = blank < 0 ? what : what.substring(0, blank);
            assertEquals(first.replaceAll("\\s*\n\\s*", " ").trim(), MarkdownText.description(doc), r.id());
            n++;
        }
        assertEquals(Rules.all().size(), n);
        assertNull(RuleDocs.markdown("../pom"));
        assertNull(RuleDocs.markdown(""));
        assertNull(RuleDocs.markdown("DF0000"));
    }
}
