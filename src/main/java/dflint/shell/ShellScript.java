package dflint.shell;

import dflint.syntax.SourceRange;
import dflint.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A shell script read for linting: every simple command it runs, in source order,
 * including those inside groups, subshells, {@code if}/{@code for}/{@code while}/{@code case}
 * bodies, command substitutions and {@code sh -c '…'} strings. Reading never fails: odd
 * input gives whatever commands could be recognised.
 */
public final class ShellScript {
    private final String text;
    private final List<Command> commands;
    private final List<Assignment> assignments;
    private final boolean execForm;

    ShellScript(String text, List<Command> commands, List<Assignment> assignments) {
        this(text, commands, assignments, false);
    }

    ShellScript(String text, List<Command> commands, List<Assignment> assignments, boolean execForm) {
        this.text = text;
        this.execForm = execForm;
        this.commands = List.copyOf(commands);
        this.assignments = List.copyOf(assignments);
        for (int i = 0; i < this.commands.size(); i++) {
            Command c = this.commands.get(i);
            c.script = this;
            c.index = i;
        }
    }

    /** Reads {@code text}, whose offsets {@code positions} maps to the Dockerfile. */
    public static ShellScript parse(String text, Positions positions) {
        if (text == null) return empty();
        return ShellParser.parse(text, positions == null ? Positions.singleLine(1, 1) : positions);
    }

    /** Reads {@code text} as if written on line 1 from column 1 (tests, tools). */
    public static ShellScript parse(String text) {
        return parse(text, Positions.singleLine(1, 1));
    }

    /** An exec-form argv as one command (whose {@code sh -c} string is still read as a script). */
    public static ShellScript ofArgv(List<Word> argv) {
        if (argv == null || argv.isEmpty()) return empty();
        return ShellParser.argv(argv);
    }

    public static ShellScript empty() {
        return new ShellScript("", List.of(), List.of());
    }

    public String text() {
        return text;
    }

    /**
     * Read from an exec-form JSON array: word positions are approximate there (a JSON escape
     * is one character of the value but several of the source), so no edit should rely on them.
     */
    public boolean fromExecForm() {
        return execForm;
    }

    /** Every simple command, in the order it appears. */
    public List<Command> commands() {
        return commands;
    }

    /** The commands whose name (without directory) is one of {@code names}. */
    public List<Command> commands(String... names) {
        List<Command> out = new ArrayList<>();
        for (Command c : commands) if (c.is(names)) out.add(c);
        return out;
    }

    /** True when some command is named one of {@code names}. */
    public boolean runs(String... names) {
        for (Command c : commands) if (c.is(names)) return true;
        return false;
    }

    /** Every {@code NAME=value} the script writes: on its own, or before a command. */
    public List<Assignment> assignments() {
        return assignments;
    }

    public boolean isEmpty() {
        return commands.isEmpty();
    }

    /** Range of the whole script's commands, or null when it has none. */
    public SourceRange range() {
        if (commands.isEmpty()) return null;
        SourceRange r = commands.get(0).range();
        for (Command c : commands) r = r.to(c.range());
        return r;
    }
}
