package dflint.report;

import dflint.engine.RuleDescriptor;
import java.util.List;

/**
 * What the machine-readable formats need besides the findings.
 *
 * @param version the tool version written into SARIF
 * @param rules   the rules that ran, in catalogue order (SARIF rule metadata)
 * @param paths   turns linted files into repository-relative paths
 */
public record ReportContext(String version, List<RuleDescriptor> rules, ArtifactPaths paths) {
    public ReportContext {
        rules = List.copyOf(rules);
    }
}
