package dflint.cli;

import dflint.syntax.AstDump;
import dflint.syntax.Dockerfile;
import dflint.syntax.DockerfileSyntax;
import dflint.syntax.SyntaxError;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "parse", description = "Parse a Dockerfile and print its syntax tree.",
        mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
final class ParseCommand implements Callable<Integer> {
    @ParentCommand
    DflintCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dump", description = "Print the tree in BuildKit's parser-test format.")
    boolean dump;

    @Mixin
    SingleFileInput input;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        InputFiles.Input in;
        byte[] bytes;
        try {
            SingleFileInput.Read read = input.read(parent.stdin);
            in = read.input();
            bytes = read.bytes();
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
