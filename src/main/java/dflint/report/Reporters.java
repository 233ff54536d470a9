package dflint.report;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * Creates a reporter by format name. SARIF is built on Jackson and the
 * sarif-java model, which cost a few hundred milliseconds to load, so its class
 * is named here only as a string: a text run never loads it.
 */
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
            case "sarif": return loadSarif(context);
            default: return null;
        }
    }

    private static Reporter loadSarif(ReportContext context) {
        try {
            return (Reporter) Class.forName("dflint.report.SarifReporter")
                    .getConstructor(ReportContext.class).newInstance(context);
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException
                 | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the SARIF reporter cannot be loaded", e);
        }
    }
}
