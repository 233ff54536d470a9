package dflint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Packaged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SARIF help the build works out is what the text helpers give for the documents as they are now. */
class SarifRuleHelpTest {
    @Test
    void everyDocumentsHelpIsItsDescriptionPlainTextAndMarkdownAsJson() throws IOException {
        List<Path> docs;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("rules"))) {
            docs = files.filter(f -> f.toString().endsWith(".md")).toList();
        }
        assertTrue(docs.size() > 100, "the rule documents: " + docs.size());
        for (Path md : docs) {
            String name = md.getFileName().toString().replace(".md", "");
            String doc = Packaged.ruleDoc(name);
            assertArrayEquals(new String[] {MarkdownText.description(doc), JsonText.quoteAscii(MarkdownText.plainText(doc)),
                JsonText.quoteAscii(doc)}, SarifRuleHelp.of(name), name);
        }
        assertNull(SarifRuleHelp.of("DF9999"));
    }
}
