package dflint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Finding;
import dflint.engine.Linter;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Check findings where the differential fuzzing against BuildKit found dflint at a different
 * line or silent, in shapes fixture markers cannot express (findings past the last instruction).
 * The expected lines and names are BuildKit's answers (dforacle) for the same text.
 */
class FuzzFoundCheckCasesTest {
    private static final Linter LINTER = new Linter(Rules.all());

    private static List<String> lint(String text, String rule) {
        List<String> out = new ArrayList<>();
        for (Finding f : LINTER.lint(DockerfileSyntax.parse("Dockerfile", text), dflint.engine.LintOptions.builder().build())) {
            if (f.ruleId().equals(rule)) out.add(f.line() + " " + f.message());
        }
        return out;
    }

    private static List<Integer> lines(String text, String rule) {
        return lint(text, rule).stream().map(s -> Integer.parseInt(s.substring(0, s.indexOf(' ')))).toList();
    }

    @Test
    void blankLinesEndingTheFileInsideAContinuationAreReportedAtTheLastOne() {
        assertEquals(List.of(4), lines("FROM alpine:3.20\nRUN echo a \\\n\n\n", "DF2002"));
        assertEquals(List.of(3), lines("FROM alpine:3.20\nRUN echo a \\\n\n", "DF2002"));
        // comment lines after the blank one still belong to it: the file's last line, with or without a line end
        assertEquals(List.of(5), lines("FROM alpine:3.20\nRUN a \\\n\n# c1\n# c2\n", "DF2002"));
        assertEquals(List.of(5), lines("FROM alpine:3.20\nRUN a \\\n\n# c1\n# c2", "DF2002"));
        assertEquals(List.of(4), lines("FROM alpine:3.20\nRUN a \\\n# c1\n\n", "DF2002"));
        // not at the end of the file: the instruction's own last line, as before
        assertEquals(List.of(4), lines("FROM alpine:3.20\nRUN echo a \\\n\n  b\n", "DF2002"));
    }

    @Test
    void positionalAndSpecialParametersAreVariablesBuildkitLooksUp() {
        List<String> digits = lint("FROM alpine:3$916abc\n", "DF2006");
        assertEquals(1, digits.size(), digits.toString());
        assertEquals(true, digits.get(0).contains("$916,"), digits.get(0));
        List<String> special = lint("FROM alpine:3$@\n", "DF2006");
        assertEquals(1, special.size(), special.toString());
        assertEquals(true, special.get(0).contains("$@,"), special.get(0));
    }
}
