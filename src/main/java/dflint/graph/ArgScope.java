package dflint.graph;

import dflint.syntax.Dockerfile;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments a FROM line sees in BuildKit: the predefined platform args
 * (overridable by build args), then every ARG before the first FROM in file
 * order, each taking its --build-arg value if one was given, else its default
 * expanded with the args defined so far. An ARG with neither is declared and
 * keeps whatever value it had (a predefined platform arg keeps its default). Immutable.
 */
public final class ArgScope {
    /** The platform BuildKit would report on a typical linux/amd64 builder. */
    public static final Map<String, String> PREDEFINED;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("BUILDPLATFORM", "linux/amd64");
        m.put("BUILDOS", "linux");
        m.put("BUILDARCH", "amd64");
        m.put("BUILDVARIANT", "");
        m.put("TARGETPLATFORM", "linux/amd64");
        m.put("TARGETOS", "linux");
        m.put("TARGETARCH", "amd64");
        m.put("TARGETVARIANT", "");
        PREDEFINED = Collections.unmodifiableMap(m);
    }

    private final Map<String, String> values;
    private final Set<String> declared;
    private final Set<String> globalNames;

    private ArgScope(Map<String, String> values, Set<String> declared, Set<String> globalNames) {
        this.values = Collections.unmodifiableMap(values);
        this.declared = Collections.unmodifiableSet(declared);
        this.globalNames = Collections.unmodifiableSet(globalNames);
    }

    /**
     * BuildKit's global scope. {@code targetStage} is the TARGETSTAGE value (may be null);
     * {@code predefined} is false for the legacy builder, which knows no platform args.
     */
    public static ArgScope global(Dockerfile file, Map<String, String> buildArgs, String targetStage, boolean predefined) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> declared = new LinkedHashSet<>();
        if (predefined) {
            for (var e : PREDEFINED.entrySet()) {
                values.put(e.getKey(), buildArgs.getOrDefault(e.getKey(), e.getValue()));
                declared.add(e.getKey());
            }
            values.put("TARGETSTAGE", buildArgs.getOrDefault("TARGETSTAGE", targetStage == null ? "default" : targetStage));
            declared.add("TARGETSTAGE");
        }
        Set<String> globals = new LinkedHashSet<>();
        for (Instruction ins : file.instructions()) {
            if (ins instanceof Instruction.From) break;
            if (!(ins instanceof Instruction.Arg arg)) continue;
            for (Instruction.KeyValue kv : arg.args()) {
                String name = kv.name();
                globals.add(name);
                declared.add(name);
                if (buildArgs.containsKey(name)) {
                    values.put(name, buildArgs.get(name));
                } else if (kv.value() != null) {
                    values.put(name, VariableExpander.expand(kv.value().value(), file.escape(), values).value());
                }
                // a bare ARG keeps a value set before it (a predefined arg, an earlier ARG)
            }
        }
        return new ArgScope(values, declared, globals);
    }

    /** The value of a set argument, or null. */
    public String value(String name) {
        return values.get(name);
    }

    /** Set or declared without a value. */
    public boolean isDeclared(String name) {
        return declared.contains(name);
    }

    /** The ARG names written before the first FROM. */
    public Set<String> globalNames() {
        return globalNames;
    }

    /** Every set argument and its value, predefined ones first. */
    public Map<String, String> values() {
        return values;
    }

    public VariableExpander.Expansion expand(String word, char escape) {
        return VariableExpander.expand(word, escape, values);
    }

    /** The names a list of instructions may use that came from here; for tests and debugging. */
    List<String> names() {
        return List.copyOf(values.keySet());
    }
}
