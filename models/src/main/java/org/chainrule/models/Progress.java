package org.chainrule.models;

import java.io.PrintStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error for long runs in a terminal (package-private).
 *
 * <p>It appears only when standard output is a terminal (a {@link System#console()} exists), the
 * log goes to {@code System.out}, and the run has already taken {@link #SHOW_AFTER_MILLIS}: short
 * runs and redirected output stay clean. Log lines and bar redraws share one lock, and the bar's
 * line is wiped before each log line, so a bar never ends up inside a log line.
 */
final class Progress implements AutoCloseable {
    /** Runs that finish sooner than this never show a bar: it would only flicker. */
    static final long SHOW_AFTER_MILLIS = 2000;

    private final long totalSteps;
    private final PrintStream out;
    private final boolean allowed;
    private final long startNanos = System.nanoTime();
    private final Object lock = new Object();
    private ProgressBar bar;
    private int drawnWidth;

    /**
     * @param totalSteps the run's length in steps
     * @param out where log lines go
     */
    Progress(long totalSteps, PrintStream out) {
        this.totalSteps = totalSteps;
        this.out = out;
        this.allowed = out == System.out && System.console() != null;
    }

    /** Records that {@code step} steps are done; shows the bar once the run has become long. */
    void stepsDone(long step) {
        if (bar == null && allowed && (System.nanoTime() - startNanos) / 1_000_000 >= SHOW_AFTER_MILLIS) {
            bar = new ProgressBarBuilder().setTaskName("training").setInitialMax(totalSteps)
                    .setConsumer(new DelegatingProgressBarConsumer(this::draw)).build();
        }
        if (bar != null) {
            bar.stepTo(step);
        }
    }

    /** Prints one log line to {@code out}, on a line of its own even while the bar is shown. */
    void print(String line) {
        synchronized (lock) {
            wipe();
            out.println(line);
            out.flush();
        }
    }

    private void draw(String rendered) {
        synchronized (lock) {
            wipe();
            System.err.print(rendered);
            System.err.flush();
            drawnWidth = rendered.length();
        }
    }

    private void wipe() {
        if (drawnWidth > 0) {
            System.err.print("\r" + " ".repeat(drawnWidth) + "\r");
            System.err.flush();
            drawnWidth = 0;
        }
    }

    /** Removes the bar, if one was shown. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            synchronized (lock) {
                wipe();
            }
        }
    }
}
