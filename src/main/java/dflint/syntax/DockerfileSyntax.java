package dflint.syntax;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Entry point of the syntax package: bytes or text in, an immutable
 * {@link Dockerfile} out. Never throws on any input; what BuildKit would
 * reject becomes a {@link SyntaxError} and parsing goes on.
 */
public final class DockerfileSyntax {
    private DockerfileSyntax() {}

    /** Decodes UTF-8 (bad bytes become U+FFFD, as Go prints them) and parses. */
    public static Dockerfile parse(String path, byte[] bytes) {
        return parse(path, decode(bytes));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("deprecation") // ANTLRInputStream counts UTF-16 units, which is what our columns are
    public static Dockerfile parse(String path, String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        DockerfileLexer lexer = new DockerfileLexer(new org.antlr.v4.runtime.ANTLRInputStream(text));
        lexer.removeErrorListeners();
        List<SyntaxError> errors = new ArrayList<>();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        DockerfileParser parser = new DockerfileParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column,
                                    String msg, RecognitionException e) {
                errors.add(new SyntaxError("cannot read the file here: " + msg, SourceRange.point(Math.max(1, line), column + 1), true));
            }
        });
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        DockerfileParser.DockerfileContext tree = parser.dockerfile();

        errors.addAll(lexer.lexErrors());
        Builder b = new Builder(text, lexer.escape(), lexer.heredocs(), errors);
        for (ParseTree child : childrenOf(tree)) {
            if (child instanceof DockerfileParser.CommentContext c) {
                b.comment(c.COMMENT_LINE().getSymbol());
            } else if (child instanceof DockerfileParser.InstructionContext ic) {
                b.instruction(ic);
            }
        }
        // the lexer stands at the end of the text: its line is the last line, or one past a final newline
        int lineCount = text.isEmpty() ? 0 : text.endsWith("\n") ? lexer.getLine() - 1 : lexer.getLine();
        if (b.instructions.isEmpty()) {
            errors.add(new SyntaxError("file with no instructions", SourceRange.point(1, 1), true));
        }
        errors.sort(BY_POSITION);
        return new Dockerfile(path, text, lexer.escape(), List.copyOf(lexer.directives()),
                List.copyOf(b.instructions), List.copyOf(b.allComments), List.copyOf(errors), lineCount);
    }

    /** By line, then column (a named class, not a lambda: see ColdPathTest). */
    private static final Comparator<SyntaxError> BY_POSITION = new Comparator<SyntaxError>() {
        @Override
        public int compare(SyntaxError x, SyntaxError y) {
            return x.range().startLine() != y.range().startLine()
                    ? Integer.compare(x.range().startLine(), y.range().startLine())
                    : Integer.compare(x.range().startColumn(), y.range().startColumn());
        }
    };

    private static List<ParseTree> childrenOf(ParseTree t) {
        List<ParseTree> out = new ArrayList<>(t.getChildCount());
        for (int i = 0; i < t.getChildCount(); i++) out.add(t.getChild(i));
        return out;
    }


    /** Turns parse-tree instructions into model instructions, mapping logical offsets to positions. */
    private static final class Builder {
        final String text;
        final char escape;
        final List<List<HeredocSpec>> heredocSpecs;
        final List<SyntaxError> errors;
        final List<Instruction> instructions = new ArrayList<>();
        final List<Comment> allComments = new ArrayList<>();
        List<Comment> pendingComments = new ArrayList<>();
        int instructionIndex;

        Builder(String text, char escape, List<List<HeredocSpec>> heredocSpecs, List<SyntaxError> errors) {
            this.text = text;
            this.escape = escape;
            this.heredocSpecs = heredocSpecs;
            this.errors = errors;
        }

        void comment(Token t) {
            String s = t.getText();
            int end = GoText.withoutNewline(s);
            int start = GoText.skipSpace(s, 0, end);
            // BuildKit keeps TrimSpace(line[1:]) of the untrimmed line, so an indented comment keeps its '#'
            int bodyStart = GoText.skipSpace(s, Math.min(1, end), end);
            String body = s.substring(bodyStart, GoText.trimEnd(s, bodyStart, end));
            Comment c = new Comment(body, SourceRange.ofLine(t.getLine(), 1 + start, 1 + end));
            allComments.add(c);
            if (body.isEmpty()) {
                pendingComments = new ArrayList<>();
            } else {
                pendingComments.add(c);
            }
        }

        void instruction(DockerfileParser.InstructionContext ic) {
            LogicalLine ll = new LogicalLine();
            Token first = ic.LINE().getSymbol();
            String firstText = first.getText();
            int end = GoText.withoutNewline(firstText);
            int start = GoText.skipSpace(firstText, 0, end);
            ll.append(first, start, end, escape);
            List<Integer> emptyLines = List.of();
            Token last = first;
            for (DockerfileParser.ContinuationContext cc : ic.continuation()) {
                if (cc instanceof DockerfileParser.ContinuedLineContext cl) {
                    Token t = cl.CONT_LINE().getSymbol();
                    ll.append(t, 0, GoText.withoutNewline(t.getText()), escape);
                    last = t;
                } else if (cc instanceof DockerfileParser.EmptyContinuationLineContext ec) {
                    if (emptyLines.isEmpty()) emptyLines = new ArrayList<>();
                    emptyLines.add(ec.CONT_BLANK().getSymbol().getLine());
                }
            }
            List<HeredocSpec> specs = instructionIndex < heredocSpecs.size()
                    ? heredocSpecs.get(instructionIndex) : List.of();
            instructionIndex++;
            String line = ll.text.toString();
            InstructionSplitter.RawNode raw = InstructionSplitter.split(line, 0, line.length(), escape);

            List<Heredoc> heredocs = specs.isEmpty() ? List.of() : new ArrayList<>();
            List<DockerfileParser.HeredocContext> bodies = ic.heredoc();
            for (int i = 0; i < specs.size(); i++) {
                HeredocSpec spec = specs.get(i);
                SourceRange word = ll.range(spec.wordStart(), spec.wordEnd());
                if (i < bodies.size()) {
                    DockerfileParser.HeredocContext body = bodies.get(i);
                    StringBuilder content = new StringBuilder();
                    List<TerminalNode> lines = body.HEREDOC_LINE();
                    for (TerminalNode n : lines) content.append(n.getSymbol().getText());
                    Token endTok = body.HEREDOC_END().getSymbol();
                    SourceRange bodyRange = lines.isEmpty() ? null : new SourceRange(
                            lines.get(0).getSymbol().getLine(), 1,
                            lines.get(lines.size() - 1).getSymbol().getLine(),
                            1 + GoText.withoutNewline(lines.get(lines.size() - 1).getSymbol().getText()));
                    heredocs.add(new Heredoc(spec.name(), spec.chomp(), spec.expand(), spec.fileDescriptor(),
                            content.toString(), word, bodyRange, endTok.getLine() - lines.size()));
                    last = endTok;
                } else {
                    errors.add(new SyntaxError("unterminated heredoc: no line \"" + spec.name()
                            + "\" ends the heredoc opened here", word, true));
                    break;
                }
            }
            if (ic.unterminatedHeredoc() != null) {
                List<TerminalNode> lines = ic.unterminatedHeredoc().HEREDOC_LINE();
                last = lines.get(lines.size() - 1).getSymbol();
            }

            int lastLine = last.getLine();
            int lastEnd = 1 + last.getCharPositionInLine() + GoText.withoutNewline(last.getText());
            SourceRange range = new SourceRange(first.getLine(), 1 + first.getCharPositionInLine() + start,
                    lastLine, Math.max(lastEnd, lastLine == first.getLine() ? 1 + start : 1));
            List<Comment> comments = List.copyOf(pendingComments);
            if (!pendingComments.isEmpty()) pendingComments = new ArrayList<>();
            Instruction ins = InstructionBuilder.build(raw, ll, range, line, List.copyOf(heredocs), comments,
                    List.copyOf(emptyLines), errors);
            instructions.add(ins);
        }
    }

    /**
     * A joined logical line and the physical place of each of its characters:
     * segments of (logical start, line, column of that character).
     */
    static final class LogicalLine {
        final StringBuilder text = new StringBuilder();
        // segment k: logical start, line, column at segs[3k], segs[3k+1], segs[3k+2] (OffsetMap's layout)
        private int[] segs = new int[3];
        private int segments;

        void append(Token t, int from, int to, char escape) {
            String s = t.getText();
            int esc = GoText.continuationAt(s, from, to, escape);
            int contentEnd = esc >= 0 ? esc : to;
            if (3 * segments == segs.length) segs = java.util.Arrays.copyOf(segs, segs.length * 2);
            segs[3 * segments] = text.length();
            segs[3 * segments + 1] = t.getLine();
            segs[3 * segments + 2] = 1 + t.getCharPositionInLine() + from;
            segments++;
            text.append(s, from, contentEnd);
        }

        private OffsetMap frozen;

        /** The immutable view handed to the model; one per instruction, shared by its nodes. */
        OffsetMap freeze() {
            if (frozen == null || frozen.length() != text.length()) {
                frozen = new OffsetMap(java.util.Arrays.copyOf(segs, 3 * segments), text.length());
            }
            return frozen;
        }

        /** Range of logical offsets [start, end); the line must be complete (all its lines appended). */
        SourceRange range(int start, int end) {
            return freeze().range(start, end);
        }
    }
}
