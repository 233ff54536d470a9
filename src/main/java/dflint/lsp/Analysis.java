package dflint.lsp;

import dflint.engine.Finding;
import dflint.engine.LintOptions;
import dflint.graph.StageGraph;
import dflint.syntax.Dockerfile;
import java.util.List;

/**
 * One version of an open document as dflint sees it: parsed, its stage graph, and its findings
 * under the configuration that governs the file, as {@code dflint FILE} would report them.
 *
 * @param version  the document version this is of
 * @param lines    the text and its line starts
 * @param file     the parse, or null when the text was refused before parsing (too large, binary)
 * @param graph    the stage graph for the configured targets, or null with {@code file}
 * @param findings what the linter reports, empty when {@code problem} is set
 * @param options  the options the file was linted with (defaults when the configuration is broken)
 * @param problem  why the file was not linted (a broken configuration, an unknown target, an
 *                 internal error), shown as one diagnostic; null when it was
 */
record Analysis(int version, LineIndex lines, Dockerfile file, StageGraph graph, List<Finding> findings,
                LintOptions options, String problem) {

    String text() {
        return lines.text();
    }
}
