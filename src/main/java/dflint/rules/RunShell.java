package dflint.rules;

import dflint.engine.LintOptions;
import dflint.engine.RuleContext;
import dflint.shell.Command;
import dflint.shell.Positions;
import dflint.shell.RunScript;
import dflint.shell.RunScripts;
import dflint.syntax.Dockerfile;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the shell-reading rules walk RUNs: every RUN of the file (ONBUILD RUN too), the
 * SHELL in effect for it, and the scripts {@link RunScripts} reads from it. Read once per
 * lint of a file and shared by the rules of that lint (the last file is remembered per
 * thread, by identity).
 */
final class RunShell {
    private RunShell() {}

    /**
     * A RUN, the instruction that holds it (itself, or the ONBUILD it triggers), the SHELL
     * argv in effect, its scripts and all their commands in order.
     */
    record RunAt(Instruction.Run run, Instruction holder, List<String> shell, List<RunScript> scripts,
                 List<Command> commands) {
        int line() {
            return holder.line();
        }

        boolean exec() {
            return run.command().exec();
        }

        /** A SHELL such as PowerShell or cmd: none of the POSIX checks apply. */
        boolean posixShell() {
            return ShellInEffect.isPosix(shell);
        }
    }

    private record Memo(Dockerfile file, LintOptions options, List<RunAt> runs, Map<Instruction, RunAt> byHolder) {}

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    /** Every RUN in file order, ONBUILD RUN included. */
    static List<RunAt> runs(RuleContext cx) {
        return memo(cx).runs();
    }

    private static Memo memo(RuleContext cx) {
        Memo m = LAST.get();
        if (m != null && m.file() == cx.file() && m.options() == cx.options()) return m;
        List<RunAt> out = new ArrayList<>();
        Map<Instruction, RunAt> byHolder = new IdentityHashMap<>();
        Map<Instruction, List<String>> shells = null;
        for (Instruction i : cx.file().instructions()) {
            Instruction.Run run = runOf(i);
            if (run == null) continue;
            if (shells == null) shells = ShellInEffect.byInstruction(cx.graph());
            List<String> shell = shells.getOrDefault(i, ShellInEffect.DEFAULT);
            List<RunScript> scripts = RunScripts.of(run, shell);
            List<Command> commands = new ArrayList<>();
            for (RunScript s : scripts) commands.addAll(s.script().commands());
            RunAt r = new RunAt(run, i, shell, scripts, Collections.unmodifiableList(commands));
            out.add(r);
            byHolder.put(i, r);
        }
        m = new Memo(cx.file(), cx.options(), Collections.unmodifiableList(out), byHolder);
        LAST.set(m);
        return m;
    }

    /** The RUN whose holder is {@code i}, or null. */
    static RunAt at(RuleContext cx, Instruction i) {
        return runOf(i) == null ? null : memo(cx).byHolder().get(i);
    }

    /** The RUN in {@code i} (a RUN, or ONBUILD RUN), or null. */
    static Instruction.Run runOf(Instruction i) {
        if (i instanceof Instruction.Run run) return run;
        if (i instanceof Instruction.Onbuild ob && ob.trigger() instanceof Instruction.Run run) return run;
        return null;
    }

    /** The heredoc is the whole command ({@code RUN <<EOF}): the SHELL in effect runs its body. */
    static boolean runBySHELL(RunAt r, RunScript s) {
        if (s.kind() == RunScript.Kind.SHELL_FORM) return true;
        if (s.kind() != RunScript.Kind.HEREDOC || s.heredoc() == null) return false;
        if (s.heredoc().content().startsWith("#!")) return false;
        Word text = r.run().command().words().isEmpty() ? null : r.run().command().words().get(0);
        return text != null && text.value().strip().startsWith("<<") && r.run().node().heredocs().get(0) == s.heredoc();
    }

    /** The shebang's words of a heredoc script, or an empty list. */
    static List<String> shebangArgv(Heredoc h) {
        String body = h.effectiveContent();
        if (!body.startsWith("#!")) return List.of();
        int nl = body.indexOf('\n');
        List<String> out = new ArrayList<>();
        for (String w : body.substring(2, nl < 0 ? body.length() : nl).trim().split("[ \t]+")) if (!w.isEmpty()) out.add(w);
        if (!out.isEmpty() && ShellInEffect.baseName(out.get(0)).equals("env")) out.remove(0);
        return out;
    }

    /** Where the characters of a script's text were written: the RUN text, or a heredoc body. */
    static Positions positions(RunAt r, RunScript s) {
        if (s.kind() == RunScript.Kind.HEREDOC && s.heredoc() != null) {
            Heredoc h = s.heredoc();
            return Positions.lines(h.effectiveContent(), Math.max(1, h.firstBodyLine()), h.chomp() ? leadingTabs(h.content()) : null);
        }
        if (s.kind() == RunScript.Kind.SHELL_FORM && !r.run().command().words().isEmpty()) {
            Word text = r.run().command().words().get(0);
            return (a, b) -> r.run().node().rangeWithin(text, a, b);
        }
        return null;
    }

    private static int[] leadingTabs(String content) {
        String[] lines = content.split("\n", -1);
        int[] out = new int[lines.length];
        for (int i = 0; i < lines.length; i++) {
            int n = 0;
            while (n < lines[i].length() && lines[i].charAt(n) == '\t') n++;
            out[i] = n;
        }
        return out;
    }
}
