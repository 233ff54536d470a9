package dflint.report;

import dflint.engine.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The findings of one linted file, in order.
 *
 * @param path     the path as given on the command line ("-" for standard input)
 * @param file     the file on disk, or null for standard input
 * @param text     the file's text (for fingerprints that survive line shifts); may be empty
 * @param findings the findings, in the engine's order
 */
public record FileResult(String path, Path file, String text, List<Finding> findings) {

    public FileResult {
        findings = List.copyOf(findings);
        if (text == null) text = "";
    }

    public FileResult(String path, List<Finding> findings) {
        this(path, null, "", findings);
    }
}
