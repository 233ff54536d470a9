package dflint.rules;

import dflint.shell.Positions;
import dflint.shell.RunScript;
import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.Word;
import dflint.syntax.SourceRange;
import java.util.List;

/** Helpers for the rules that read a RUN's shell scripts (see {@link RunSites} for the walk itself). */
final class RunShell {
    private RunShell() {}

    /** The RUN in {@code i} (a RUN, or ONBUILD RUN), or null. */
    static Instruction.Run runOf(Instruction i) {
        if (i instanceof Instruction.Run run) return run;
        if (i instanceof Instruction.Onbuild ob && ob.trigger() instanceof Instruction.Run run) return run;
        return null;
    }

    /** The heredoc is the whole command ({@code RUN <<EOF}): the SHELL in effect runs its body. */
    static boolean runBySHELL(RunSites.Site r, RunScript s) {
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
        List<String> out = Scan.words(body.substring(2, nl < 0 ? body.length() : nl).trim(), " \t");
        if (!out.isEmpty() && ShellInEffect.baseName(out.get(0)).equals("env")) out.remove(0);
        return out;
    }

    /** Where the characters of a script's text were written: the RUN text, or a heredoc body. */
    static Positions positions(RunSites.Site r, RunScript s) {
        if (s.kind() == RunScript.Kind.HEREDOC && s.heredoc() != null) {
            Heredoc h = s.heredoc();
            return Positions.lines(h.effectiveContent(), Math.max(1, h.firstBodyLine()), h.chomp() ? leadingTabs(h.content()) : null);
        }
        if (s.kind() == RunScript.Kind.SHELL_FORM && !r.run().command().words().isEmpty()) {
            Word text = r.run().command().words().get(0);
            return new Positions() {
                @Override
                public SourceRange range(int a, int b) {
                    return r.run().node().rangeWithin(text, a, b);
                }
            };
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
