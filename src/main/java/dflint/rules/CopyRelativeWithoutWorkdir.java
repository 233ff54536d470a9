package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.List;

/**
 * COPY/ADD to a relative destination while no WORKDIR is set in the stage or in
 * the stages it is built FROM: the files land wherever the base image's working
 * directory happens to be.
 */
@RuleInfo(id = "DF3045", slug = "copy-relative-without-workdir", severity = Severity.WARNING,
        summary = "COPY/ADD to a relative destination before any WORKDIR is set",
        aliases = {"DL3045"}, tags = {"correctness"})
public final class CopyRelativeWithoutWorkdir implements Rule {
    @Override
    public void check(RuleContext cx) {
        StageGraph g = cx.graph();
        for (Instruction ins : cx.file().instructions()) {
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
            Stage stage = g.stageOf(ins);
            if (stage != null && workdirSet(g, stage, ins, onbuild)) continue;
            // on scratch the working directory is /, nothing else can change it
            if (stage != null && g.rootBase(stage).target() == dflint.graph.StageRef.Target.SCRATCH) continue;
            String in = stage == null ? "" : " in " + stage.label() + (stage.parentIndex() >= 0 ? " or the stages it is built FROM" : "");
            cx.report(dest.range(), (onbuild ? "ONBUILD " : "") + keyword + " destination " + unquote(dest.value())
                    + " is relative, but no WORKDIR is set" + in + ", so it depends on the base image's working directory;"
                    + " use an absolute path or set WORKDIR first");
        }
    }

    /** A WORKDIR precedes this instruction in its stage, or is set anywhere in a parent stage. */
    static boolean workdirSet(StageGraph g, Stage stage, Instruction at, boolean onbuild) {
        for (Instruction i : stage.instructions()) {
            if (i == at) {
                // an ONBUILD trigger runs in a child, after this whole stage
                if (!onbuild) break;
                continue;
            }
            if (isWorkdir(i)) return true;
        }
        List<Stage> chain = g.parentChain(stage);
        for (int k = 1; k < chain.size(); k++) {
            for (Instruction i : chain.get(k).instructions()) {
                if (isWorkdir(i)) return true;
            }
        }
        return false;
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
