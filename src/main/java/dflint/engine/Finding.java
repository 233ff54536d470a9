package dflint.engine;

import dflint.syntax.SourceRange;
import java.util.List;

/** One problem in one file, decorated by the engine with the rule's identity and severity. */
public record Finding(String file, SourceRange range, String ruleId, String slug, List<String> aliases,
                      Severity severity, String message, Fix fix) {

    public int line() {
        return range.startLine();
    }

    public int column() {
        return range.startColumn();
    }

    /** The class of this finding's fix: {@link FixSafety#NONE} when it has none. */
    public FixSafety fixSafety() {
        return fix == null || fix.safety() == null ? FixSafety.NONE : fix.safety();
    }
}
