package dflint.cli;

import java.io.InputStream;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The one Dockerfile that {@code parse} and {@code stages} read, and the options about reading it. */
final class SingleFileInput {
    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = InputFiles.DEFAULT_MAX_FILE_SIZE,
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The Dockerfile ('-' for standard input).")
    String file;

    /** The file and its bytes, read within the size limit. */
    record Read(InputFiles.Input input, byte[] bytes) {}

    Read read(InputStream stdin) throws InputFiles.ReadError {
        InputFiles.Input in = InputFiles.single(file);
        return new Read(in, InputFiles.read(in, maxFileSize, stdin));
    }
}
