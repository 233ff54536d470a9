package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report package's hand-written matchers (no regex on the lint path) agree with the regexes they replace. */
class HandWrittenMatchersTest {
    private static String random(Random r, String alphabet, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    @Test
    void linesSplitAsTheLineBreakRegexDoes() {
        Random r = new Random(16);
        for (int i = 0; i < 20_000; i++) {
            String text = random(r, "ab\r\n", 12);
            List<String> expected = Arrays.asList(text.split("\r\n|\r|\n", -1));
            assertEquals(expected, Fingerprints.lines(text), text.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }

    @Test
    void semanticVersionsAsTheRegexJudgesThem() {
        Random r = new Random(17);
        for (String v : List.of("1.2.3", "0.1.0-SNAPSHOT", "1.2.3+build.5", "1.2", "1.2.3.", "v1.2.3", "1.2.3-", "1..3", "")) {
            assertEquals(v.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?"), SarifReporter.isSemanticVersion(v), v);
        }
        for (int i = 0; i < 50_000; i++) {
            String v = random(r, "0123456789..-+aZ_", 10);
            assertEquals(v.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?"), SarifReporter.isSemanticVersion(v), v);
        }
    }
}
