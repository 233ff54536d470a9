package dflint.cli;

import dflint.syntax.AstDump;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.SyntaxError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", description = "Parse a Dockerfile and print its syntax tree.")
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dump", description = "Print the tree in BuildKit's parser-test format.")
    boolean dump;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "16777216",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The Dockerfile ('-' for standard input).")
    String file;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        InputFiles.Input in;
        byte[] bytes;
        try {
            in = InputFiles.single(file);
            bytes = InputFiles.read(in, maxFileSize, parent.stdin);
        } catch (InputFiles.ReadError e) {
            err.println("dflint: " + Main.oneLine(e.getMessage()));
            return ExitCode.ERROR;
        }
        Dockerfile df = DockerfileSyntax.parse(in.display(), bytes);
        SyntaxError e = df.errors().stream().filter(SyntaxError::lineParser).findFirst().orElse(null);
        if (e != null) {
            // The dump shows the line parser's tree; an error there means there is no tree, as in BuildKit
            err.println(Main.oneLine(in.display() + ":" + e.range().startLine() + ":" + e.range().startColumn() + ": " + e.message()));
            return ExitCode.FINDINGS;
        }
        out.print(AstDump.dump(df));
        out.flush();
        return ExitCode.OK;
    }
}
