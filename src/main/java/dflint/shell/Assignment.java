package dflint.shell;

import dflint.syntax.SourceRange;

/** {@code NAME=value} before a command or on its own; value is the word minus {@code NAME=}. */
public record Assignment(String name, String value, ShellWord word) {
    public SourceRange range() {
        return word.range();
    }
}
