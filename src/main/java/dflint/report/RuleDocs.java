package dflint.report;

import dflint.engine.Packaged;

/**
 * The rule documents ({@code rules/<ID>.md}), compiled into {@link Packaged#ruleDoc} by the
 * build. They feed {@code dflint explain}, {@code dflint rules}, SARIF's rule help and the
 * language server's hovers; {@link MarkdownText} reads their parts.
 */
public final class RuleDocs {
    private RuleDocs() {}

    /** The stable web address of a rule's document. */
    public static String helpUri(String id) {
        return MarkdownText.documentUri(id);
    }

    /** The whole Markdown document, or null when the rule has none. */
    public static String markdown(String id) {
        return id.isEmpty() ? null : Packaged.ruleDoc(id);
    }
}
