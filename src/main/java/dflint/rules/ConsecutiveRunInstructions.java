package dflint.rules;

import dflint.engine.Rule;
import dflint.engine.RuleContext;
import dflint.engine.RuleInfo;
import dflint.engine.Severity;
import dflint.shell.Command;
import dflint.syntax.Flag;
import dflint.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;

/** Two RUNs in a row that each run one command with the same flags: one RUN would do. */
@RuleInfo(id = "DF3059", slug = "consecutive-run-instructions", severity = Severity.INFO,
        summary = "Consecutive RUNs of single commands with the same flags; merge them into one RUN",
        aliases = {"DL3059"}, tags = {"size", "hadolint"}, enabledByDefault = false)
public final class ConsecutiveRunInstructions implements Rule {
    @Override
    public void check(RuleContext cx) {
        Instruction.Run previous = null;
        for (Instruction ins : cx.file().instructions()) {
            if (!(ins instanceof Instruction.Run run)) {
                previous = null; // any other instruction, FROM included, separates them
                continue;
            }
            RunSites.Site site = RunSites.at(cx, run);
            // layers count in images that are shipped, not in builder stages or tool images
            boolean single = singleCommand(site) && RunSites.inImage(cx, site);
            if (previous != null && single && flags(previous).equals(flags(run))) {
                String first = commandName(RunSites.at(cx, previous));
                cx.report(run.node().range(), "this RUN and the one at line " + previous.line() + (first == null ? "" : " ('" + first + "')")
                        + " each run one command with the same flags; join them with && into one RUN to save a layer");
            }
            previous = single ? run : null;
        }
    }

    /** One top-level command, no heredoc: a RUN that chains commands or is a script is a deliberate grouping. */
    static boolean singleCommand(RunSites.Site r) {
        if (!r.run().node().heredocs().isEmpty()) return false;
        if (r.exec()) return true;
        int top = 0;
        for (Command c : r.commands()) {
            if (c.parent() == null && !c.inSubstitution()) top++;
        }
        return top == 1;
    }

    private static String commandName(RunSites.Site r) {
        List<Command> cs = r.commands();
        return cs.isEmpty() ? null : cs.get(0).name();
    }

    private static List<String> flags(Instruction.Run run) {
        List<String> out = new ArrayList<>();
        for (Flag f : run.node().flags()) out.add(f.name() + "=" + f.value());
        out.sort(null);
        return out;
    }
}
