package dflint.report;

import dflint.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * GitLab Code Quality: a JSON array of Code Climate issues with description,
 * check_name, fingerprint, severity and a repository-relative location.
 * Fingerprints hash the path, rule and line text, not the line number, so
 * GitLab keeps tracking an issue when lines above it move.
 */
public final class CodeClimateReporter implements Reporter {
    private final ReportContext context;

    public CodeClimateReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        out.append('[');
        boolean first = true;
        Sha256 md = Fingerprints.sha256();
        for (FileResult r : results) {
            String path = context.paths().relative(r);
            List<String> prints = Fingerprints.of(r, path);
            for (int i = 0; i < r.findings().size(); i++) {
                Finding f = r.findings().get(i);
                out.append(first ? "\n  " : ",\n  ");
                first = false;
                out.append("{\"type\":\"issue\",\"check_name\":").append(JsonText.quote(f.ruleId()))
                        .append(",\"description\":").append(JsonText.quote(f.message() + " [" + f.ruleId() + " " + f.slug() + "]"))
                        .append(",\"categories\":[").append(JsonText.quote(category(f))).append(']')
                        .append(",\"fingerprint\":").append(JsonText.quote(Fingerprints.sha256Hex(md, prints.get(i) + "\0" + path).substring(0, 32)))
                        .append(",\"severity\":").append(JsonText.quote(severity(f)))
                        .append(",\"location\":{\"path\":").append(JsonText.quote(path))
                        .append(",\"lines\":{\"begin\":").append(Integer.toString(f.range().startLine()))
                        .append(",\"end\":").append(Integer.toString(f.range().endLine())).append("}}}");
            }
        }
        out.append(first ? "]\n" : "\n]\n");
    }

    /** GitLab's scale is info, minor, major, critical, blocker. */
    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "critical";
            case WARNING: return "major";
            case INFO: return "minor";
            default: return "info";
        }
    }

    private static String category(Finding f) {
        switch (f.severity()) {
            case STYLE: return "Style";
            default: return "Bug Risk";
        }
    }
}
