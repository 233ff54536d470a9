package dflint.report;

import java.io.IOException;
import java.util.List;

/** Writes the findings of a whole run in one output format. */
public interface Reporter {
    void write(List<FileResult> results, Appendable out) throws IOException;
}
