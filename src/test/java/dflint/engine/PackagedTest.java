package dflint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The constants the build compiles in are the files in rules/ and the version in pom.xml, as they are now. */
class PackagedTest {
    @Test
    void theTablesAreTheFilesInRules() throws IOException {
        assertEquals(Files.readString(Path.of("rules/base-images.tsv"), StandardCharsets.UTF_8), Packaged.BASE_IMAGES);
        assertEquals(Files.readString(Path.of("rules/frontend-features.tsv"), StandardCharsets.UTF_8),
                Packaged.FRONTEND_FEATURES);
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
