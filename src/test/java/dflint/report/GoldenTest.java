package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every format over testdata/golden/input, compared byte for byte with
 * testdata/golden/expected.*. Paths are relative to the project folder and the
 * version is fixed, so the output does not depend on the machine.
 * {@code -Ddflint.regenerateGolden=true} rewrites the expected files.
 */
class GoldenTest {
    static final Path GOLDEN = Path.of("testdata", "golden");
    static final String VERSION = "0.0.0-golden";

    static List<FileResult> lintInputs() throws IOException {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(GOLDEN.resolve("input"))) {
            inputs = s.filter(Files::isRegularFile).sorted().toList();
        }
        Linter linter = new Linter(GoldenRules.all());
        LintOptions options = LintOptions.builder().build();
        List<FileResult> results = new ArrayList<>();
        for (Path p : inputs) {
            String display = p.toString().replace('\\', '/');
            Dockerfile df = DockerfileSyntax.parse(display, Files.readAllBytes(p));
            results.add(new FileResult(display, p, df.text(), linter.lint(df, options)));
        }
        return results;
    }

    static ReportContext context() {
        return new ReportContext(VERSION, new Linter(GoldenRules.all()).enabledRules(LintOptions.defaults()),
                new ArtifactPaths(Path.of("").toAbsolutePath()));
    }

    static String render(String format, List<FileResult> results) throws IOException {
        StringBuilder b = new StringBuilder();
        Reporters.create(format, context(), false).write(results, b);
        return b.toString();
    }

    static String extension(String format) {
        switch (format) {
            case "text": return "txt";
            case "checkstyle": return "xml";
            case "github": return "github.txt";
            case "sarif": return "sarif";
            default: return format + ".json";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGoldenFile() throws IOException {
        List<FileResult> results = lintInputs();
        assertTrue(results.size() >= 3, "golden inputs missing");
        boolean regenerate = Boolean.getBoolean("dflint.regenerateGolden");
        return Reporters.FORMATS.stream().map(format -> DynamicTest.dynamicTest(format, () -> {
            String actual = render(format, results);
            Path expected = GOLDEN.resolve("expected." + extension(format));
            if (regenerate) Files.writeString(expected, actual, StandardCharsets.UTF_8);
            assertTrue(Files.exists(expected), "missing " + expected + "; run with -Ddflint.regenerateGolden=true");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, format);
        }));
    }
}
