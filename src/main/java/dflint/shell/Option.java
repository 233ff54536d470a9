package dflint.shell;

import dflint.syntax.SourceRange;

/**
 * One option of a command: {@code name} as written with its dashes ({@code -y},
 * {@code --yes}; a letter of {@code -qy} is {@code -q} or {@code -y}); value is null
 * for an option without one. valueWord is the word the value came from (the option's
 * own word for {@code --opt=value} and {@code -tvalue}).
 */
public record Option(String name, String value, ShellWord word, ShellWord valueWord) {
    public SourceRange range() {
        return word.range();
    }

    /** True when the option is one of {@code names}. */
    public boolean is(String... names) {
        for (String n : names) if (n.equals(name)) return true;
        return false;
    }
}
