package dflint.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;

/**
 * State the Dockerfile lexer needs beyond regular languages: parser directives
 * and the escape character they set, whether a line continues, and which
 * heredoc bodies follow an instruction (BuildKit decides that on the joined
 * logical line, so the lexer joins it as it goes).
 */
public abstract class DockerfileLexerBase extends Lexer {

    /** BuildKit rejects physical lines longer than this many bytes. */
    static final int MAX_LINE_BYTES = 65535;

    private char escape = '\\';
    private boolean directivesDone;
    private final List<Directive> directives = new ArrayList<>();
    private final List<SyntaxError> errors = new ArrayList<>();
    /** Heredocs opened by each instruction, in instruction order. */
    private final List<List<HeredocSpec>> heredocs = new ArrayList<>();
    private final StringBuilder logical = new StringBuilder();
    private boolean inInstruction;
    private final ArrayDeque<HeredocSpec> pendingBodies = new ArrayDeque<>();

    protected DockerfileLexerBase(CharStream input) {
        super(input);
    }

    char escape() {
        return escape;
    }

    List<Directive> directives() {
        return directives;
    }

    List<SyntaxError> lexErrors() {
        return errors;
    }

    List<List<HeredocSpec>> heredocs() {
        return heredocs;
    }

    // ---- actions called from the grammar ------------------------------------

    protected void onBlankLine() {
        directivesDone = true;
    }

    protected void onCommentLine() {
        if (directivesDone) return;
        String text = getText();
        int end = GoText.withoutNewline(text);
        int start = GoText.skipSpace(text, 0, end);
        Directive d = parseDirective(text, start, end);
        if (d == null) {
            directivesDone = true;
            return;
        }
        setType(DockerfileLexer.DIRECTIVE);
        int line = _tokenStartLine;
        for (Directive seen : directives) {
            if (seen.key().equals(d.key())) {
                errors.add(new SyntaxError("only one " + d.key() + " parser directive can be used",
                        SourceRange.ofLine(line, 1 + start, 1 + end), true));
                return;
            }
        }
        Directive placed = new Directive(d.key(), d.value(), SourceRange.ofLine(line, 1 + start, 1 + end));
        directives.add(placed);
        if (d.key().equals("escape")) {
            if (d.value().equals("\\") || d.value().equals("`")) {
                escape = d.value().charAt(0);
            } else {
                errors.add(new SyntaxError("invalid escape token '" + d.value() + "' does not match ` or \\",
                        placed.range(), true));
            }
        }
    }

    protected void onInstructionLine() {
        directivesDone = true;
        String text = getText();
        checkLength(text);
        int end = GoText.withoutNewline(text);
        int start = GoText.skipSpace(text, 0, end);
        logical.setLength(0);
        inInstruction = true;
        if (appendContinued(text, start, end)) {
            pushMode(DockerfileLexer.CONTINUATION);
        } else {
            endInstruction();
        }
    }

    protected void onContinuationLine() {
        String text = getText();
        checkLength(text);
        if (!appendContinued(text, 0, GoText.withoutNewline(text))) {
            popMode();
            endInstruction();
        }
    }

    protected void onHeredocLine() {
        HeredocSpec spec = pendingBodies.peek();
        if (spec == null) {
            popMode();
            return;
        }
        String text = getText();
        int end = GoText.withoutNewline(text);
        int start = 0;
        if (spec.chomp()) {
            while (start < end && text.charAt(start) == '\t') start++;
        }
        if (end - start == spec.name().length() && text.startsWith(spec.name(), start)) {
            setType(DockerfileLexer.HEREDOC_END);
            pendingBodies.poll();
            if (pendingBodies.isEmpty()) popMode();
        }
    }

    @Override
    public org.antlr.v4.runtime.Token emitEOF() {
        // The file may end inside a continued instruction: it ends there (BuildKit's continue-at-eof).
        if (inInstruction) {
            endInstruction();
        }
        return super.emitEOF();
    }

    // ---- helpers ---------------------------------------------------------------

    /** Appends the line's content to the logical line; true when the line continues. */
    private boolean appendContinued(String text, int start, int end) {
        int esc = GoText.continuationAt(text, start, end, escape);
        if (esc >= 0) {
            logical.append(text, start, esc);
            return true;
        }
        logical.append(text, start, end);
        return false;
    }

    private void endInstruction() {
        inInstruction = false;
        List<HeredocSpec> specs = List.of();
        String line = logical.toString();
        if (line.contains("<<")) {
            InstructionSplitter.RawNode node = InstructionSplitter.split(line, 0, line.length(), escape);
            if (canContainHeredoc(node)) specs = HeredocScanner.scan(line);
        }
        heredocs.add(specs);
        if (!specs.isEmpty()) {
            pendingBodies.clear();
            // one by one: ArrayDeque.addAll links a method reference (see ColdPathTest)
            for (HeredocSpec spec : specs) pendingBodies.add(spec);
            pushMode(DockerfileLexer.HEREDOC);
        }
    }

    private static boolean canContainHeredoc(InstructionSplitter.RawNode node) {
        InstructionSplitter.RawNode n = node;
        if (GoText.lower(n.keyword()).equals("onbuild") && n.trigger() != null) n = n.trigger();
        switch (GoText.lower(n.keyword())) {
            case "run": case "copy": case "add":
                return !n.json() && n.error() == null;
            default:
                return false;
        }
    }

    private void checkLength(String text) {
        int end = GoText.withoutNewline(text);
        if (end > MAX_LINE_BYTES / 3 && text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
            int line = _tokenStartLine;
            errors.add(new SyntaxError("dockerfile line greater than max allowed size of " + MAX_LINE_BYTES,
                    SourceRange.ofLine(line, 1, 1 + end), true));
        }
    }

    /**
     * BuildKit's directive pattern ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$, written
     * out by hand so that a long comment line cannot make a regex backtrack.
     */
    static Directive parseDirective(String s, int start, int end) {
        int i = start;
        if (i >= end || s.charAt(i) != '#') return null;
        i++;
        while (i < end && isReSpace(s.charAt(i))) i++;
        int keyStart = i;
        if (i >= end || !isAsciiLetter(s.charAt(i))) return null;
        while (i < end && (isAsciiLetter(s.charAt(i)) || (s.charAt(i) >= '0' && s.charAt(i) <= '9'))) i++;
        String key = GoText.lower(s.substring(keyStart, i));
        while (i < end && isReSpace(s.charAt(i))) i++;
        if (i >= end || s.charAt(i) != '=') return null;
        i++;
        if (i >= end) return null;
        int valueStart = i;
        while (valueStart < end && isReSpace(s.charAt(valueStart))) valueStart++;
        int valueEnd = end;
        while (valueEnd > valueStart && isReSpace(s.charAt(valueEnd - 1))) valueEnd--;
        String value = valueStart < valueEnd ? s.substring(valueStart, valueEnd) : s.substring(end - 1, end);
        if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) return null;
        return new Directive(key, value, null);
    }

    private static boolean isReSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
