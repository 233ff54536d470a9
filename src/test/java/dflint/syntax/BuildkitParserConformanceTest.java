package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser test files: our dump must equal theirs byte for byte. */
class BuildkitParserConformanceTest {

    @TestFactory
    Stream<DynamicTest> positiveCasesDumpExactly() throws IOException {
        Path dir = SharedData.require("conformance/buildkit-parser/testfiles");
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.sorted().toList();
        }
        assertEquals(33, cases.size(), "expected BuildKit's 33 positive cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            byte[] in = Files.readAllBytes(c.resolve("Dockerfile"));
            String expected = Files.readString(c.resolve("result"), StandardCharsets.UTF_8);
            Dockerfile df = DockerfileSyntax.parse("Dockerfile", in);
            assertFalse(df.errors().stream().anyMatch(SyntaxError::lineParser),
                    () -> "line parser refused it: " + df.errors());
            assertEquals(expected, AstDump.dump(df));
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesAreRejected() throws IOException {
        Path dir = SharedData.require("conformance/buildkit-parser/testfiles-negative");
        List<Path> cases;
        try (Stream<Path> s = Files.list(dir)) {
            cases = s.sorted().toList();
        }
        assertEquals(4, cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Dockerfile df = DockerfileSyntax.parse("Dockerfile", Files.readAllBytes(c.resolve("Dockerfile")));
            assertTrue(df.errors().stream().anyMatch(SyntaxError::lineParser), "expected a parse error");
            for (SyntaxError e : df.errors()) assertFalse(e.message().contains("\n"), "one-line message");
        }));
    }
}
