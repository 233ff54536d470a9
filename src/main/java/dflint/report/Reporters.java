package dflint.report;

import java.util.List;

/** Creates a reporter by format name. */
public final class Reporters {
    private Reporters() {}

    public static final List<String> FORMATS = List.of("text", "json", "sarif", "checkstyle", "github", "codeclimate");

    /** The reporter for a format, or null when the name is not a format. */
    public static Reporter create(String format, ReportContext context, boolean color) {
        return create(format, context, color, false);
    }

    /** As {@link #create(String, ReportContext, boolean)}; {@code unsafeFixes} says unsafe fixes count as fixable. */
    public static Reporter create(String format, ReportContext context, boolean color, boolean unsafeFixes) {
        switch (format) {
            case "text": return new TextReporter(color, true, unsafeFixes);
            case "json": return new JsonReporter();
            case "checkstyle": return new CheckstyleReporter();
            case "github": return new GithubReporter(context);
            case "codeclimate": return new CodeClimateReporter(context);
            case "sarif": return new SarifReporter(context);
            default: return null;
        }
    }
}
