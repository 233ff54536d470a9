package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ImageDefaults;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * COPY/ADD to a relative destination while no WORKDIR is set in the stage or in
 * the stages it is built FROM: the files land wherever the base image's working
 * directory happens to be.
 */
@RuleInfo(id = "DF3045", slug = "copy-relative-without-workdir", severity = Severity.WARNING,
        summary = "COPY/ADD to a relative destination before any WORKDIR is set",
        aliases = {"DL3045"}, tags = {"correctness"})
public final class CopyRelativeWithoutWorkdir implements Rule {
    /** One relative destination: where, and what to say about it. */
    private record Hit(Word dest, String what) {}

    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        Workdirs w = new Workdirs(g);
        Stage current = null;
        boolean seenInStage = false;
        // one root cause per stage (no WORKDIR), so one finding per stage, at its first relative destination
        Map<Object, List<Hit>> byStage = new LinkedHashMap<>();
        Object outside = new Object();
        for (Instruction ins : cx.file().instructions()) {
            Stage stage = g.stageOf(ins);
            if (stage != current) {
                current = stage;
                seenInStage = false;
            }
            boolean before = seenInStage;
            seenInStage |= isWorkdir(ins);
            boolean onbuild = ins instanceof Instruction.Onbuild;
            Instruction i = ins instanceof Instruction.Onbuild ob ? ob.trigger() : ins;
            Word dest;
            String keyword;
            if (i instanceof Instruction.Copy c) {
                dest = c.destination();
                keyword = "COPY";
            } else if (i instanceof Instruction.Add a) {
                dest = a.destination();
                keyword = "ADD";
            } else {
                continue;
            }
            if (dest == null || !isRelative(dest.value())) continue;
            // a JSON array that did not parse (a template, a stray quote) has no real destination
            if (!i.node().json() && dest.value().endsWith("]")) continue;
            // an ONBUILD trigger runs in a child, after this whole stage
            if (stage != null && ((onbuild ? w.inStage[stage.index()] : before) || w.inParents[stage.index()])) continue;
            // on scratch the working directory is /, nothing else can change it
            if (stage != null && g.rootBase(stage).target() == dflint.graph.StageRef.Target.SCRATCH) continue;
            // a base image whose working directory is part of how it is used (golang's /go, php's
            // /var/www/html, UBI's /opt/app-root/src): the relative destination is deliberate and stable
            if (stage != null && setsItsOwnWorkdir(g.rootBase(stage))) continue;
            Object key = stage == null ? outside : stage;
            List<Hit> hits = byStage.get(key);
            if (hits == null) byStage.put(key, hits = new ArrayList<>());
            hits.add(new Hit(dest, (onbuild ? "ONBUILD " : "") + keyword + " destination " + unquote(dest.value())));
        }
        for (var e : byStage.entrySet()) {
            List<Hit> hits = e.getValue();
            Stage stage = e.getKey() instanceof Stage s ? s : null;
            String in = stage == null ? "" : " in " + stage.label() + (stage.parentIndex() >= 0 ? " or the stages it is built FROM" : "");
            StringBuilder also = new StringBuilder();
            for (int k = 1; k < hits.size(); k++) {
                also.append(k == 1 ? (hits.size() > 2 ? " (so are the ones on lines " : " (so is the one on line ") : k == hits.size() - 1 ? " and " : ", ")
                        .append(hits.get(k).dest().range().startLine());
            }
            if (also.length() > 0) also.append(')');
            cx.report(hits.get(0).dest().range(), hits.get(0).what() + " is relative" + also + ", but no WORKDIR is set" + in
                    + ", so it depends on the base image's working directory; use an absolute path or set WORKDIR first");
        }
    }

    /** Per stage, computed once: a WORKDIR anywhere in it, and in a stage it is built FROM (parents come first). */
    private static final class Workdirs {
        final boolean[] inStage;
        final boolean[] inParents;

        Workdirs(StageGraph g) {
            int n = g.stages().size();
            inStage = new boolean[n];
            inParents = new boolean[n];
            for (Stage s : g.stages()) {
                for (Instruction i : s.instructions()) inStage[s.index()] |= isWorkdir(i);
                Stage p = g.parent(s);
                inParents[s.index()] = p != null && (inStage[p.index()] || inParents[p.index()]);
            }
        }
    }

    private static boolean setsItsOwnWorkdir(dflint.graph.StageRef base) {
        if (base == null || base.target() != dflint.graph.StageRef.Target.IMAGE) return false;
        ImageDefaults.Known k = ImageDefaults.of(base.image());
        return k != null && !k.workdir().equals("/");
    }

    private static boolean isWorkdir(Instruction i) {
        return i instanceof Instruction.Workdir || (i instanceof Instruction.Onbuild ob && ob.trigger() instanceof Instruction.Workdir);
    }

    /** Relative: not /..., not a Windows drive path, not built from a variable (its value is unknown). */
    static boolean isRelative(String raw) {
        String v = unquote(raw);
        if (v.isEmpty() || v.startsWith("/") || v.startsWith("\\") || v.indexOf('$') >= 0) return false;
        return !(v.length() >= 2 && Character.isLetter(v.charAt(0)) && v.charAt(1) == ':');
    }

    private static String unquote(String raw) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
