package org.chainrule.lab;

import java.io.PrintStream;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.chainrule.models.train.TrainingListener;

/**
 * The command line's training listener: prints the log lines and, for long runs in a terminal,
 * a progress bar on standard error (package-private).
 *
 * <p>The bar appears only when standard output is a terminal (a {@link System#console()} exists),
 * standard error is one too (the {@code ./chainrule} launcher tells, see {@link #STDERR_TERMINAL}),
 * the log goes to {@code System.out}, and the run has already taken {@link #SHOW_AFTER_MILLIS}:
 * short runs and redirected output stay clean. Log lines and bar redraws share one lock, and the
 * bar's line is wiped before each log line, so a bar never ends up inside a log line.
 */
final class ConsoleProgress implements TrainingListener {
    /** Runs that finish sooner than this never show a bar: it would only flicker. */
    static final long SHOW_AFTER_MILLIS = 2000;

    /**
     * System property set by the launcher to {@code true} or {@code false}: whether standard error
     * (where the bar is drawn) is a terminal. Java itself cannot tell; {@link System#console()}
     * looks at standard input and output only. Unset (plain {@code java}) counts as a terminal.
     */
    static final String STDERR_TERMINAL = "chainrule.stderr.terminal";

    private final PrintStream out;
    private final boolean allowed;
    private final Object lock = new Object();
    private long startNanos;
    private long totalSteps;
    private ProgressBar bar;
    private int drawnWidth;

    /** @param out where log lines go; a bar is drawn only when this is {@code System.out} on a terminal */
    ConsoleProgress(PrintStream out) {
        this.out = out;
        this.allowed = barAllowed(out == System.out, System.console() != null, System.getProperty(STDERR_TERMINAL));
    }

    /**
     * Whether a bar may be drawn.
     *
     * @param logToStdout the log lines go to {@code System.out}
     * @param console standard input and output are a terminal
     * @param stderrTerminal the launcher's {@link #STDERR_TERMINAL}, or {@code null} without the launcher
     */
    static boolean barAllowed(boolean logToStdout, boolean console, String stderrTerminal) {
        return logToStdout && console && !"false".equals(stderrTerminal);
    }

    @Override
    public void started(int steps) {
        this.totalSteps = steps;
        this.startNanos = System.nanoTime();
    }

    /** Shows the bar once the run has become long, and moves it on. */
    @Override
    public void stepDone(int step, double cost) {
        if (bar == null && allowed && (System.nanoTime() - startNanos) / 1_000_000 >= SHOW_AFTER_MILLIS) {
            bar = new ProgressBarBuilder().setTaskName("training").setInitialMax(totalSteps)
                    .setConsumer(new DelegatingProgressBarConsumer(this::draw)).build();
        }
        if (bar != null) {
            bar.stepTo(step);
        }
    }

    /** Prints one log line to {@code out}, on a line of its own even while the bar is shown. */
    @Override
    public void logged(String line) {
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
    public void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
            synchronized (lock) {
                wipe();
            }
        }
    }
}
