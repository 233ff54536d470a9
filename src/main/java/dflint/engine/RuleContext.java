package dflint.engine;

import dflint.graph.StageGraph;
import dflint.syntax.Dockerfile;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule sees while it checks one file, and where it reports. A rule
 * reports a place and a message; the engine adds the rule's id and severity.
 */
public final class RuleContext {
    private final Dockerfile file;
    private final LintOptions options;
    private final List<RawFinding> sink;
    private RuleDescriptor current;
    private StageGraph graph;
    private Map<Object, Object> shared;

    /** A finding before the engine decorates it. */
    record RawFinding(RuleDescriptor rule, SourceRange range, String message, Fix fix) {}

    RuleContext(Dockerfile file, LintOptions options, List<RawFinding> sink) {
        this.file = file;
        this.options = options;
        this.sink = sink;
    }

    void setCurrent(RuleDescriptor rule) {
        this.current = rule;
    }

    public Dockerfile file() {
        return file;
    }

    public LintOptions options() {
        return options;
    }

    /** The file's stage graph for the options' targets and build args; built on first use, shared by every rule. */
    public StageGraph graph() {
        if (graph == null) {
            graph = StageGraph.build(file, options.targetSources(), options.buildArgs(), options.discoveredTargets());
        }
        return graph;
    }

    /**
     * A value derived from this file that several rules need (every RUN's shell scripts, say):
     * computed by the first rule that asks and handed to the rest. It lives as long as this
     * context, so nothing carries over from one file to the next.
     */
    public <T> T shared(Object key, Function<RuleContext, T> compute) {
        if (shared == null) shared = new HashMap<>();
        @SuppressWarnings("unchecked")
        T value = (T) shared.get(key);
        if (value == null) {
            value = compute.apply(this);
            shared.put(key, value);
        }
        return value;
    }

    public void report(SourceRange range, String message) {
        sink.add(new RawFinding(current, range, message, null));
    }

    public void report(SourceRange range, String message, Fix fix) {
        sink.add(new RawFinding(current, range, message, fix));
    }

    public void report(Instruction instruction, String message) {
        report(instruction.node().range(), message);
    }
}
