package dflint.report;

import dflint.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * Checkstyle XML, as reviewdog ({@code -f=checkstyle}) and Jenkins Warnings NG
 * read it: one {@code <file>} per linted file, one {@code <error>} per finding.
 */
public final class CheckstyleReporter implements Reporter {
    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        for (FileResult r : results) {
            if (r.findings().isEmpty()) {
                out.append("  <file name=\"").append(attr(r.path())).append("\"/>\n");
                continue;
            }
            out.append("  <file name=\"").append(attr(r.path())).append("\">\n");
            for (Finding f : r.findings()) {
                out.append("    <error line=\"").append(Integer.toString(f.line()))
                        .append("\" column=\"").append(Integer.toString(f.column()))
                        .append("\" severity=\"").append(severity(f))
                        .append("\" message=\"").append(attr(f.message()))
                        .append("\" source=\"dflint.").append(attr(f.ruleId())).append("\"/>\n");
            }
            out.append("  </file>\n");
        }
        out.append("</checkstyle>\n");
    }

    /** Checkstyle knows error, warning and info; style findings are info. */
    private static String severity(Finding f) {
        switch (f.severity()) {
            case ERROR: return "error";
            case WARNING: return "warning";
            default: return "info";
        }
    }

    /** Escapes an attribute value; characters XML 1.0 cannot carry become U+FFFD. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&apos;"); break;
                case '\n': b.append("&#10;"); break;
                case '\r': b.append("&#13;"); break;
                case '\t': b.append("&#9;"); break;
                default:
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? !(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                            : Character.isLowSurrogate(c) && !(i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF || loneSurrogate) b.append('\uFFFD');
                    else b.append(c);
            }
        }
        return b.toString();
    }
}
