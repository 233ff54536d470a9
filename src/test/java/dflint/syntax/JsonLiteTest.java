package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict JSON-with-comments reader that dev container files and ShellCheck's answers go through. */
class JsonLiteTest {
    @Test
    void theReaderTakesCommentsAndTrailingCommasOutsideStringsAndNothingElse() {
        JsonLite.Node n = JsonLite.parse("\uFEFF// top\n{\"a\": \"x // y /* z */\", /* c\n */ \"b\": [1, true, null,],\n\"c\": {\"d\": \"\\u0041\\n\"},}\n");
        assertEquals("x // y /* z */", n.get("a").text);
        assertEquals(3, n.get("b").list.size());
        assertEquals(3, n.get("b").line, "lines are counted through comments");
        assertEquals("A\n", n.get("c").get("d").text);
        assertTrue(n.get("b").list.get(0).text.equals("1") && !n.get("b").list.get(0).string);
        for (String bad : List.of("", "{", "{\"a\" 1}", "{\"a\": 1 \"b\": 2}", "{a: 1}", "{\"a\": 'x'}", "{\"a\": \"x}",
                "{\"a\": 1} x", "{\"a\": 1", "[1,", "{\"a\": {\"b\": [1]", "{\"a\": 1 /* open", "[,]", "{\"a\": \"\\q\"}", "{\"a\": undefined}", "[".repeat(5000))) {
            assertThrows(IllegalArgumentException.class, () -> JsonLite.parse(bad), bad);
        }
    }
}
