package dflint.lsp;

import dflint.engine.Finding;
import dflint.engine.FixSafety;
import dflint.fix.FixSelection;
import dflint.fix.Fixer;
import dflint.fix.LineEdits;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions: each finding's fix as a quick fix, "ignore this rule here" (a pragma line above
 * the instruction), and fixing every safe finding of the file at once ({@value #FIX_ALL}), which
 * is what {@code dflint --fix} would write.
 */
final class CodeActions {
    static final String FIX_ALL = "source.fixAll.dflint";
    static final String FIX_ALL_TITLE = "Fix all dflint findings in this file";

    private CodeActions() {}

    /**
     * @param cancelled checked between the fixer's passes; true stops the work
     */
    static List<Either<Command, CodeAction>> actions(Analysis a, String uri, CodeActionParams p, Analyzer analyzer,
                                                     boolean documentChanges, BooleanSupplier cancelled) {
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        List<String> only = p.getContext() == null ? null : p.getContext().getOnly();
        if (a.file() == null) return out;
        if (wants(only, CodeActionKind.QuickFix)) {
            List<CodeAction> ignores = new ArrayList<>();
            for (Finding f : a.findings()) {
                if (!LineIndex.touches(f.range(), p.getRange())) continue;
                Diagnostic d = Diagnostics.of(a, f);
                if (f.fix() != null && f.fixSafety() != FixSafety.NONE) {
                    boolean safe = f.fixSafety() == FixSafety.SAFE;
                    CodeAction fix = new CodeAction(f.ruleId() + ": " + f.fix().description()
                            + (safe ? "" : " (unsafe: may change what the build does)"));
                    fix.setKind(CodeActionKind.QuickFix);
                    fix.setDiagnostics(List.of(d));
                    fix.setIsPreferred(safe);
                    fix.setEdit(Edits.workspaceEdit(uri, a.version(), Edits.of(a.lines(), f.fix()), documentChanges));
                    out.add(Either.forRight(fix));
                }
                CodeAction ignore = ignore(a, uri, f, d, documentChanges);
                if (ignore != null && ignores.stream().noneMatch(i -> i.getTitle().equals(ignore.getTitle()))) {
                    ignores.add(ignore);
                }
            }
            for (CodeAction i : ignores) out.add(Either.forRight(i));
        }
        if (wants(only, FIX_ALL)) {
            CodeAction all = fixAll(a, uri, analyzer, documentChanges, cancelled);
            if (all != null) out.add(Either.forRight(all));
        }
        return out;
    }

    /** True when the client asked for no kinds in particular, or for this kind or a kind it belongs to. */
    static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        for (String o : only) {
            if (kind.equals(o) || kind.startsWith(o + ".")) return true;
        }
        return false;
    }

    /**
     * {@code # dflint ignore=ID} on its own line above the finding's instruction, indented as
     * the instruction is; or the ID added to such a pragma that is already the line above. None
     * for a syntax error (no pragma silences it) or a finding outside any instruction.
     */
    static CodeAction ignore(Analysis a, String uri, Finding f, Diagnostic d, boolean documentChanges) {
        if (f.ruleId().equals("DF0001")) return null;
        Instruction in = a.file().instructionAt(f.range().startLine());
        if (in == null) return null;
        int line = in.range().startLine();
        TextEdit edit = null;
        if (line > 1) {
            int nameEnd = pragmaNamesEnd(a.lines().line(line - 2));
            if (nameEnd >= 0) edit = Edits.of(a.lines(), SourceRange.point(line - 1, nameEnd + 1), "," + f.ruleId());
        }
        if (edit == null) {
            String indent = a.lines().indentation(line - 1);
            edit = Edits.of(a.lines(), SourceRange.point(line, 1), indent + "# dflint ignore=" + f.ruleId() + "\n");
        }
        CodeAction c = new CodeAction("Ignore " + f.ruleId() + " for this instruction");
        c.setKind(CodeActionKind.QuickFix);
        c.setDiagnostics(List.of(d));
        c.setEdit(Edits.workspaceEdit(uri, a.version(), List.of(edit), documentChanges));
        return c;
    }

    /**
     * Where the rule names of a {@code # dflint ignore=A,B reason} line end (0-based, in the
     * line), or -1 when the line is not such a pragma (a global one, or hadolint's, is left alone).
     */
    static int pragmaNamesEnd(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        if (i >= line.length() || line.charAt(i) != '#') return -1;
        i++;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        if (!line.regionMatches(true, i, "dflint", 0, 6)) return -1;
        i += 6;
        int ws = i;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        if (i == ws || !line.startsWith("ignore", i)) return -1;
        i += 6;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        if (i >= line.length() || line.charAt(i) != '=') return -1;
        i++;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) i++;
        int end = -1;
        while (true) {
            int start = i;
            while (i < line.length() && isNameChar(line.charAt(i))) i++;
            if (i == start) break;
            end = i;
            int j = i;
            while (j < line.length() && Character.isWhitespace(line.charAt(j))) j++;
            if (j < line.length() && line.charAt(j) == ',') {
                j++;
                while (j < line.length() && Character.isWhitespace(line.charAt(j))) j++;
                i = j;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }


    /**
     * The file as {@code dflint --fix} would write it (safe fixes, in checked passes), as
     * whole-line edits; null when there is nothing to fix or the file is not linted.
     */
    static CodeAction fixAll(Analysis a, String uri, Analyzer analyzer, boolean documentChanges, BooleanSupplier cancelled) {
        if (a.problem() != null || a.file() == null) return null;
        FixSelection safe = FixSelection.safe();
        if (a.findings().stream().noneMatch(safe::accepts)) return null;
        Fixer.Analyzer lint = Fixer.analyzer(analyzer.linter(), a.options(), a.file().path());
        Fixer fixer = new Fixer(text -> {
            if (cancelled.getAsBoolean()) throw new java.util.concurrent.CancellationException();
            return lint.analyze(text);
        });
        Fixer.Result r = fixer.fix(a.text(), safe);
        if (!r.changed()) return null;
        List<TextEdit> edits = Edits.verbatim(a.lines(), LineEdits.between(a.text(), r.text()));
        CodeAction c = new CodeAction(FIX_ALL_TITLE);
        c.setKind(FIX_ALL);
        c.setEdit(Edits.workspaceEdit(uri, a.version(), edits, documentChanges));
        return c;
    }
}
