package dflint.rules;

import dflint.engine.RuleContext;
import dflint.graph.Stage;
import dflint.graph.StageGraph;
import dflint.shell.Command;
import dflint.shell.RunScript;
import dflint.shell.RunScripts;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the package-manager rules (DF3008-DF3062) walk RUNs: every RUN, ONBUILD RUN included,
 * with the scripts it runs under the SHELL in effect (inherited through {@code FROM <stage>}),
 * the stage it is in, and the ENV/ARG values it sees.
 */
final class RunSites {
    private RunSites() {}

    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    /** A RUN, the instruction holding it (itself or an ONBUILD), its stage (null before any FROM) and its scripts. */
    record Site(Instruction holder, Instruction.Run run, Stage stage, List<RunScript> scripts, List<Command> commands) {
        Site(Instruction holder, Instruction.Run run, Stage stage, List<RunScript> scripts) {
            this(holder, run, stage, scripts, allCommands(scripts));
        }

        boolean onbuild() {
            return holder instanceof Instruction.Onbuild;
        }

        /** Every command of every shell script of the RUN, in order; collected once, since every rule asks. */
        private static List<Command> allCommands(List<RunScript> scripts) {
            if (scripts.size() == 1) return scripts.get(0).script().commands();
            List<Command> out = new ArrayList<>();
            for (RunScript s : scripts) out.addAll(s.script().commands());
            return List.copyOf(out);
        }
    }

    /** The last file's sites, per thread: the rules of one file ask in turn, so each file is walked once. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    static List<Site> of(RuleContext cx) {
        StageGraph g = cx.graph();
        Object[] last = LAST.get();
        if (last != null && last[0] == cx.file() && last[1] == g) {
            @SuppressWarnings("unchecked")
            List<Site> cached = (List<Site>) last[2];
            return cached;
        }
        List<Site> sites = List.copyOf(walk(cx, g));
        LAST.set(new Object[] {cx.file(), g, sites});
        return sites;
    }

    private static List<Site> walk(RuleContext cx, StageGraph g) {
        List<Site> out = new ArrayList<>();
        // the SHELL at every instruction, in one pass: asking per RUN was quadratic in the RUN count
        Map<Instruction, List<String>> shells = g == null ? Map.of() : ShellInEffect.byInstruction(g);
        for (Instruction i : cx.file().instructions()) {
            Instruction.Run run = null;
            if (i instanceof Instruction.Run r) run = r;
            else if (i instanceof Instruction.Onbuild o && o.trigger() instanceof Instruction.Run r) run = r;
            if (run == null) continue;
            Stage stage = g == null ? null : g.stageOf(i);
            out.add(new Site(i, run, stage, RunScripts.of(run, shells.getOrDefault(i, DEFAULT_SHELL))));
        }
        return out;
    }

    /**
     * What a RUN's work leaves behind matters: true when its stage ends up in a target image
     * (a target or the FROM ancestor of one). An ONBUILD trigger runs in whatever image builds
     * on this one, so it always matters; so does a RUN the graph cannot place.
     */
    static boolean inImage(RuleContext cx, Site s) {
        if (s.onbuild() || s.stage() == null || cx.graph() == null) return true;
        return cx.graph().inTargetImage(s.stage());
    }

    /** The SHELL argv in effect at {@code at}: the stage's last SHELL before it, else its FROM parents'. */
    /**
     * Instructions whose image settings a RUN at {@code at} sees, oldest first: the FROM parent
     * stages' (root first), then its own stage's up to {@code at}. Before any FROM: the file's
     * instructions before {@code at}.
     */
    static List<Instruction> visibleBefore(RuleContext cx, Stage stage, Instruction at) {
        List<Instruction> out = new ArrayList<>();
        if (stage == null || cx.graph() == null) {
            for (Instruction i : cx.file().instructions()) {
                if (i == at) break;
                out.add(i);
            }
            return out;
        }
        List<Stage> chain = cx.graph().parentChain(stage);
        for (int k = chain.size() - 1; k >= 1; k--) out.addAll(chain.get(k).instructions());
        for (Instruction i : stage.instructions()) {
            if (i == at) break;
            out.add(i);
        }
        return out;
    }

    /**
     * The environment variables a RUN sees from the Dockerfile: ENV of its stage and FROM parents,
     * and ARG of its own stage (ARG values are set while RUN executes; a --build-arg wins over the
     * default). Values as written.
     */
    static Map<String, String> environment(RuleContext cx, Site s) {
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, String> buildArgs = cx.options() == null ? Map.of() : cx.options().buildArgs();
        List<Instruction> seen = visibleBefore(cx, s.stage(), s.holder());
        java.util.Set<Instruction> own = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        own.addAll(s.stage() == null ? seen : s.stage().instructions());
        for (Instruction i : seen) {
            if (i instanceof Instruction.Env e) {
                for (Instruction.KeyValue kv : e.pairs()) env.put(kv.name(), kv.value() == null ? "" : kv.value().value());
            } else if (i instanceof Instruction.Arg a && own.contains(i)) {
                for (Instruction.KeyValue kv : a.args()) {
                    String v = buildArgs.get(kv.name());
                    if (v == null && kv.value() != null) v = kv.value().value();
                    if (v != null && !env.containsKey(kv.name())) env.put(kv.name(), v);
                }
            }
        }
        return env;
    }

    /** "a, b and c" (at most five names, then "and N more"), for messages naming packages. */
    static String names(List<dflint.shell.ShellWord> words) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(words.size(), words.size() > 5 ? 4 : 5);
        for (int k = 0; k < shown; k++) {
            if (k > 0) b.append(k == words.size() - 1 ? " and " : ", ");
            b.append(words.get(k).value());
        }
        if (shown < words.size()) b.append(" and ").append(words.size() - shown).append(" more");
        return b.toString();
    }

    /** A word whose value the linter cannot know (it expands a variable or runs a command). */
    static boolean unknowable(dflint.shell.ShellWord w) {
        return w.hasExpansion();
    }

    /** apt-get's dry run ({@code -s}, {@code --simulate}, ...): nothing is installed and nothing is asked. */
    static boolean simulates(dflint.shell.PackageCommand p) {
        return p.args().has("-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act");
    }
}
