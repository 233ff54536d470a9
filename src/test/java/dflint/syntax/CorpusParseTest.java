package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real Dockerfiles: clean ones parse without errors, and nothing throws on any of them. */
class CorpusParseTest {

    @Test
    void cleanFilesParseWithoutErrorsAndNoFileThrows() throws IOException {
        Path corpus = SharedData.require("corpus");
        List<String> rows = Files.readAllLines(corpus.resolve("manifest.tsv"));
        String[] header = rows.get(0).split("\t");
        int idCol = indexOf(header, "id"), templateCol = indexOf(header, "template"), fixtureCol = indexOf(header, "test_fixture");
        List<String> failures = new ArrayList<>();
        int clean = 0, all = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            Path file = corpus.resolve("files").resolve(f[idCol] + ".Dockerfile");
            Dockerfile df;
            try {
                df = DockerfileSyntax.parse(file.toString(), Files.readAllBytes(file));
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(f[idCol] + ": threw " + e);
                continue;
            }
            all++;
            if (f[templateCol].equals("no") && f[fixtureCol].equals("no")) {
                clean++;
                if (!df.errors().isEmpty()) failures.add(f[idCol] + ": " + df.errors().get(0));
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(1306, all);
        assertTrue(clean > 1000, "clean files: " + clean);
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) return i;
        }
        throw new AssertionError("no column " + name);
    }
}
