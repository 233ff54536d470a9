package dflint.lsp;

import dflint.engine.Finding;
import dflint.engine.Severity;
import dflint.report.RuleDocs;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Findings as the protocol's diagnostics: exact ranges, the rule id as code, its document as link. */
final class Diagnostics {
    private Diagnostics() {}

    static final String SOURCE = "dflint";

    static List<Diagnostic> of(Analysis a) {
        List<Diagnostic> out = new ArrayList<>(a.findings().size() + 1);
        if (a.problem() != null) out.add(problem(a));
        for (Finding f : a.findings()) out.add(of(a, f));
        return out;
    }

    static Diagnostic of(Analysis a, Finding f) {
        Diagnostic d = new Diagnostic(a.lines().range(f.range()), f.message(), severity(f.severity()), SOURCE, f.ruleId());
        d.setCodeDescription(new DiagnosticCodeDescription(RuleDocs.helpUri(f.ruleId())));
        return d;
    }

    /** Why the file was not linted, as an error on its first line. */
    static Diagnostic problem(Analysis a) {
        Range first = new Range(new Position(0, 0), new Position(0, a.lines().contentEnd(0)));
        return new Diagnostic(first, "dflint: " + a.problem(), DiagnosticSeverity.Error, SOURCE);
    }

    /**
     * The protocol has four levels; style findings show as information, as in dflint's VS Code
     * task (a hint would keep them out of the editors' problem lists altogether).
     */
    static DiagnosticSeverity severity(Severity s) {
        switch (s) {
            case ERROR: return DiagnosticSeverity.Error;
            case WARNING: return DiagnosticSeverity.Warning;
            default: return DiagnosticSeverity.Information;
        }
    }
}
