package dflint.shell;

import dflint.syntax.SourceRange;
import java.util.List;
import java.util.Set;

/**
 * One simple command the script runs: its name and arguments, the {@code VAR=value}
 * assignments and redirections written with it, and where it sits in its script
 * (which operator follows it, the commands after it).
 */
public final class Command {
    private final List<ShellWord> words;
    private final List<Assignment> assignments;
    private final List<Redirect> redirects;
    private final String operatorAfter;
    private final Command parent;
    private final boolean inSubstitution;
    private final boolean inSubshell;
    ShellScript script;
    int index;
    /** Set by the parser: the command is in the condition of an if, elif, while or until. */
    boolean inCondition;

    Command(List<ShellWord> words, List<Assignment> assignments, List<Redirect> redirects,
            String operatorAfter, Command parent, boolean inSubstitution, boolean inSubshell) {
        this.words = words;
        this.assignments = assignments;
        this.redirects = redirects;
        this.operatorAfter = operatorAfter;
        this.parent = parent;
        this.inSubstitution = inSubstitution;
        this.inSubshell = inSubshell;
    }

    /** The command name as written ({@code /usr/bin/apt-get}, {@code apt-get}). */
    public String name() {
        return words.get(0).value();
    }

    /** The name without its directory: what rules compare against. */
    public String baseName() {
        // asked by every rule for every command: computed once
        String b = baseName;
        if (b == null) {
            String n = name();
            int slash = n.lastIndexOf('/');
            b = slash >= 0 && slash + 1 < n.length() ? n.substring(slash + 1) : n;
            baseName = b;
        }
        return b;
    }

    private String baseName;

    // Rules ask these of every command, each rule in turn; they are worked out once. A Command
    // belongs to one parse of one file, so nothing here outlives that file's lint.
    private Command unwrapped;
    PackageCommand packageCommand;
    boolean packageCommandKnown;

    /** True when the name (without directory) is one of {@code names}. */
    public boolean is(String... names) {
        String b = baseName();
        for (String n : names) if (n.equals(b)) return true;
        return false;
    }

    public ShellWord nameWord() {
        return words.get(0);
    }

    /** Name and arguments. */
    public List<ShellWord> words() {
        return words;
    }

    /** The words after the name. */
    public List<ShellWord> arguments() {
        return words.subList(1, words.size());
    }

    /** The argument at {@code i} (0 is the first after the name), or null. */
    public ShellWord argument(int i) {
        return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : null;
    }

