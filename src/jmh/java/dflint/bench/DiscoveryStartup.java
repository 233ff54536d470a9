package dflint.bench;

import dflint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What target discovery adds to the first lint of a process: one cold lint of one file, as
 * {@code dflint --color=never [--no-discover] FILE} runs it, timed in the lint's own thread
 * (CPU time, so other processes on a busy machine and the JVM's start count for nothing).
 * Run it as a fresh process each time, with and without --no-discover (bench/discovery.sh).
 * Prints one line: milliseconds.
 */
public final class DiscoveryStartup {
    private DiscoveryStartup() {}

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        String[] lint = new String[args.length + 1];
        lint[0] = "--color=never";
        System.arraycopy(args, 0, lint, 1, args.length);
        long c0 = cpu.getCurrentThreadCpuTime(), w0 = System.nanoTime();
        int code = Main.run(lint, nowhere, nowhere, new ByteArrayInputStream(new byte[0]));
        long c1 = cpu.getCurrentThreadCpuTime(), w1 = System.nanoTime();
        System.out.printf("lint-cpu %.1f  lint-wall %.1f ms  (exit %d)%n", (c1 - c0) / 1e6, (w1 - w0) / 1e6, code);
    }
}
