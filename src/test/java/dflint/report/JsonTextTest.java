package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both quotings read back, through a JSON parser, as the text they were given. */
class JsonTextTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void quotedTextReadsBackAsItWas() throws Exception {
        Random random = new Random(6);
        char[] pool = {'a', 'Z', '0', ' ', '/', '"', '\\', '\n', '\r', '\t', '\b', '\f', 0x01, 0x1F, 0x7E, 0x7F, 0xE9, 0x2026,
            0x2028, 0x2029, 0xFFFD, 0xD83D, 0xDE00};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) b.append(pool[random.nextInt(pool.length)]);
            if (random.nextBoolean()) b.insert(0, "plain text before ");
            String s = b.toString();
            // a lone half of a surrogate pair is not text; it reads back as U+FFFD
            String expected = wellFormed(s);
            String quoted = JsonText.quote(s);
            String ascii = JsonText.quoteAscii(s);
            assertEquals(expected, JSON.readValue(quoted, String.class), quoted);
            assertEquals(expected, JSON.readValue(ascii, String.class), ascii);
            assertTrue(ascii.chars().allMatch(c -> c >= 0x20 && c < 0x7F), ascii);
            assertTrue(quoted.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029), quoted);
        }
        assertEquals("\"J\\u00F6s\\u00E9 \\u2026 \\uD83D\\uDE00\"", JsonText.quoteAscii("Jösé … \uD83D\uDE00"));
        assertEquals("\"Jösé … \uD83D\uDE00 \\u001b\"", JsonText.quote("Jösé … \uD83D\uDE00 \u001b"));
    }

    private static String wellFormed(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}
