package dflint.rules;

import dflint.engine.Fix;
import dflint.engine.FixSafety;
import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.graph.ImageDefaults;
import dflint.graph.StageRef;
import dflint.syntax.Instruction;
import dflint.syntax.VariableExpander;

/**
 * The first WORKDIR of a stage chain (the stage and its FROM-parent stages) is
 * relative, so it lands wherever the base image's working directory is. Later
 * WORKDIRs are relative to that first one and are fine. The path is judged after
 * expanding the variables the stage knows; a path that starts with a variable
 * whose value is unknown here (an ARG without default, an ENV of the base image)
 * may well be absolute and is not reported. A Windows drive path (C:\ or C:/) is
 * absolute.
 *
 * <p>The fix writes the absolute path the build uses today, which needs the base image's own
 * WORKDIR: it is offered only when the stage chain starts from scratch or from an image whose
 * WORKDIR is known ({@link ImageDefaults}), and puts that directory in front of the path as
 * written, variables and all. When the path starts with a variable, a build argument could make
 * it absolute, and the prefix would then change it: that fix is unsafe.
 */
@RuleInfo(id = "DF2007", slug = "relative-workdir", severity = Severity.WARNING,
        summary = "The first WORKDIR of a stage chain is a relative path",
        aliases = {"WorkdirRelativePath", "DL3000"},
        tags = {"correctness", "buildkit", "hadolint"}, fix = FixSafety.SAFE)
public final class RelativeWorkdir implements Rule {
    @Override
    public void check(RuleContext cx) {
        boolean[] inheritsWorkdir = DispatchScope.inherited(cx.graph(), Instruction.Workdir.class);
        StageVariables.forEachUnit(cx, new StageVariables.UnitVisitor() {
            @Override
            public void visit(DispatchScope.Unit u, StageVariables vars) {
                if (u.stage() != null && inheritsWorkdir[u.stage().index()]) return;
                for (Instruction i : u.instructions()) {
                    if (i instanceof Instruction.Workdir w && w.path() != null) {
                        checkFirst(cx, w, vars, u.stage());
                        break;
                    }
                    vars.apply(i);
                }
            }
        });
    }

    /** The working directory the stage chain starts in, when its base image is known; null otherwise. */
    private static String baseWorkdir(RuleContext cx, dflint.graph.Stage stage) {
        if (stage == null) return null;
        StageRef root = cx.graph().rootBase(stage);
        if (root == null || (root.target() != StageRef.Target.IMAGE && root.target() != StageRef.Target.SCRATCH)) return null;
        ImageDefaults.Known k = ImageDefaults.of(root.image());
        return k == null ? null : k.workdir();
    }

    private static void checkFirst(RuleContext cx, Instruction.Workdir w, StageVariables vars, dflint.graph.Stage stage) {
        String raw = w.path().value();
        VariableExpander.Expansion e = vars.expand(raw);
        // a leading variable without a known value may hold an absolute path
        for (VariableExpander.Reference r : e.references()) {
            if (vars.value(r.name()) == null && leadsPath(raw, r.offset())) return;
        }
        String path = e.value();
        if (isAbsolute(path)) return;
        String rel = path.startsWith("./") ? path.substring(2) : path;
        String shown = raw.equals(path) ? "\"" + raw + "\"" : "\"" + raw + "\" (\"" + path + "\")";
        String what = "WORKDIR " + shown + " is relative to the base image's working directory, and no "
                + "absolute WORKDIR comes before it in this stage or its parent stages; ";
        String baseWorkdir = baseWorkdir(cx, stage);
        if (baseWorkdir == null) {
            // an image may set its own WORKDIR (golang's is /go): only the author knows the absolute path
            cx.report(w.path().range(), what + "write the absolute path it stands for (the base image's WORKDIR"
                    + " followed by /" + rel + ")");
            return;
        }
        String prefix = baseWorkdir.endsWith("/") ? baseWorkdir : baseWorkdir + "/";
        Fix fix = null;
        if (w.path().range().startLine() == w.path().range().endLine()) {
            String written = stripDotSlash(raw);
            // inside the quotes when the path is quoted: "/app", not /"app"
            boolean quoted = written.startsWith("\"") || written.startsWith("'");
            String text = quoted ? written.charAt(0) + prefix + stripDotSlash(written.substring(1)) : prefix + written;
            fix = new Fix("make it absolute", w.path().range(), text)
                    .withSafety(leadingVariable(raw) ? FixSafety.UNSAFE : FixSafety.SAFE);
        }
        cx.report(w.path().range(), what + "write WORKDIR " + prefix + rel, fix);
    }

    /** The path starts with a variable, after any quotes. */
    private static boolean leadingVariable(String raw) {
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c != '"' && c != '\'') return c == '$';
        }
        return false;
    }

    private static String stripDotSlash(String p) {
        return p.startsWith("./") ? p.substring(2) : p;
    }

    /** True when only quotes come before the reference. */
    private static boolean leadsPath(String raw, int offset) {
        for (int k = 0; k < offset; k++) {
            char c = raw.charAt(k);
            if (c != '"' && c != '\'') return false;
        }
        return true;
    }

    static boolean isAbsolute(String path) {
        if (path.startsWith("/") || path.startsWith("\\")) return true;
        return path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0));
    }
}
