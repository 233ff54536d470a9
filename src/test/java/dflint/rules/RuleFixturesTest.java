package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Linter;
import dflint.shell.ShellCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Walks testdata/rules/ID/*.Dockerfile: every marker must be met, and nothing else reported. */
class RuleFixturesTest {
    static final Path ROOT = Path.of("testdata", "rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        Linter linter = new Linter(Rules.all());
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".Dockerfile")).sorted().toList();
        }
        assertTrue(files.size() > 0);
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> {
            String rule = f.getParent().getFileName().toString();
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String name = f.getFileName().toString();
            // fixtures of the ShellCheck pass need the program; CI installs it
            Assumptions.assumeTrue(!text.contains("# requires: shellcheck") || ShellCheck.available(),
                    "shellcheck is not installed");
            List<String> problems = Fixtures.compare(f.toString(), text, rule, linter);
            assertEquals(List.of(), problems, f.toString());
            // A bad fixture that expects nothing of its own rule proves nothing.
            if (name.startsWith("bad-")) {
                assertTrue(text.contains("# expect: " + rule) || text.matches("(?s).*# expect(-directives)?:[^\\n]*" + rule + ".*"),
                        f + " is a bad fixture without an expectation of " + rule);
            }
            if (name.startsWith("ok-")) {
                assertTrue(!text.matches("(?s).*# expect(-directives)?:[^\\n]*" + rule + ".*"), f + " is an ok fixture that expects " + rule);
            }
        }));
    }
}
