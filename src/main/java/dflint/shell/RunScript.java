package dflint.shell;

import dflint.syntax.Heredoc;

/**
 * One script a RUN instruction runs, ready for rules: the shell-form text, a heredoc
 * body, or an exec-form argv (as one command).
 *
 * @param kind        where the script came from
 * @param interpreter base name of the program that runs it ({@code sh}, {@code bash}, {@code python3}, {@code pwsh})
 * @param script      its commands; empty when the interpreter is not a POSIX-style shell
 * @param heredoc     the heredoc it is the body of; null for the other kinds
 */
public record RunScript(Kind kind, String interpreter, ShellScript script, Heredoc heredoc) {

    public enum Kind { SHELL_FORM, HEREDOC, EXEC }

    /** The script was read as shell (sh, bash, ...); false for python, pwsh, cmd and the like. */
    public boolean isShell() {
        return RunScripts.isPosixShell(interpreter);
    }
}
