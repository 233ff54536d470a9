package dflint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.engine.Linter;
import dflint.syntax.DockerfileSyntax;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pragmas and BuildKit check options, applied by the engine after the rules
 * ran. Uses the test-only rules: DF9001 (BuildKit ConsistentInstructionCasing,
 * style), DF9002 (hadolint DL4000, BuildKit MaintainerDeprecated, warning),
 * DF9003 (DL9999, info), DF9004 (off by default).
 */
class SuppressionsTest {
    static List<String> lint(String text, LintOptions options) {
        List<String> out = new ArrayList<>();
        for (Finding f : new Linter(GoldenRules.all()).lint(DockerfileSyntax.parse("Dockerfile", text.getBytes()), options)) {
            out.add(f.line() + " " + f.ruleId() + " " + f.severity().label());
        }
        return out;
    }

    static List<String> lint(String text) {
        return lint(text, LintOptions.defaults());
    }

    @Test
    void withoutPragmasEverythingIsReported() {
        assertEquals(List.of("2 DF9002 warning", "3 DF9002 warning"), lint("FROM a\nMAINTAINER a\nMAINTAINER b\n"));
    }

    @Test
    void nextInstructionPragmaByIdSlugOrAlias() {
        for (String name : List.of("DF9002", "df9002", "test-maintainer", "DL4000", "MaintainerDeprecated")) {
            assertEquals(List.of("4 DF9002 warning"), lint("FROM a\n# dflint ignore=" + name + "\nMAINTAINER a\nMAINTAINER b\n"), name);
        }
    }

    @Test
    void pragmaTakesSeveralNamesAndAReason() {
        String text = "FROM a\n# dflint ignore=DF9002, DF9003 the vendor image needs both\nRUN a \\\n b\nMAINTAINER x\n"
                + "# dflint ignore=DF9003,test-maintainer\nMAINTAINER y\n";
        assertEquals(List.of("5 DF9002 warning"), lint(text));
    }

    @Test
    void pragmaCoversEveryLineOfAMultiLineInstruction() {
        assertEquals(List.of(), lint("FROM a\n# dflint ignore=DL9999\nRUN a \\\n  b \\\n  c\n"));
    }

    @Test
    void pragmaDoesNotReachPastTheNextInstruction() {
        assertEquals(List.of("4 DF9002 warning"), lint("FROM a\n# dflint ignore=DF9002\nRUN a\nMAINTAINER x\n"));
    }

    @Test
    void globalPragmaAnywhereCoversTheFile() {
        assertEquals(List.of("2 DF9003 info"), lint("FROM a\nRUN a \\\n b\nMAINTAINER x\n# dflint global ignore=DF9002\n"));
    }

    @Test
    void hadolintPragmasWorkThroughAliases() {
        assertEquals(List.of("4 DF9002 warning"), lint("FROM a\n# hadolint ignore=DL4000\nMAINTAINER a\nMAINTAINER b\n"));
        assertEquals(List.of(), lint("# hadolint global ignore=DL4000,DL9999\nFROM a\nMAINTAINER a\nRUN a \\\n b\n"));
    }

    @Test
    void malformedPragmasAreIgnored() {
        assertEquals(List.of("3 DF9002 warning"), lint("FROM a\n# dflint ignore DF9002\nMAINTAINER a\n"));
        assertEquals(List.of("3 DF9002 warning"), lint("FROM a\n# dflintignore=DF9002\nMAINTAINER a\n"));
        assertEquals(List.of("3 DF9002 warning"), lint("FROM a\n# dflint ignore=\nMAINTAINER a\n"));
    }

    @Test
    void syntaxErrorsAreNeverSuppressed() {
        assertEquals(List.of("3 DF0001 error"), lint("# dflint global ignore=DF0001\nFROM a\nRNU x\n"));
        assertEquals(List.of("3 DF0001 error"), lint("FROM a\n# dflint ignore=syntax-error\nRNU x\n"));
    }

    @Test
    void checkDirectiveSkipsNamedBuildkitChecks() {
        String body = "from a\nMAINTAINER x\n";
        assertEquals(List.of("1 DF9001 style", "2 DF9002 warning"), lint(body));
        assertEquals(List.of("3 DF9002 warning"), lint("# check=skip=ConsistentInstructionCasing\n" + body));
        assertEquals(List.of(), lint("# check=skip=ConsistentInstructionCasing,MaintainerDeprecated\n" + body));
        assertEquals(List.of(), lint("# check=skip=all\n" + body));
        // names are case-sensitive, as in BuildKit
        assertEquals(2, lint("# check=skip=maintainerdeprecated,consistentinstructioncasing\n" + body).size());
    }

    @Test
    void checkSkipAllLeavesRulesWithoutBuildkitNames() {
        assertEquals(List.of("3 DF9003 info"), lint("# check=skip=all\nFROM a\nRUN a \\\n b\n"));
    }

    @Test
    void checkErrorTrueMakesBuildkitFindingsErrors() {
        assertEquals(List.of("2 DF9001 error", "3 DF9002 error", "4 DF9003 info"),
                lint("# check=error=true\nfrom a\nMAINTAINER x\nRUN a \\\n b\n"));
        assertEquals(List.of("3 DF9002 error"), lint("# check=skip=ConsistentInstructionCasing;error=true\nfrom a\nMAINTAINER x\n"));
    }

    @Test
    void invalidCheckDirectiveIsIgnoredWhole() {
        assertEquals(2, lint("# check=skip=MaintainerDeprecated;bogus\nfrom a\nMAINTAINER x\n").size());
        assertEquals(2, lint("# check=skip=MaintainerDeprecated;error=maybe\nfrom a\nMAINTAINER x\n").size());
    }

    @Test
    void checkValueEndsAtTheFirstSpace() {
        assertEquals(List.of("3 DF9002 warning"),
                lint("# check=skip=ConsistentInstructionCasing, MaintainerDeprecated\nfrom a\nMAINTAINER x\n"));
    }

    @Test
    void buildArgReplacesTheDirective() {
        LintOptions.Builder b = LintOptions.builder();
        b.buildArgs.put("BUILDKIT_DOCKERFILE_CHECK", "skip=MaintainerDeprecated");
        assertEquals(List.of("2 DF9001 style"), lint("# check=skip=ConsistentInstructionCasing\nfrom a\nMAINTAINER x\n", b.build()));
        assertEquals(List.of("1 DF9001 style"), lint("from a\nMAINTAINER x\n", b.build()));
    }

    @Test
    void checkCommentAboveAnInstructionSkipsForItOnly() {
        String text = "FROM a\n# check=skip=MaintainerDeprecated\nMAINTAINER x\nMAINTAINER y\n";
        assertEquals(List.of("4 DF9002 warning"), lint(text));
        // ConsistentInstructionCasing always follows the file-wide configuration
        assertEquals(List.of("3 DF9001 style"), lint("FROM a\n# check=skip=all\nrun x\n"));
    }

    @Test
    void experimentalCheckTurnsOnARuleThatIsOffByDefault() {
        // DF9004 has no BuildKit name, so experimental=all does not enable it
        assertEquals(List.of(), lint("# check=experimental=all\nFROM a\nEXPOSE 80\n"));
        LintOptions.Builder b = LintOptions.builder();
        b.enable.add("DF9004");
        assertEquals(List.of("2 DF9004 error"), lint("FROM a\nEXPOSE 80\n", b.build()));
    }
}
