package dflint.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Independent work items on every core, results in item order so output never depends on scheduling. */
final class Parallel {
    private Parallel() {}

    /** Fewer items than this are not worth the threads. */
    private static final int FROM = 4;

    @SuppressWarnings("unchecked")
    static <T> List<T> map(int n, IntFunction<T> work) {
        Object[] out = new Object[n];
        int threads = Math.min(n, Runtime.getRuntime().availableProcessors());
        if (n < FROM || threads < 2) {
            for (int i = 0; i < n; i++) out[i] = work.apply(i);
            return (List<T>) Arrays.asList(out);
        }
        AtomicInteger next = new AtomicInteger();
        Runnable worker = new Runnable() {
            @Override
            public void run() {
                for (int i; (i = next.getAndIncrement()) < n; ) out[i] = work.apply(i);
            }
        };
        // plain threads over a shared counter, with room for deep input on their stacks
        List<Thread> pool = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            Thread th = new Thread(null, worker, "dflint-worker-" + t, 64L << 20);
            th.setDaemon(true);
            th.start();
            pool.add(th);
        }
        worker.run();
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return (List<T>) Arrays.asList(out);
    }
}
