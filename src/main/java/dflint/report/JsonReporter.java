package dflint.report;

import dflint.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * A JSON array of findings with the fields DESIGN.md promises, plus {@code "fix": "safe"} or
 * {@code "unsafe"} on a finding that has a fix.
 */
public final class JsonReporter implements Reporter {
    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        out.append('[');
        boolean first = true;
        for (FileResult r : results) {
            for (Finding f : r.findings()) {
                out.append(first ? "\n  " : ",\n  ");
                first = false;
                out.append("{\"file\":").append(JsonText.quote(r.path()))
                        .append(",\"line\":").append(Integer.toString(f.range().startLine()))
                        .append(",\"column\":").append(Integer.toString(f.range().startColumn()))
                        .append(",\"endLine\":").append(Integer.toString(f.range().endLine()))
                        .append(",\"endColumn\":").append(Integer.toString(f.range().endColumn()))
                        .append(",\"rule\":").append(JsonText.quote(f.ruleId()))
                        .append(",\"name\":").append(JsonText.quote(f.slug()))
                        .append(",\"aliases\":[");
                for (int i = 0; i < f.aliases().size(); i++) {
                    if (i > 0) out.append(',');
                    out.append(JsonText.quote(f.aliases().get(i)));
                }
                out.append("],\"severity\":").append(JsonText.quote(f.severity().label()))
                        .append(",\"message\":").append(JsonText.quote(f.message()));
                if (f.fix() != null) out.append(",\"fix\":").append(JsonText.quote(f.fixSafety().label()));
                out.append('}');
            }
        }
        out.append(first ? "]\n" : "\n]\n");
    }
}
