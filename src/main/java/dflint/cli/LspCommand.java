package dflint.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dflint lsp}: the language server on standard input and output. Its classes (and
 * LSP4J's and Gson's) are reached only from {@link #call()}, so no other command loads them.
 */
@Command(name = "lsp", description = {"Run the language server on standard input and output (for editors).",
        "Diagnostics, quick fixes, hover, stage navigation and rename for Dockerfiles; see the README for editor setups."},
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class LspCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Override
    public Integer call() {
        // Standard output carries the protocol: anything else printed there would break it.
        java.io.PrintStream saved = System.out;
        System.setOut(System.err);
        try {
            return dflint.lsp.DflintLanguageServer.serve(parent.stdin, parent.stdout);
        } finally {
            System.setOut(saved);
        }
    }
}
