package org.chainrule.models.train;

import java.io.PrintStream;

/**
 * Whoever watches a training run: the {@link Trainer} calls it as the run goes, so that progress
 * can reach a screen without the models knowing about terminals. The command line's listener draws
 * a progress bar ({@code org.chainrule.lab.ConsoleProgress}); the default one only prints the log
 * lines ({@link #printingTo}).
 * <pre>
 *   started(total)                         once, before step 1
 *   stepDone(1, cost)  logged("Step=1, …")  after step 1 (a log line when one is due)
 *   stepDone(2, cost)  …                    after each further step
 *   finished()                              once, after the last step or when the run stops
 * </pre>
 * Every method does nothing by default: a listener writes only what it needs.
 */
public interface TrainingListener {

    /**
     * Called once before the first step.
     *
     * @param totalSteps the run's length in steps
     */
    default void started(int totalSteps) {
    }

    /**
     * Called after each step's update.
     *
     * @param step the steps done so far, from 1
     * @param cost that step's loss, computed before its update
     */
    default void stepDone(int step, double cost) {
    }

    /**
     * Called when a log line is due (steps 1, 1 + logEvery, …); the same line is kept in {@link History#log()}.
     *
     * @param line the notes' line, e.g. {@code Step=1001, Cost = 0.512…, W=[[0.18…] [0.55…]], b = [-0.97…]}
     */
    default void logged(String line) {
    }

    /** Called once when the run ends: after its last step, or when it stops because a loss was not finite. */
    default void finished() {
    }

    /** A listener that prints each log line to {@code out} and nothing else. */
    static TrainingListener printingTo(PrintStream out) {
        return new TrainingListener() {
            @Override
            public void logged(String line) {
                out.println(line);
            }
        };
    }
}
