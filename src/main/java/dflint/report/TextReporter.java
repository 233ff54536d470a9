package dflint.report;

import dflint.engine.Finding;
import java.io.IOException;
import java.util.List;

/**
 * The default format, one line per finding, which editors and problem
 * matchers parse: {@code path:line:col: severity: message [ID slug]}.
 * Ends with a one-line summary. A finding {@code --fix} would fix is marked {@code [*]} before
 * its message (where editors' problem matchers keep reading the message), and a last line
 * says how many are fixable.
 */
public final class TextReporter implements Reporter {
    private final boolean color;
    private final boolean summary;
    private final boolean unsafeFixes;

    public TextReporter(boolean color, boolean summary) {
        this(color, summary, false);
    }

    /** @param unsafeFixes unsafe fixes are applied too (--unsafe-fixes), so they count as fixable */
    public TextReporter(boolean color, boolean summary, boolean unsafeFixes) {
        this.color = color;
        this.summary = summary;
        this.unsafeFixes = unsafeFixes;
    }

    @Override
    public void write(List<FileResult> results, Appendable out) throws IOException {
        int errors = 0, warnings = 0, others = 0, files = 0, fixable = 0, unsafeOnly = 0;
        for (FileResult r : results) {
            if (!r.findings().isEmpty()) files++;
            for (Finding f : r.findings()) {
                switch (f.severity()) {
                    case ERROR: errors++; break;
                    case WARNING: warnings++; break;
                    default: others++;
                }
                boolean marked = false;
                if (f.fix() != null) {
                    dflint.engine.FixSafety safety = f.fixSafety();
                    marked = safety == dflint.engine.FixSafety.SAFE || (safety == dflint.engine.FixSafety.UNSAFE && unsafeFixes);
                    if (marked) fixable++;
                    else if (safety == dflint.engine.FixSafety.UNSAFE) unsafeOnly++;
                }
                out.append(sanitize(r.path())).append(':').append(Integer.toString(f.line())).append(':')
                        .append(Integer.toString(f.column())).append(": ")
                        .append(paint(f.severity().label(), colorOf(f))).append(": ")
                        .append(marked ? "[*] " : "")
                        .append(sanitize(f.message())).append(" [").append(f.ruleId()).append(' ')
                        .append(f.slug()).append("]\n");
            }
        }
        if (summary) {
            int total = errors + warnings + others;
            if (total == 0) {
                out.append(results.size() == 1 ? "1 file checked, no problems\n"
                        : results.size() + " files checked, no problems\n");
            } else {
                out.append(total + (total == 1 ? " problem" : " problems") + " (" + errors + " error"
                        + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s")
                        + ", " + others + " other) in " + files + " of " + results.size()
                        + (results.size() == 1 ? " file" : " files") + "\n");
            }
            if (fixable > 0 || unsafeOnly > 0) {
                out.append("[*] ").append(Integer.toString(fixable)).append(" fixable with --fix");
                if (unsafeFixes) out.append(" --unsafe-fixes");
                if (unsafeOnly > 0) out.append(" (").append(Integer.toString(unsafeOnly)).append(" more with --unsafe-fixes)");
                out.append('\n');
            }
        }
    }

    private String colorOf(Finding f) {
        switch (f.severity()) {
            case ERROR: return "31";
            case WARNING: return "33";
            case INFO: return "36";
            default: return "35";
        }
    }

    private String paint(String s, String code) {
        return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    /** Keeps a finding on one line and strips terminal control characters that came from the file. */
    static String sanitize(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029;
            if (bad && b == null) {
                b = new StringBuilder(s.length());
                b.append(s, 0, i);
            }
            if (b != null) {
                if (!bad) b.append(c);
                else if (c == '\t') b.append(' ');
                else b.append(String.format("\\x%02x", (int) c & 0xFF));
            }
        }
        return b == null ? s : b.toString();
    }
}
