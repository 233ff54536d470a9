package dflint.report;

import dflint.engine.Finding;
import java.util.List;

/** The findings of one linted file, in order; path as given on the command line. */
public record FileResult(String path, List<Finding> findings) {
}
