package org.chainrule.lab;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Wall-clock timing for the demos that compare two ways of computing the same thing
 * (package-private). The two are run in turns, A B A B …, so that a busy machine slows both
 * alike, and each is reported by its best (fastest) turn: other programs only ever add time, so on
 * a shared machine the fastest turn is the least disturbed one. The first rounds only warm the
 * JIT compiler up.
 */
final class Clock {
    private Clock() {
    }

    /** The best milliseconds of each task over {@code rounds} turns, after {@code warmUp} untimed turns. */
    static double[] interleaved(int warmUp, int rounds, Runnable... tasks) {
        for (int r = 0; r < warmUp; r++) {
            for (Runnable t : tasks) {
                t.run();
            }
        }
        double[][] times = new double[tasks.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < tasks.length; t++) {
                long start = System.nanoTime();
                tasks[t].run();
                times[t][r] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] best = new double[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            best[t] = Arrays.stream(times[t]).min().orElseThrow();
        }
        return best;
    }

    /**
     * Milliseconds per call of a fast task: calls it in batches until a batch takes at least
     * {@code minMillis}, and returns that batch's time per call.
     */
    static double perCall(Runnable task, double minMillis) {
        long warm = System.nanoTime();
        while (System.nanoTime() - warm < minMillis * 1e6) {      // untimed: the JIT compiles it first
            task.run();
        }
        for (int calls = 1; ; calls *= 2) {
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                task.run();
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (ms >= minMillis || calls >= 1 << 24) {
                return ms / calls;
            }
        }
    }

    /** {@link #perCall} of each task, in turns, {@code rounds} times; the best of each, in milliseconds. */
    static double[] perCallInTurns(int rounds, double minMillis, Runnable... tasks) {
        double[][] times = new double[tasks.length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < tasks.length; t++) {
                times[t][r] = perCall(tasks[t], minMillis);
            }
        }
        double[] best = new double[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            best[t] = Arrays.stream(times[t]).min().orElseThrow();
        }
        return best;
    }

    /** Bytes this thread allocated while running {@code task} (HotSpot counts them; -1 where it cannot). */
    static long allocatedBy(Runnable task) {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            task.run();
            return -1;
        }
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        task.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }
}