    /** {@code VAR=value} written before the name. */
    public List<Assignment> assignments() {
        return assignments;
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    /**
     * What follows the command: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code |&},
     * {@code &}, {@code ;;}, a newline as {@code "\n"}, or {@code ""} at the end of its script.
     */
    public String operatorAfter() {
        return operatorAfter;
    }

    /** The {@code sh -c} (or {@code bash -c}, ...) command whose script this command is in; null otherwise. */
    public Command parent() {
        return parent;
    }

    /** The command runs inside a {@code $(…)} or backquote substitution. */
    public boolean inSubstitution() {
        return inSubstitution;
    }

    /**
     * The command is part of the condition of an {@code if}, {@code elif}, {@code while} or
     * {@code until}: its failure chooses a branch and never fails the script, even under set -e.
     */
    public boolean inCondition() {
        return inCondition;
    }

    /** The command runs inside a {@code ( … )} subshell. */
    public boolean inSubshell() {
        return inSubshell;
    }

    /** The script (RUN text or heredoc) this command was found in; nested {@code sh -c} commands share it. */
    public ShellScript script() {
        return script;
    }

    /** Position in {@link ShellScript#commands()}. */
    public int index() {
        return index;
    }

    /** The commands after this one in the same script, in order. */
    public List<Command> following() {
        List<Command> all = script.commands();
        return all.subList(Math.min(all.size(), index + 1), all.size());
    }

    /** The commands before this one in the same script, in order. */
    public List<Command> preceding() {
        return script.commands().subList(0, Math.min(index, script.commands().size()));
    }

    /** Name through last argument. */
    public SourceRange range() {
        SourceRange first = words.get(0).range();
        return first.to(words.get(words.size() - 1).range());
    }

    /** Where the name was written: the usual place to report a finding about the command. */
    public SourceRange nameRange() {
        return words.get(0).range();
    }

    /** Options and operands, with the options in {@code withValue} taking the next word as their value. */
    public Args args(Set<String> withValue) {
        return Args.parse(arguments(), withValue);
    }

    /** Options and operands when no option takes a value. */
    public Args args() {
        return Args.parse(arguments(), Set.of());
    }

    /**
     * True when any of {@code names} ({@code -y}, {@code --yes}, ...) is among the options,
     * also inside a cluster such as {@code -qy} and as {@code --opt=value}.
     */
    public boolean hasFlag(String... names) {
        return args().has(names);
    }

    /** True when an argument's value is exactly one of {@code values}. */
    public boolean hasArgument(String... values) {
        for (int i = 1; i < words.size(); i++) {
            String v = words.get(i).value();
            for (String s : values) if (s.equals(v)) return true;
        }
        return false;
    }

    private static final java.util.Map<String, Set<String>> WRAPPERS = java.util.Map.ofEntries(
            java.util.Map.entry("sudo", Set.of("-u", "--user", "-g", "--group", "-C", "--close-from", "-D", "--chdir",
                    "-h", "--host", "-p", "--prompt", "-r", "--role", "-t", "--type", "-T", "--command-timeout", "-U", "--other-user")),
            java.util.Map.entry("doas", Set.of("-u", "-C")),
            java.util.Map.entry("env", Set.of("-u", "--unset", "-C", "--chdir", "-S", "--split-string")),
            java.util.Map.entry("nice", Set.of("-n", "--adjustment")),
            java.util.Map.entry("nohup", Set.of()),
            java.util.Map.entry("time", Set.of("-f", "--format", "-o", "--output")),
            java.util.Map.entry("command", Set.of()),
            java.util.Map.entry("exec", Set.of("-a")),
            java.util.Map.entry("eatmydata", Set.of()),
            java.util.Map.entry("fakeroot", Set.of("-l", "--lib", "--faked", "-s", "-i")),
            java.util.Map.entry("stdbuf", Set.of("-i", "--input", "-o", "--output", "-e", "--error")),
            java.util.Map.entry("timeout", Set.of("-s", "--signal", "-k", "--kill-after")),
            java.util.Map.entry("xargs", Set.of("-a", "--arg-file", "-d", "--delimiter", "-E", "-e", "-I", "-i", "-L", "-l",
                    "-n", "--max-args", "-P", "--max-procs", "-s", "--max-chars")));

    /**
     * The command a wrapper runs: {@code sudo -u x apt-get install y}, {@code env A=1 pip install z},
     * {@code xargs apk add}, {@code timeout 60 curl …} give the inner command (its {@code VAR=value}
     * words as assignments), at the inner words' positions and at this command's place in the script.
     * A command that wraps nothing is returned as it is.
     */
    public Command unwrapped() {
        // The parser asks too (sudo bash -c), before the script has numbered its commands; the
        // inner command copies this one's script and index, so only a numbered answer is kept.
        if (script == null) return unwrap();
        Command u = unwrapped;
        if (u == null) unwrapped = u = unwrap();
        return u;
    }

    private Command unwrap() {
        Command c = this;
        for (int depth = 0; depth < 4; depth++) {
            Set<String> withValue = WRAPPERS.get(c.baseName());
            if (withValue == null) return c;
            String wrapper = c.baseName();
            List<ShellWord> w = c.words;
            List<Assignment> assigns = new java.util.ArrayList<>(c.assignments);
            int k = 1;
            while (k < w.size()) {
                String v = w.get(k).value();
                if (v.equals("--")) {
                    k++;
                    break;
                }
                if (v.startsWith("-") && v.length() > 1) {
                    k += withValue.contains(v) ? 2 : 1;
                    continue;
                }
                if (wrapper.equals("env") && v.indexOf('=') > 0) {
                    assigns.add(new Assignment(v.substring(0, v.indexOf('=')), v.substring(v.indexOf('=') + 1), w.get(k)));
                    k++;
                    continue;
                }
                break;
            }
            // timeout's first operand is the duration
            if (wrapper.equals("timeout") && k < w.size()) k++;
            if (k >= w.size()) return c;
            Command inner = new Command(List.copyOf(w.subList(k, w.size())), List.copyOf(assigns), c.redirects,
                    c.operatorAfter, c.parent, c.inSubstitution, c.inSubshell);
            inner.script = c.script;
            inner.index = c.index;
            inner.inCondition = c.inCondition;
            c = inner;
        }
        return c;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (ShellWord w : words) {
            if (b.length() > 0) b.append(' ');
            b.append(w.value());
        }
        return b.toString();
    }
}
