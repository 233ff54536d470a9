package dflint.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dflint.engine.Finding;
import dflint.engine.Severity;
import dflint.report.FileResult;
import dflint.report.Reporters;
import dflint.syntax.SourceRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Text that comes from a Dockerfile (a keyword, a flag, a path) reaches every
 * reporter intact but harmless: quotes, newlines, '%', '::', XML specials,
 * control characters and terminal escapes cannot break the format or the
 * terminal.
 */
class EscapingTest {
    @TempDir
    Path dir;

    /** Everything a message or path may carry that a format must escape. */
    static final String NASTY = "q\"uote 'apos' back\\slash new\nline cr\rret tab\t pct%25% colon:: comma, "
            + "<tag attr=\"x\">&amp; ]]> esc\u001b[31mred\u001b[0m bell\u0007 nul\u0000 del\u007f c1\u009b "
            + "ls\u2028ps\u2029 bom\ufeff lone\ud800surrogate emoji\ud83d\ude00 ::error::injected";

    private static List<FileResult> results(String path, String message) {
        Finding f = new Finding(path, SourceRange.point(1, 1), "DF0001", "syntax-error", List.of("DL1000"),
                Severity.ERROR, message, null);
        return List.of(new FileResult(path, null, "FROM a\n", List.of(f)));
    }

    @Test
    void everyReporterStaysWellFormedOnHostileMessagesAndPaths() {
        for (String format : Reporters.FORMATS) {
            String out = Targets.render(format, results("dir/" + NASTY, NASTY), false);
            OutputChecks.check(format, out, "FROM a\n");
        }
    }

    @Test
    void jsonAndSarifCarryTheMessageExactly() {
        String message = NASTY.replace("\ud800", "");
        JsonNode json = OutputChecks.parseJson(Targets.render("json", results("p", message), false), "json");
        assertEquals(message, json.get(0).get("message").asText());
        JsonNode sarif = OutputChecks.parseJson(Targets.render("sarif", results("p", message), false), "sarif");
        assertEquals(message, sarif.at("/runs/0/results/0/message/text").asText());
    }

    @Test
    void checkstyleCarriesTheMessageAsXmlAllows() {
        String message = "a <b> & \"c\" 'd' ]]> e";
        var doc = OutputChecks.parseXml(Targets.render("checkstyle", results("p<&>.Dockerfile", message), false));
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals(message, error.getAttribute("message"));
        Element file = (Element) doc.getElementsByTagName("file").item(0);
        assertEquals("p<&>.Dockerfile", file.getAttribute("name"));
    }

    @Test
    void textKeepsOneFindingPerLineAndNoTerminalControl() {
        String out = Targets.render("text", results("dir/" + NASTY, NASTY), false);
        OutputChecks.checkText(out);
        assertEquals(2, out.lines().count(), out);
        String colored = Targets.render("text", results("dir/" + NASTY, NASTY), true);
        // the only escapes in coloured output are dflint's own SGR colour codes
        assertEquals(out, colored.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    @Test
    void githubCommandsStayOneLineWithEscapedProperties() {
        String out = Targets.render("github", results("a:b,c%d/Dockerfile", "50% done\r\n::warning::x"), false);
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("file=a%3Ab%2Cc%25d/Dockerfile"), out);
        assertTrue(out.endsWith("::50%25 done%0D%0A::warning::x\n"), out);
        OutputChecks.checkGithub(out, null);
    }

    /** GitHub prints workflow command messages into the job log, which renders ANSI escapes. */
    @Test
    void githubCommandsCarryNoTerminalEscapes() {
        String out = Targets.render("github", results("Dockerfile", "x\u001b[2Jy\u0007z"), false);
        boolean strict = OutputChecks.STRICT_GITHUB;
        OutputChecks.STRICT_GITHUB = true;
        try {
            OutputChecks.checkGithub(out, null);
        } finally {
            OutputChecks.STRICT_GITHUB = strict;
        }
    }

    /** The same through the command line, with a keyword that DF0001 echoes. */
    @Test
    void fileContentEchoedInMessagesIsEscapedInEveryFormat() throws IOException {
        String content = "FROM alpine\nX\"<&>%0A::error::%s\u001b[31m\u0085\u2028 arg\nCOPY --f\"r%o:m=a b c\n";
        Path f = dir.resolve("we:ird,na%me <&>\".Dockerfile");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        for (String format : Reporters.FORMATS) {
            Cli.Result r = Cli.guarded("--no-config", "--color", "always".equals(format) ? "always" : "never",
                    "--format", format, f.toString());
            Targets.checkExit(r, format);
            assertEquals(1, r.code(), format + ": " + r.err());
            OutputChecks.check(format, r.out(), content);
            assertFalse(r.out().isEmpty(), format);
        }
    }
}
