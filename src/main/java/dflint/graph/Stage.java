package dflint.graph;

import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.List;

/**
 * One build stage: a FROM and the instructions up to the next FROM.
 * {@code index} counts every FROM from 0, as {@code --from=<n>} does. The name is
 * lower-cased as BuildKit stores it; {@link #nameAsWritten()} keeps the original.
 */
public final class Stage implements Vertex {
    private final int index;
    private final Instruction.From from;
    private final String name;
    private final String nameAsWritten;
    private final List<Instruction> instructions;
    private final SourceRange range;
    StageRef parentRef;
    List<StageRef> refs = List.of();

    Stage(int index, Instruction.From from, List<Instruction> instructions, SourceRange range) {
        this.index = index;
        this.from = from;
        Word n = from.stageName();
        this.nameAsWritten = n == null ? null : n.value();
        this.name = n == null ? null : n.value().toLowerCase(java.util.Locale.ROOT);
        this.instructions = List.copyOf(instructions);
        this.range = range;
    }

    public int index() {
        return index;
    }

    /** The lower-cased name, or null for an unnamed stage. */
    public String name() {
        return name;
    }

    public String nameAsWritten() {
        return nameAsWritten;
    }

    public boolean isNamed() {
        return name != null;
    }

    /** The name, or BuildKit's internal {@code stage-<index>} for an unnamed stage. */
    public String displayName() {
        return name != null ? name : "stage-" + index;
    }

    /** How messages name it: {@code stage "build"} or {@code stage 2}. */
    public String label() {
        return name != null ? "stage \"" + name + "\"" : "stage " + index;
    }

    /** The stage for a message: {@code stage 1 "build" (line 3)} or {@code stage 1 (line 3)}. */
    public String describe() {
        return "stage " + index + (name != null ? " \"" + name + "\"" : "") + " (line " + line() + ")";
    }

    /** Where a name or a fix points: the AS word, or the base image word, or the FROM itself. */
    public SourceRange nameRange() {
        if (from.stageName() != null) return from.stageName().range();
        if (from.image() != null) return from.image().range();
        return from.range();
    }

    public Instruction.From from() {
        return from;
    }

    /** The FROM line. */
    public int line() {
        return from.line();
    }

    /** The base image word as written, or null when FROM has no argument. */
    public String baseAsWritten() {
        return from.image() == null ? null : from.image().value();
    }

    /** The base reference after global ARG expansion (BuildKit's view). */
    public String baseExpanded() {
        return parentRef == null ? null : parentRef.expanded();
    }

    /** FROM through the last instruction of the stage. */
    public SourceRange range() {
        return range;
    }

    /** The instructions after FROM, in order; ONBUILD triggers stay inside their ONBUILD. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** The FROM reference: what the stage is based on. */
    public StageRef parentRef() {
        return parentRef;
    }

    /** The parent stage index when FROM names an earlier stage, else -1. */
    public int parentIndex() {
        return parentRef != null && parentRef.isStage() ? parentRef.stage() : -1;
    }

    /** Every reference this stage makes: FROM, --from, mounts, and inherited ONBUILD ones, in order. */
    public List<StageRef> refs() {
        return refs;
    }

    @Override
    public String toString() {
        return "Stage(" + index + ", " + displayName() + ")";
    }
}
