package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pattern modifiers as BuildKit applies them, and where it ends a replacement's pattern
 * (substitution-patterns.txt, its answers taken from its frontend): both of dflint's expanders
 * give them, the one conversion uses
 * ({@link BuildkitLexer}) and the one the stage graph and the rules use ({@link VariableExpander},
 * which resolved {@code FROM ${V#?}} to the wrong stage when it read patterns literally).
 */
class SubstitutionPatternsTest {
    record Case(String value, String expression, String result) {
        boolean isError() {
            return result.startsWith("error: ");
        }
    }

    static List<Case> cases() throws IOException {
        String all;
        try (InputStream in = SubstitutionPatternsTest.class.getResourceAsStream("substitution-patterns.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        for (String line : all.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            out.add(new Case(f[0], f[1], f[2]));
        }
        return out;
    }

    private static final Map<String, String> ARGS_P = Map.of("P", "a");

    @TestFactory
    Stream<DynamicTest> buildkitLexerGivesBuildkitsResult() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.value() + " " + c.expression(), () -> {
            BuildkitLexer.Result r = new BuildkitLexer('\\').process(c.expression(), name -> lookup(c, name));
            if (c.isError()) {
                // BuildKit names the word first: failed to process "<word>": <the error>
                assertEquals("failed to process \"" + c.expression() + "\": " + c.result().substring("error: ".length()), r.error());
            } else {
                assertEquals(null, r.error());
                assertEquals(c.result(), r.value());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> variableExpanderGivesBuildkitsResult() throws IOException {
        return cases().stream().filter(c -> !c.isError()).map(c -> DynamicTest.dynamicTest(c.value() + " " + c.expression(), () -> {
            Map<String, String> values = new java.util.HashMap<>(ARGS_P);
            values.put("V", c.value());
            assertEquals(c.result(), VariableExpander.expand(c.expression(), '\\', values).value());
        }));
    }

    @Test
    void theTableCoversEveryModifierAndAnError() throws IOException {
        java.util.Set<String> ops = new java.util.TreeSet<>();
        for (Case c : cases()) {
            String after = c.expression().substring("${V".length());
            char op = after.charAt(0);
            ops.add(after.length() > 1 && after.charAt(1) == op ? "" + op + op : "" + op);
        }
        assertTrue(ops.containsAll(List.of("#", "##", "%", "%%", "/", "//")), ops.toString());
        assertTrue(cases().stream().anyMatch(Case::isError));
    }

    private static BuildkitLexer.Lookup lookup(Case c, String name) {
        if (name.equals("V")) return BuildkitLexer.Lookup.of(c.value());
        String v = ARGS_P.get(name);
        return v == null ? BuildkitLexer.Lookup.UNSET : BuildkitLexer.Lookup.of(v);
    }
}
