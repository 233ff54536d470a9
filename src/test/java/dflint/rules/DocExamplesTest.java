package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.engine.RuleDescriptor;
import dflint.shell.ShellCheck;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples in rules/ID.md are run: the bad one must trigger the rule, the good one must not. */
class DocExamplesTest {

    static List<String> blocks(String doc, String kind) {
        List<String> out = new ArrayList<>();
        String open = "```dockerfile " + kind + "\n";
        int i = 0;
        while ((i = doc.indexOf(open, i)) >= 0) {
            int start = i + open.length();
            int end = doc.indexOf("\n```", start - 1);
            out.add(doc.substring(start, end + 1));
            i = end;
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> examples() {
        Linter linter = new Linter(Rules.all());
        return Rules.all().stream().map(r -> DynamicTest.dynamicTest(r.id(), () -> {
            Path doc = Path.of("rules", r.id() + ".md");
            if (!Files.exists(doc)) return; // CatalogTest reports the missing doc
            // the ShellCheck pass needs the program; CI installs it
            Assumptions.assumeTrue(!r.tags().contains("shellcheck") || ShellCheck.available(), "shellcheck is not installed");
            String text = Files.readString(doc);
            String ignore = dockerignore(text);
            for (String bad : blocks(text, "bad")) {
                assertTrue(hits(linter, r, bad, ignore), r.id() + ": the bad example does not trigger the rule:\n" + bad);
            }
            for (String good : blocks(text, "good")) {
                assertFalse(hits(linter, r, good, ignore), r.id() + ": the good example triggers the rule:\n" + good);
            }
        }));
    }

    /** The doc's ```dockerignore block (the .dockerignore its examples are built with), or null. */
    static String dockerignore(String doc) {
        String open = "```dockerignore\n";
        int i = doc.indexOf(open);
        if (i < 0) return null;
        int start = i + open.length();
        return doc.substring(start, doc.indexOf("\n```", start - 1) + 1);
    }

    private static boolean hits(Linter linter, RuleDescriptor r, String example, String dockerignore) throws IOException {
        LintOptions options = Fixtures.options(example, r.id());
        Path dir = dockerignore == null ? null : Files.createTempDirectory("dflint-doc-example");
        try {
            String path = "example";
            if (dir != null) {
                Files.writeString(dir.resolve(".dockerignore"), dockerignore);
                path = dir.resolve("Dockerfile").toString();
            }
            for (Finding f : linter.lint(DockerfileSyntax.parse(path, example), options)) {
                if (f.ruleId().equals(r.id())) return true;
            }
            return false;
        } finally {
            if (dir != null) {
                Files.deleteIfExists(dir.resolve(".dockerignore"));
                Files.deleteIfExists(dir);
            }
        }
    }
}
