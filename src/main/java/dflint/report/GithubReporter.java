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

    /**
     * The message part: %, CR and LF are escaped, as the Actions toolkit does (the runner
     * decodes only those). Other control characters from the Dockerfile (ESC, BEL, NEL, line
     * separators) are shown as \\xNN or \\uNNNN, so a command stays on one line and cannot
     * drive the log viewer's terminal.
     */
    static String data(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                b.append("%25");
            } else if (c == '\r') {
                b.append("%0D");
            } else if (c == '\n') {
                b.append("%0A");
            } else if (c == '\t') {
                b.append(c);
            } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
                b.append("\\x").append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            } else if (c == 0x2028 || c == 0x2029) {
                b.append(c == 0x2028 ? "\\u2028" : "\\u2029");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** A property value: also ':' and ',', which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
