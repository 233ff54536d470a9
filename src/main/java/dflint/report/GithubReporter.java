package dflint.report;

import dflint.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * GitHub Actions workflow commands: one {@code ::error|warning|notice} line
 * per finding, which the runner turns into annotations on the file. Paths are
 * repository-relative. GitHub accepts columns only on a one-line region, so a
 * finding spanning lines carries line and endLine without columns.
 */
public final class GithubReporter implements Reporter {
    private final ReportContext context;

    public GithubReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        for (FileResult r : results) {
            String file = context.paths().relative(r);
            for (Finding f : r.findings()) {
                var range = f.range();
                out.append("::").append(command(f)).append(" file=").append(property(file))
                        .append(",line=").append(Integer.toString(range.startLine()));
                if (range.endLine() == range.startLine()) {
                    out.append(",col=").append(Integer.toString(range.startColumn()))
                            .append(",endColumn=").append(Integer.toString(Math.max(range.startColumn(), range.endColumn())));
                } else {
                    out.append(",endLine=").append(Integer.toString(range.endLine()));
                }
                out.append(",title=").append(property(f.ruleId() + " " + f.slug()))
                        .append("::").append(data(f.message())).append('\n');
            }
        }
    }

    private static String command(Finding f) {
        switch (f.severity()) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "notice";
        }
    }

    /** The message part: %, CR and LF are escaped, as the Actions toolkit does. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: also ':' and ',', which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
