package dflint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

    private static Dockerfile parse(String text) {
        return DockerfileSyntax.parse("Dockerfile", text);
    }

    private static List<String> messages(Dockerfile df) {
        return df.errors().stream().map(SyntaxError::message).toList();
    }

    @Test
    void instructionAndArgumentPositions() {
        Dockerfile df = parse("FROM alpine:3.20 AS base\n  RUN echo hi\n");
        Instruction.From from = assertInstanceOf(Instruction.From.class, df.instructions().get(0));
        assertEquals(new SourceRange(1, 6, 1, 17), from.image().range());
        assertEquals("base", from.stageName().value());
        assertEquals(new SourceRange(1, 21, 1, 25), from.stageName().range());
        Instruction run = df.instructions().get(1);
        assertEquals(new SourceRange(2, 3, 2, 14), run.range());
        assertEquals(new SourceRange(2, 3, 2, 6), run.node().keywordRange());
        assertEquals(List.of(), df.errors());
    }

    @Test
    void continuationJoinsLinesAndKeepsPhysicalPositions() {
        Dockerfile df = parse("FROM a\nRUN apt-get update \\\n    # a comment\n\n    && apt-get install -y curl\n");
        Instruction.Run run = assertInstanceOf(Instruction.Run.class, df.instructions().get(1));
        assertEquals("apt-get update     && apt-get install -y curl", run.command().text());
        assertEquals(2, run.range().startLine());
        assertEquals(5, run.range().endLine());
        assertEquals(List.of(4), run.node().emptyContinuationLines());
        Word shell = run.command().words().get(0);
        assertEquals(new SourceRange(2, 5, 5, 31), shell.range());
    }

    @Test
    void backtickEscapeDirective() {
        Dockerfile df = parse("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  C:\\\n");
        assertEquals('`', df.escape());
        assertEquals("escape", df.directives().get(0).key());
        Instruction.Run run = (Instruction.Run) df.instructions().get(1);
        assertEquals("dir   C:\\", run.command().text());
    }

    @Test
    void directiveAfterCommentIsJustAComment() {
        Dockerfile df = parse("# hello\n# escape=`\nFROM a\nRUN a `\nb\n");
        assertEquals('\\', df.escape());
        assertEquals(3, df.instructions().size());
    }

    @Test
    void repeatedDirectiveIsAnError() {
        Dockerfile df = parse("# syntax=a\n# SYNTAX=b\nFROM a\n");
        assertEquals(List.of("only one syntax parser directive can be used"), messages(df));
        assertEquals(2, df.errors().get(0).range().startLine());
    }

    @Test
    void invalidEscapeToken() {
        Dockerfile df = parse("# escape=x\nFROM a\n");
        assertTrue(messages(df).get(0).startsWith("invalid escape token 'x'"));
    }

    @Test
    void crlfAndBom() {
        Dockerfile df = parse("\uFEFFFROM a\r\nRUN echo \\\r\n  hi\r\n");
        assertEquals(List.of(), df.errors());
        assertEquals("echo   hi", ((Instruction.Run) df.instructions().get(1)).command().text());
        assertEquals(1, df.instructions().get(0).node().keywordRange().startColumn());
    }

    @Test
    void heredocsSeveralOnOneLine() {
        String text = "FROM a\nCOPY <<FILE1 <<-\"FILE2\" /dest/\nhello\nFILE1\n\tworld\n\tFILE2\nRUN echo done\n";
        Dockerfile df = parse(text);
        assertEquals(List.of(), df.errors());
        Instruction.Copy copy = assertInstanceOf(Instruction.Copy.class, df.instructions().get(1));
        List<Heredoc> hs = copy.node().heredocs();
        assertEquals(2, hs.size());
        assertEquals("FILE1", hs.get(0).name());
        assertEquals("hello\n", hs.get(0).content());
        assertTrue(hs.get(0).expand());
        assertEquals("FILE2", hs.get(1).name());
        assertTrue(hs.get(1).chomp());
        assertFalse(hs.get(1).expand());
        assertEquals("world\n", hs.get(1).effectiveContent());
        assertEquals(new SourceRange(2, 6, 2, 13), hs.get(0).wordRange());
        assertEquals(new SourceRange(3, 1, 3, 6), hs.get(0).bodyRange());
        assertEquals(6, copy.range().endLine());
        assertEquals("/dest/", copy.destination().value());
        assertEquals(7, df.instructions().get(2).line());
    }

    @Test
    void heredocInRunWithInterpreterAndOnbuild() {
        Dockerfile df = parse("FROM a\nRUN <<EOF bash\nset -e\necho $HOME\nEOF\nONBUILD RUN <<X\nls\nX\n");
        assertEquals(List.of(), df.errors());
        assertEquals("set -e\necho $HOME\n", df.instructions().get(1).node().heredocs().get(0).content());
        Instruction.Onbuild ob = assertInstanceOf(Instruction.Onbuild.class, df.instructions().get(2));
        assertInstanceOf(Instruction.Run.class, ob.trigger());
        assertEquals("ls\n", ob.node().heredocs().get(0).content());
    }

    @Test
    void notHeredocs() {
        // JSON form, a quoted "<<EOF", "cat<<EOF" and instructions that never take heredocs
        Dockerfile df = parse("FROM a\nRUN [\"sh\", \"-c\", \"cat <<EOF\"]\nRUN echo '<<EOF'\nRUN cat<<EOF\nUSER <<X\nRUN ok\n");
        assertEquals(List.of(), df.errors());
        assertEquals(6, df.instructions().size());
        for (Instruction i : df.instructions()) assertEquals(List.of(), i.node().heredocs());
    }

    @Test
    void unterminatedHeredocIsAnErrorAtTheOpeningWord() {
        Dockerfile df = parse("FROM a\nRUN <<EOF\necho hi\n");
        assertEquals(1, df.errors().size());
        assertTrue(df.errors().get(0).message().startsWith("unterminated heredoc"));
        assertEquals(2, df.errors().get(0).range().startLine());
        assertTrue(df.errors().get(0).lineParser());
    }

    @Test
    void terminatorMustMatchExactly() {
        Dockerfile df = parse("FROM a\nRUN <<EOF\nEOF \n EOF\nEOF\n");
        assertEquals(List.of(), df.errors());
        assertEquals("EOF \n EOF\n", df.instructions().get(1).node().heredocs().get(0).content());
    }

    @Test
    void flagsAndJsonForm() {
        Dockerfile df = parse("FROM a\nCOPY --from=build --chmod=755 [\"a b\", \"/c\"]\nCMD [\"x\"\n");
        Instruction.Copy copy = (Instruction.Copy) df.instructions().get(1);
        assertEquals("build", copy.node().flag("from").value());
        assertEquals(new SourceRange(2, 6, 2, 18), copy.node().flag("from").range());
        assertTrue(copy.node().json());
        assertEquals("a b", copy.sources().get(0).value());
        assertEquals(new SourceRange(2, 32, 2, 37), copy.sources().get(0).range());
        Instruction.Cmd cmd = (Instruction.Cmd) df.instructions().get(2);
        assertFalse(cmd.command().exec());
        assertEquals("[\"x\"", cmd.command().text());
    }

    @Test
    void nonStringJsonIsAnError() {
        Dockerfile df = parse("FROM a\nCMD [\"a\", 1]\n");
        assertEquals(List.of(InstructionSplitter.NOT_STRINGS), messages(df));
    }

    @Test
    void envForms() {
        Dockerfile df = parse("FROM a\nENV A=1 B=\"two words\"\nENV LEGACY value with  spaces\n");
        Instruction.Env env = (Instruction.Env) df.instructions().get(1);
        assertEquals(2, env.pairs().size());
        assertEquals("\"two words\"", env.pairs().get(1).value().value());
        assertFalse(env.legacyForm());
        Instruction.Env legacy = (Instruction.Env) df.instructions().get(2);
        assertTrue(legacy.legacyForm());
        assertEquals("value with  spaces", legacy.pairs().get(0).value().value());
    }

    @Test
    void instructionLayerErrorsDoNotStopParsing() {
        Dockerfile df = parse("FROM a AS 1bad\nRNU echo\nCOPY --frm=x a b\nHEALTHCHECK --interval=1us CMD true\nFROM b c\nRUN ok\n");
        assertEquals(6, df.instructions().size());
        List<String> m = messages(df);
        assertTrue(m.get(0).startsWith("invalid name for build stage: \"1bad\""), m.get(0));
        assertEquals("unknown instruction: RNU (did you mean RUN?)", m.get(1));
        assertEquals("unknown flag: --frm", m.get(2));
        assertTrue(m.get(3).contains("cannot be less than 1ms"), m.get(3));
        assertEquals("FROM requires either one or three arguments", m.get(4));
    }

    /** BuildKit lower-cases keywords one code point at a time (Go's unicode.ToLower). */
    @Test
    void keywordsLowerCaseAsGoDoes() {
        // U+0130 lowers to a plain i and the Kelvin sign to k, so these are ENTRYPOINT and WORKDIR
        Dockerfile df = parse("FROM a\nENTRYPO\u0130NT [\"x\"]\nWOR\u212ADIR /w\n\u017FHELL [\"sh\"]\nRUN\u0131 x\n");
        assertEquals(Kind.ENTRYPOINT, df.instructions().get(1).node().kind());
        assertEquals(Kind.WORKDIR, df.instructions().get(2).node().kind());
        // a long s and a dotless i stay themselves: unknown instructions, as for BuildKit
        assertEquals(Kind.UNKNOWN, df.instructions().get(3).node().kind());
        assertEquals(Kind.UNKNOWN, df.instructions().get(4).node().kind());
        List<String> m = messages(df);
        assertEquals(2, m.size(), m.toString());
        assertTrue(m.get(0).startsWith("unknown instruction: \u017FHELL"), m.get(0));
    }

    @Test
    void onbuildRestrictions() {
        Dockerfile df = parse("FROM a\nONBUILD ONBUILD RUN x\nONBUILD FROM b\nONBUILD\n");
        assertEquals(List.of("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
                "FROM isn't allowed as an ONBUILD trigger", "ONBUILD requires at least one argument"), messages(df));
    }

    @Test
    void healthcheckForms() {
        Dockerfile df = parse("FROM a\nHEALTHCHECK NONE\nHEALTHCHECK --retries=3 CMD [\"curl\", \"-f\", \"x\"]\nHEALTHCHECK FOO bar\n");
        Instruction.Healthcheck none = (Instruction.Healthcheck) df.instructions().get(1);
        assertNull(none.command());
        Instruction.Healthcheck cmd = (Instruction.Healthcheck) df.instructions().get(2);
        assertTrue(cmd.command().exec());
        assertEquals(3, cmd.command().words().size());
        assertEquals(List.of("Unknown type \"FOO\" in HEALTHCHECK (try CMD)"), messages(df));
    }

    @Test
    void emptyAndCommentOnlyFiles() {
        assertEquals(List.of("file with no instructions"), messages(parse("")));
        assertEquals(List.of("file with no instructions"), messages(parse("# just a comment\n\n")));
    }

    @Test
    void tooLongLineIsReported() {
        String big = "FROM a\nRUN echo " + "x".repeat(70_000) + "\n";
        Dockerfile df = parse(big);
        assertTrue(messages(df).get(0).contains("max allowed size of 65535"));
    }

    @Test
    void commentsBeforeAnInstructionAreKept() {
        Dockerfile df = parse("# first\n#\n# desc of base\n\nFROM a AS base\n");
        assertEquals(List.of("desc of base"), df.instructions().get(0).node().comments().stream().map(Comment::text).toList());
        assertEquals(3, df.comments().size());
    }

    @Test
    void continuationAtEndOfFileAndEscapedEscape() {
        Dockerfile df = parse("FROM a\nRUN echo a\\\\\nRUN echo b \\");
        assertEquals(3, df.instructions().size());
        assertEquals("echo b", ((Instruction.Run) df.instructions().get(2)).command().text());
    }
}
