package dflint.graph;

import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;

/**
 * One reference from a stage to what it builds on or reads from: the FROM
 * parent, a {@code COPY/ADD --from}, a {@code RUN --mount ... from=}, or one of
 * those inherited from a parent stage's ONBUILD trigger. Identity equality:
 * each is one edge of the {@link StageGraph}.
 */
public final class StageRef {
    public enum Kind { PARENT, COPY_FROM, ADD_FROM, MOUNT_FROM, ONBUILD }

    /** What a reference resolves to under BuildKit's rules. */
    public enum Target { STAGE, IMAGE, SCRATCH, ERROR }

    /** Why a reference is an error (Target.ERROR), or NONE. */
    public enum Problem { NONE, BLANK_BASE, INDEX_OUT_OF_RANGE, VARIABLE }

    private final Kind kind;
    private final int owner;
    private final Instruction instruction;
    private final SourceRange range;
    private final String raw;
    private final String expanded;
    private final Target target;
    private final int stage;
    private final boolean byIndex;
    private final Problem problem;
    private final String error;
    private final Kind triggerKind;
    private final Sourceless sourceless;

    /**
     * A mount without from=: BuildKit records it as reading "scratch" (a stage of that name when
     * there is one), whatever its type; only a cache mount really reads it when the stage runs.
     */
    public enum Sourceless { NO, CACHE, OTHER }

    StageRef(Kind kind, int owner, Instruction instruction, SourceRange range, String raw, String expanded,
             Target target, int stage, boolean byIndex, Problem problem, String error, Kind triggerKind) {
        this(kind, owner, instruction, range, raw, expanded, target, stage, byIndex, problem, error, triggerKind, Sourceless.NO);
    }

    StageRef(Kind kind, int owner, Instruction instruction, SourceRange range, String raw, String expanded,
             Target target, int stage, boolean byIndex, Problem problem, String error, Kind triggerKind,
             Sourceless sourceless) {
        this.sourceless = sourceless;
        this.kind = kind;
        this.owner = owner;
        this.instruction = instruction;
        this.range = range;
        this.raw = raw;
        this.expanded = expanded;
        this.target = target;
        this.stage = stage;
        this.byIndex = byIndex;
        this.problem = problem;
        this.error = error;
        this.triggerKind = triggerKind;
    }

    public Kind kind() {
        return kind;
    }

    /** The index of the stage this reference belongs to (for ONBUILD: the child stage that runs the trigger). */
    public int owner() {
        return owner;
    }

    /** The instruction that makes the reference (for ONBUILD: the ONBUILD in the parent stage). */
    public Instruction instruction() {
        return instruction;
    }

    /** The flag or word that holds the reference. */
    public SourceRange range() {
        return range;
    }

    /** The reference as written (flag value with quotes removed, or the FROM image word). */
    public String raw() {
        return raw;
    }

    /** The value after expansion (FROM only; equal to raw for --from and mounts). */
    public String expanded() {
        return expanded;
    }

    public Target target() {
        return target;
    }

    /** The referenced stage's index when target is STAGE, else -1. */
    public int stage() {
        return stage;
    }

    /** A {@code --from=<n>} that named its stage by number. */
    public boolean byIndex() {
        return byIndex;
    }

    public Problem problem() {
        return problem;
    }

    /** BuildKit's error text when target is ERROR, else null. */
    public String error() {
        return error;
    }

    /** For an ONBUILD reference, the kind of reference inside the trigger; else the kind itself. */
    public Kind triggerKind() {
        return triggerKind;
    }

    /** Whether this is a mount without from= (and then whether a cache mount). */
    public Sourceless sourceless() {
        return sourceless;
    }

    /**
     * The reference reads its stage when the owner runs, so that stage must come earlier in the
     * file: false only for a mount without from= that is not a cache mount (a dependency, no read).
     */
    public boolean readsWhenRun() {
        return sourceless != Sourceless.OTHER;
    }

    /** A dependency BuildKit records (not the FROM parent). */
    public boolean isDependency() {
        return kind != Kind.PARENT;
    }

    public boolean isStage() {
        return target == Target.STAGE;
    }

    /** The image name for IMAGE and SCRATCH targets, else null. */
    public String image() {
        return target == Target.IMAGE || target == Target.SCRATCH ? expanded : null;
    }

    /**
     * Images whose configuration sets no environment but PATH and no working directory, so a
     * variable the Dockerfile does not set is certainly unset in a stage built on them.
     */
    private static final java.util.Set<String> PLAIN_IMAGES = java.util.Set.of("scratch", "alpine", "busybox", "debian", "ubuntu");

    /** The reference is scratch or a plain distribution image (alpine, busybox, debian, ubuntu, at any tag). */
    public boolean isPlainBase() {
        if (target == Target.SCRATCH) return true;
        String name = image();
        if (name == null) return false;
        int at = name.indexOf('@');
        if (at >= 0) name = name.substring(0, at);
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        if (colon > slash) name = name.substring(0, colon);
        for (String prefix : java.util.List.of("docker.io/library/", "index.docker.io/library/", "library/", "docker.io/")) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        return PLAIN_IMAGES.contains(name);
    }

    /** For a mount reference, its target= (or dst=, destination=) path; else null. */
    public String mountTarget() {
        if ((kind == Kind.ONBUILD ? triggerKind : kind) != Kind.MOUNT_FROM) return null;
        Instruction i = instruction instanceof Instruction.Onbuild ob ? ob.trigger() : instruction;
        if (i == null) return null;
        for (dflint.syntax.Flag f : i.node().flags()) {
            if (f.range().equals(range) && f.value() != null) {
                for (String key : new String[] {"target", "dst", "destination"}) {
                    String t = StageGraph.mountOption(f.value(), key);
                    if (t != null) return t;
                }
                return "";
            }
        }
        return "";
    }

    /** How the reference reads in a message: {@code COPY --from=build}, {@code FROM base}. */
    public String describe() {
        switch (kind == Kind.ONBUILD ? triggerKind : kind) {
            case PARENT: return "FROM " + raw;
            case COPY_FROM: return (kind == Kind.ONBUILD ? "ONBUILD " : "") + "COPY --from=" + raw;
            case ADD_FROM: return (kind == Kind.ONBUILD ? "ONBUILD " : "") + "ADD --from=" + raw;
            default:
                return (kind == Kind.ONBUILD ? "ONBUILD " : "") + (sourceless == Sourceless.NO ? "RUN --mount from=" + raw
                        : "RUN --mount without from= (which BuildKit reads as from=" + raw + ")");
        }
    }

    @Override
    public String toString() {
        return kind + "(" + owner + " -> " + (target == Target.STAGE ? "stage " + stage : target + " " + raw) + ")";
    }
}
