package org.chainrule.models.train;

import org.chainrule.models.data.Dataset;
import org.chainrule.models.optim.Optimizer;

/**
 * One gradient step of the {@link Trainer}'s loop on one batch (package-private): the one part of
 * the loop that differs between building the graph every step ({@link EagerStep}) and replaying a
 * traced one ({@link TracedStep}). Everything else — batches, history, divergence, listeners,
 * log lines — is the loop's, written once.
 */
interface TrainingStep {

    /**
     * Forward, backward and update on one batch.
     *
     * @param batch features {@code [b, d]} and b labels
     * @param optimizer the run's optimizer
     * @return the cost before the update; when it is NaN or infinite, no update is made
     */
    double run(Dataset batch, Optimizer optimizer);

    /**
     * Makes the model's parameter nodes current: a traced step keeps the newest values in its
     * graph's buffers, so the loop calls this before it reads the model (a log line) and when the
     * run ends. An eager step has nothing to do.
     */
    default void sync() {
    }
}
