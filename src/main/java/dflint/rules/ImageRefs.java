package dflint.rules;

import dflint.graph.StageGraph;
import dflint.graph.StageRef;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import dflint.syntax.SourceRange;
import dflint.syntax.VariableExpander;
import java.util.ArrayList;
import java.util.List;

/**
 * The external images a file pulls: FROM bases, {@code COPY/ADD --from=<image>}
 * and {@code RUN --mount from=<image>}, as the stage graph resolved them (FROM
 * after global ARG and --build-arg substitution). References in instructions
 * before the first FROM, which belong to no stage, are read from their flags.
 */
final class ImageRefs {
    private ImageRefs() {}

    /** One pulled image: what the reference expanded to, as written, and where. */
    /** {@code owner}: the index of the stage whose instruction pulls the image, or -1 before the first FROM. */
    record Pulled(String image, String written, String instruction, SourceRange range, int owner) {
        /** How a message shows it: the written form, plus the value when ARGs changed it. */
        String shown() {
            return written.equals(image) ? image : written + " (= " + image + ")";
        }
    }

    /**
     * Whether a pin matters for the pulled image. A base image matters when a shipped image's build
     * runs its stage (see {@link ImageScope}): the base of a test, development or CI-only image is
     * the author's working environment, not something shipped. Files copied or mounted from an
     * image always matter: they are someone else's binaries taken at whatever version is current.
     */
    static boolean pinMatters(dflint.engine.RuleContext cx, Pulled p) {
        if (p.owner() < 0 || !p.instruction().equals("FROM")) return true;
        return ImageScope.feedsShippedImage(cx, cx.graph().stages().get(p.owner()));
    }

    static List<Pulled> all(StageGraph graph, char escape) {
        List<Pulled> out = new ArrayList<>();
        MalformedNames malformed = new MalformedNames(graph);
        for (StageRef r : graph.refs()) {
            if (r.kind() == StageRef.Kind.ONBUILD || r.target() != StageRef.Target.IMAGE) continue;
            if (r.kind() == StageRef.Kind.PARENT && !fullyDefined(graph, r.raw(), escape)) continue;
            if (r.kind() == StageRef.Kind.PARENT && malformed.declaredBefore(r)) continue;
            if (!plausibleReference(r.image())) continue;
            String keyword = r.kind() == StageRef.Kind.PARENT ? "FROM" : r.kind() == StageRef.Kind.COPY_FROM ? "COPY --from"
                    : r.kind() == StageRef.Kind.ADD_FROM ? "ADD --from" : "RUN --mount from";
            out.add(new Pulled(r.image(), r.raw(), keyword, r.range(), r.owner()));
        }
        // instructions before the first FROM: BuildKit rejects them (DF0001) but what they pull is still judged
        for (Instruction i : graph.file().instructions()) {
            if (i instanceof Instruction.From) break;
            if (i instanceof Instruction.Copy || i instanceof Instruction.Add) {
                Flag f = i.node().flag("from");
                if (f != null && f.value() != null && !f.value().isEmpty() && f.value().indexOf('$') < 0
                        && !Scan.digits(f.value())) {
                    out.add(new Pulled(f.value(), f.value(), (i instanceof Instruction.Copy ? "COPY" : "ADD") + " --from", f.range(), -1));
                }
            } else if (i instanceof Instruction.Run) {
                for (Flag f : i.node().flags()) {
                    if (!f.name().equals("mount") || f.value() == null) continue;
                    for (String field : f.value().split(",")) {
                        if (field.startsWith("from=") && field.length() > 5 && field.indexOf('$') < 0) {
                            out.add(new Pulled(field.substring(5), field.substring(5), "RUN --mount from", f.range(), -1));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Only characters an image reference can hold (lower-case name, tag, digest);
     * a template placeholder or a stray quote is some other rule's finding.
     */
    static boolean plausibleReference(String ref) {
        if (ref == null || ref.isEmpty()) return false;
        for (int k = 0; k < ref.length(); k++) {
            char c = ref.charAt(k);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ".-_/:@+".indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    /**
     * Names that a malformed FROM (a template, extra words) declares with AS although it
     * defines no stage: a later FROM naming one is neither a stage nor an image. Collected
     * once per file, so a file with thousands of stages stays linear.
     */
    static final class MalformedNames {
        private final java.util.Map<Instruction, Integer> position = new java.util.IdentityHashMap<>();
        private final java.util.Map<String, Integer> firstDeclared = new java.util.HashMap<>();

        MalformedNames(StageGraph graph) {
            List<Instruction> all = graph.file().instructions();
            for (int n = 0; n < all.size(); n++) {
                Instruction i = all.get(n);
                if (!(i instanceof Instruction.From f)) continue;
                position.put(i, n);
                if (f.stageName() != null) continue;
                List<dflint.syntax.Word> args = i.node().args();
                for (int k = 0; k + 1 < args.size(); k++) {
                    if (args.get(k).value().equalsIgnoreCase("as")) {
                        firstDeclared.putIfAbsent(args.get(k + 1).value().toLowerCase(java.util.Locale.ROOT), n);
                    }
                }
            }
        }

        boolean declaredBefore(StageRef r) {
            if (firstDeclared.isEmpty()) return false;
            Integer declared = firstDeclared.get(r.raw().toLowerCase(java.util.Locale.ROOT));
            Integer at = position.get(r.instruction());
            return declared != null && at != null && declared < at;
        }
    }

    /** Every variable the FROM word uses is set (or guarded), so its expansion is what BuildKit would pull. */
    static boolean fullyDefined(StageGraph graph, String raw, char escape) {
        for (VariableExpander.Reference ref : graph.args().expand(raw, escape).references()) {
            if (!ref.defined() && !ref.guarded()) return false;
        }
        return true;
    }
}
