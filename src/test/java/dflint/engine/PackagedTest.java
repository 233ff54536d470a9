package dflint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the build compiles in is the files in rules/ and the version in pom.xml, as they are now. */
class PackagedTest {
    @Test
    void theTablesAreTheFilesInRules() throws IOException {
        assertEquals(Files.readString(Path.of("rules/base-images.tsv"), StandardCharsets.UTF_8), Packaged.BASE_IMAGES);
        assertEquals(Files.readString(Path.of("rules/frontend-features.tsv"), StandardCharsets.UTF_8),
                Packaged.FRONTEND_FEATURES);
        assertEquals(Files.readString(Path.of("rules/spdx-ids.txt"), StandardCharsets.UTF_8), Packaged.SPDX_IDS);
    }

    @Test
    void everyDocumentInRulesAndNothingElse() throws IOException {
        int docs = 0;
        try (java.util.stream.Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String name = md.getFileName().toString().replace(".md", "");
                assertEquals(Files.readString(md, StandardCharsets.UTF_8).replace("\r\n", "\n"), Packaged.ruleDoc(name), name);
                docs++;
            }
        }
        assertTrue(docs > 100, "the rule documents: " + docs);
        assertNull(Packaged.ruleDoc("DF9999"));
        assertNull(Packaged.ruleDoc("base-images"));
    }

    @Test
    void theVersionIsThePomsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        // the project's own <version>, the first after its artifactId
        int artifact = pom.indexOf("<artifactId>dflint</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        assertEquals(pom.substring(start, pom.indexOf("</version>", start)), Packaged.VERSION);
    }
}
