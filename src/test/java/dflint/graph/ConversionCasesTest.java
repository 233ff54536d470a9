package dflint.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.syntax.BuildkitLexer;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Small Dockerfiles, one per thing BuildKit's conversion refuses (and their near misses that it
 * accepts), each with BuildKit's own answer for a build of the last stage (conversion-cases.txt,
 * the answers taken from its frontend). A build must fail with exactly BuildKit's message among
 * dflint's errors, or have none when BuildKit builds.
 */
class ConversionCasesTest {
    record Case(String name, String text, String error) {}

    static List<Case> cases() throws IOException {
        String all;
        try (InputStream in = ConversionCasesTest.class.getResourceAsStream("conversion-cases.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String name = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.split("\n", -1)) {
            if (line.startsWith("=== ")) {
                name = line.substring(4);
                text.setLength(0);
            } else if (line.startsWith("--- ")) {
                String error = line.equals("--- builds") ? null : line.substring("--- fails: ".length());
                out.add(new Case(name, text.toString(), error));
                name = null;
            } else if (name != null) {
                text.append(line).append('\n');
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> buildOfTheLastStageFailsAsBuildkitDoes() throws IOException {
        List<Case> cases = cases();
        assertTrue(cases.size() > 300);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            StageGraph g = StageGraph.build(DockerfileSyntax.parse(c.name(), c.text()));
            List<String> errors = new ArrayList<>();
            for (BuildSimulation.BuildError e : g.simulation().buildkit().errors()) errors.add(e.message());
            if (c.error() == null) {
                assertEquals(List.of(), errors, c.text());
            } else {
                assertTrue(errors.contains(c.error()), c.text() + "\nBuildKit: " + c.error() + "\ndflint: " + errors);
            }
        }));
    }

    @Test
    void lexerKeepsWhatItCannotFollowUnknown() {
        // deeper than it follows, or longer than it lets a value grow: unknown, never an error
        String deep = "${a:-".repeat(BuildkitLexer.MAX_DEPTH + 5) + "x" + "}".repeat(BuildkitLexer.MAX_DEPTH + 5);
        BuildkitLexer.Result r = new BuildkitLexer('\\').process(deep, BuildkitLexer.EMPTY);
        assertTrue(r.ok() && !r.known(), r.toString());
        BuildkitLexer.Result big = new BuildkitLexer('\\').process("$A$A", name -> BuildkitLexer.Lookup.of("x".repeat(BuildkitLexer.MAX_GROWTH)));
        assertTrue(big.ok() && !big.known());
    }

    @Test
    void lexerErrorsInBuildkitsWords() {
        BuildkitLexer lex = new BuildkitLexer('\\');
        assertEquals("failed to process \"${abc\": unsupported modifier (\uFFFD) in substitution",
                lex.process("${abc", BuildkitLexer.EMPTY).error());
        assertEquals("failed to process \"${a:x\": syntax error: missing '}'", lex.process("${a:x", BuildkitLexer.EMPTY).error());
        assertEquals("b", lex.process("${a:-b}", BuildkitLexer.EMPTY).value());
        assertEquals("lo.txt", lex.process("${f#*l}", name -> BuildkitLexer.Lookup.of("hello.txt")).value());
        assertEquals("he", lex.process("${f%%l*}", name -> BuildkitLexer.Lookup.of("hello.txt")).value());
        assertEquals("he__o.txt", lex.process("${f//l/_}", name -> BuildkitLexer.Lookup.of("hello.txt")).value());
    }
}
