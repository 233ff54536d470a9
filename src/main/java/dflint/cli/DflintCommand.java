package dflint.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

@Command(name = "dflint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A linter for Dockerfiles, built for multi-stage builds.",
        subcommands = {LintCommand.class, ParseCommand.class, StagesCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class,
                picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 no finding at or above the failure threshold; 1 at least one;",
                "2 usage, configuration or I/O error."})
final class DflintCommand implements Runnable {
    final InputStream stdin;
    /** Standard output as bytes (a fixed file read from standard input goes there unchanged). */
    final java.io.OutputStream stdout;

    DflintCommand(InputStream stdin, java.io.OutputStream stdout) {
        this.stdin = stdin;
        this.stdout = stdout;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
