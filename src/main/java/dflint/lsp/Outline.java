package dflint.lsp;

import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/** The shape of a file for an editor: stages with their instructions, folds, and a lens above each FROM. */
final class Outline {
    private Outline() {}

    static final String STAGES_COMMAND = "dflint.stages";

    /** The stages, each with its instructions; instructions before the first FROM (global ARGs) at the top. */
    static List<DocumentSymbol> symbols(Analysis a) {
        List<DocumentSymbol> out = new ArrayList<>();
        if (a.file() == null || a.graph() == null) return out;
        StageGraph g = a.graph();
        for (Instruction i : a.file().instructions()) {
            if (i instanceof Instruction.From) break;
            out.add(instruction(a, i));
        }
        for (Stage s : g.stages()) {
            List<DocumentSymbol> children = new ArrayList<>();
            for (Instruction i : s.instructions()) children.add(instruction(a, i));
            String base = s.baseAsWritten() == null ? "" : s.baseAsWritten();
            DocumentSymbol d = new DocumentSymbol(s.displayName(), SymbolKind.Module, a.lines().range(s.range()),
                    a.lines().range(s.nameRange()), "FROM " + base, children);
            out.add(d);
        }
        return out;
    }

    private static DocumentSymbol instruction(Analysis a, Instruction i) {
        String keyword = i.node().keyword().toUpperCase(Locale.ROOT);
        String args = i.node().rest() == null ? "" : i.node().rest().value();
        int nl = args.indexOf('\n');
        if (nl >= 0) args = args.substring(0, nl);
        args = args.strip();
        if (args.length() > 60) args = args.substring(0, 57) + "...";
        Range range = a.lines().range(i.range());
        Range keywordRange = a.lines().range(i.node().keywordRange());
        return new DocumentSymbol(keyword, kind(i), range, keywordRange, args.isEmpty() ? null : args);
    }

    private static SymbolKind kind(Instruction i) {
        if (i instanceof Instruction.Arg || i instanceof Instruction.Env) return SymbolKind.Variable;
        if (i instanceof Instruction.Label) return SymbolKind.Property;
        if (i instanceof Instruction.Copy || i instanceof Instruction.Add) return SymbolKind.File;
        if (i instanceof Instruction.Run || i instanceof Instruction.Cmd || i instanceof Instruction.Entrypoint
                || i instanceof Instruction.Healthcheck || i instanceof Instruction.Shell || i instanceof Instruction.Onbuild) {
            return SymbolKind.Function;
        }
        if (i instanceof Instruction.Expose) return SymbolKind.Interface;
        return SymbolKind.Field;
    }

    /** A fold per stage, per heredoc (from its opening line to its terminator) and per multi-line instruction. */
    static List<FoldingRange> folds(Analysis a) {
        List<FoldingRange> out = new ArrayList<>();
        if (a.file() == null || a.graph() == null) return out;
        Set<Long> seen = new HashSet<>();
        for (Stage s : a.graph().stages()) add(out, seen, s.range().startLine(), s.range().endLine(), FoldingRangeKind.Region);
        for (Instruction i : a.file().instructions()) {
            int firstHeredocLine = Integer.MAX_VALUE;
            for (Heredoc h : heredocs(i)) {
                int open = h.wordRange().startLine();
                int terminator = h.bodyRange() != null ? h.bodyRange().endLine() + 1 : h.firstBodyLine();
                terminator = Math.min(terminator, i.range().endLine());
                firstHeredocLine = Math.min(firstHeredocLine, open);
                add(out, seen, open, terminator, null);
            }
            if (firstHeredocLine == Integer.MAX_VALUE) add(out, seen, i.range().startLine(), i.range().endLine(), null);
        }
        out.sort((x, y) -> x.getStartLine() != y.getStartLine() ? Integer.compare(x.getStartLine(), y.getStartLine())
                : Integer.compare(y.getEndLine(), x.getEndLine()));
        return out;
    }

    private static List<Heredoc> heredocs(Instruction i) {
        if (i instanceof Instruction.Onbuild ob && ob.trigger() != null && !ob.trigger().node().heredocs().isEmpty()) {
            return ob.trigger().node().heredocs();
        }
        return i.node().heredocs();
    }

    private static void add(List<FoldingRange> out, Set<Long> seen, int startLine1, int endLine1, String kind) {
        if (endLine1 <= startLine1 || !seen.add(((long) startLine1 << 32) | endLine1)) return;
        FoldingRange f = new FoldingRange(startLine1 - 1, endLine1 - 1);
        if (kind != null) f.setKind(kind);
        out.add(f);
    }

    /** Above each FROM: what BuildKit and the legacy builder do with the stage; it runs {@value #STAGES_COMMAND}. */
    static List<CodeLens> lenses(Analysis a, String uri) {
        List<CodeLens> out = new ArrayList<>();
        if (a.graph() == null) return out;
        for (Stage s : a.graph().stages()) {
            SourceRange kw = s.from().node().keywordRange();
            Command c = new Command(StageNavigation.builtBy(a.graph(), s), STAGES_COMMAND, List.of(uri));
            out.add(new CodeLens(a.lines().range(kw), c, null));
        }
        return out;
    }
}
