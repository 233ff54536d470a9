package dflint.cli;

/** The exit codes a hook or CI job can rely on. */
public final class ExitCode {
    private ExitCode() {}

    /** No finding at or above the failure threshold. */
    public static final int OK = 0;
    /** At least one finding at or above the failure threshold. */
    public static final int FINDINGS = 1;
    /** Usage, configuration or I/O error (reported after every readable file was linted). */
    public static final int ERROR = 2;
}
