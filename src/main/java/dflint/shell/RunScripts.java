package dflint.shell;

import dflint.syntax.Heredoc;
import dflint.syntax.Instruction;
import dflint.syntax.Node;
import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The scripts a RUN instruction runs. Shell form gives its text, read by the SHELL in
 * effect; a heredoc RUN gives each body that is a script, read by the interpreter it
 * names (a {@code #!} line, or the command it is fed to: {@code RUN <<EOF bash}); a
 * heredoc fed to another command ({@code cat <<EOF > file}) is data, not a script;
 * exec form gives its argv as one command.
 */
public final class RunScripts {
    private RunScripts() {}

    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");
    private static final List<String> DEFAULT_SHELL = List.of("/bin/sh", "-c");

    /** The scripts of {@code run} under the default {@code /bin/sh -c}. */
    public static List<RunScript> of(Instruction.Run run) {
        return of(run, null);
    }

    /** The scripts of {@code run} under {@code shell} (the SHELL argv in effect; null for the default). */
    public static List<RunScript> of(Instruction.Run run, List<String> shell) {
        List<String> sh = shell == null || shell.isEmpty() ? DEFAULT_SHELL : shell;
        List<RunScript> out = new ArrayList<>();
        try {
            collect(run, sh, out);
        } catch (RuntimeException e) {
            // never fail a lint over one odd RUN
        }
        return List.copyOf(out);
    }

    /** The commands of every shell script of {@code run}, in order. */
    public static List<Command> commands(Instruction.Run run, List<String> shell) {
        List<Command> out = new ArrayList<>();
        for (RunScript s : of(run, shell)) out.addAll(s.script().commands());
        return out;
    }

    static boolean isPosixShell(String interpreter) {
        return interpreter != null && SHELLS.contains(interpreter);
    }

    /** Base name of a program path, lower case, without {@code .exe}. */
    static String programName(String path) {
        String p = path.replace('\\', '/');
        int slash = p.lastIndexOf('/');
        String b = (slash >= 0 ? p.substring(slash + 1) : p).toLowerCase(Locale.ROOT);
        return b.endsWith(".exe") ? b.substring(0, b.length() - 4) : b;
    }

    private static void collect(Instruction.Run run, List<String> shell, List<RunScript> out) {
        Node node = run.node();
        Instruction.CommandLine cl = run.command();
        String shellName = programName(shell.get(0));
        if (cl.exec()) {
            out.add(new RunScript(RunScript.Kind.EXEC, cl.words().isEmpty() ? "" : programName(cl.words().get(0).value()),
                    ShellScript.ofArgv(cl.words()), null));
            return;
        }
        if (cl.words().isEmpty()) return;
        Word text = cl.words().get(0);
        boolean posix = isPosixShell(shellName);
        ShellScript line = posix ? ShellScript.parse(text.value(), new Positions() {
            @Override
            public SourceRange range(int a, int b) {
                return node.rangeWithin(text, a, b);
            }
        }) : ShellScript.empty();
        List<Heredoc> heredocs = node.heredocs();
        if (heredocs.isEmpty()) {
            out.add(new RunScript(RunScript.Kind.SHELL_FORM, shellName, line, null));
            return;
        }
        if (!line.isEmpty()) out.add(new RunScript(RunScript.Kind.SHELL_FORM, shellName, line, null));
        // which command each heredoc feeds, in the order the line opens them
        List<Command> feeds = new ArrayList<>();
        for (Command c : line.commands()) {
            for (Redirect r : c.redirects()) if (r.isHeredoc()) feeds.add(c);
        }
        for (int k = 0; k < heredocs.size(); k++) {
            Heredoc h = heredocs.get(k);
            String interpreter;
            if (line.isEmpty() && k == 0) {
                interpreter = shellName; // RUN <<EOF: the body is the command, run by the SHELL
            } else if (k < feeds.size() && feedsScript(feeds.get(k))) {
                interpreter = programName(feeds.get(k).name());
                if (interpreter.equals("busybox")) interpreter = "sh";
            } else {
                continue; // data for some command (cat <<EOF > file), not a script
            }
            String body = h.effectiveContent();
            String bang = shebang(body);
            if (bang != null) interpreter = bang;
            ShellScript script = isPosixShell(interpreter)
                    ? ShellScript.parse(body, Positions.lines(body, Math.max(1, h.firstBodyLine()), strippedTabs(h)))
                    : ShellScript.empty();
            out.add(new RunScript(RunScript.Kind.HEREDOC, interpreter, script, h));
        }
    }

    /** A shell or interpreter that reads its script from stdin: no -c, no script file operand. */
    private static boolean feedsScript(Command c) {
        String name = programName(c.name());
        if (name.equals("busybox")) {
            return c.arguments().size() == 1 && c.argument(0).value().equals("sh");
        }
        if (isPosixShell(name)) {
            Args a = c.args(Set.of("-o", "+o", "-O", "+O"));
            return !a.has("-c") && a.operands().isEmpty();
        }
        if (name.startsWith("python") || name.equals("perl") || name.equals("ruby") || name.equals("node")
                || name.equals("php") || name.equals("pwsh")) {
            Args a = c.args(Set.of());
            return a.operands().isEmpty() || a.operands().get(0).value().equals("-");
        }
        return false;
    }

    /** The interpreter a {@code #!} first line names, or null. */
    static String shebang(String body) {
        if (!body.startsWith("#!")) return null;
        int end = body.indexOf('\n');
        List<String> parts = blankSeparated((end < 0 ? body.substring(2) : body.substring(2, end)).trim());
        if (parts.isEmpty()) return null;
        String first = programName(parts.get(0));
        if (first.equals("env")) {
            for (int k = 1; k < parts.size(); k++) {
                if (parts.get(k).startsWith("-") || parts.get(k).contains("=")) continue;
                return programName(parts.get(k));
            }
            return null;
        }
        return first;
    }

    /** The runs of s between spaces and tabs (a loop, not a regex split: see ColdPathTest). */
    private static List<String> blankSeparated(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean blank = i == s.length() || s.charAt(i) == ' ' || s.charAt(i) == '\t';
            if (!blank && start < 0) start = i;
            if (blank && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** Tabs {@code <<-} removed from the start of each body line, so columns stay right. */
    private static int[] strippedTabs(Heredoc h) {
        if (!h.chomp()) return null;
        String c = h.content();
        List<Integer> counts = new ArrayList<>();
        boolean lineStart = true;
        int n = 0;
        for (int k = 0; k < c.length(); k++) {
            char ch = c.charAt(k);
            if (lineStart && ch == '\t') {
                n++;
                continue;
            }
            if (lineStart) {
                counts.add(n);
                n = 0;
                lineStart = false;
            }
            if (ch == '\n') {
                lineStart = true;
            }
        }
        counts.add(n);
        int[] a = new int[counts.size()];
        for (int k = 0; k < a.length; k++) a[k] = counts.get(k);
        return a;
    }
}
