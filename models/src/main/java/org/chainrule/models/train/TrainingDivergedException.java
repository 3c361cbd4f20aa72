package org.chainrule.models.train;

/**
 * Training stopped because the loss became NaN or infinite; the message says where, with the
 * learning rate, and the usual causes. Catch it and print {@link #getMessage()}: it is meant for the
 * user, not a stack trace.
 * <pre>
 *   training stopped: loss is NaN at step 17 of epoch 3 (learning rate 5.0). Usual causes: learning
 *   rate too high, or log(softmax(x)) instead of logSoftmax(x).
 * </pre>
 * (One line in the message.) The second cause: {@code softmax} can round a probability to exactly 0,
 * and its log is −∞; {@code logSoftmax} computes {@code x − logsumexp(x)} and stays finite.
 * Steps count from 1 at the start of training, as in the log's {@code Step=}; epochs count from 1.
 * {@link #history()} keeps the losses up to the failure, e.g. to draw the curve of a learning rate
 * that was too high.
 */
public final class TrainingDivergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final double loss;
    private final transient History history;

    /**
     * @param epoch the epoch of the failing step, from 1
     * @param loss the loss value (NaN or ±Infinity)
     * @param learningRate the run's learning rate, named in the hint
     * @param history the finite losses before it; the failing step is {@code history.steps() + 1}
     */
    TrainingDivergedException(int epoch, double loss, double learningRate, History history) {
        super(String.format("training stopped: loss is %s at step %d of epoch %d (learning rate %s). Usual "
                + "causes: learning rate too high, or log(softmax(x)) instead of logSoftmax(x).",
                loss, history.steps() + 1, epoch, learningRate));
        this.epoch = epoch;
        this.loss = loss;
        this.history = history;
    }

    /** The step whose loss was not finite, from 1. */
    public int step() {
        return history.steps() + 1;
    }

    /** The epoch of that step, from 1. */
    public int epoch() {
        return epoch;
    }

    /** The non-finite loss. */
    public double loss() {
        return loss;
    }

    /** The losses and log lines of the steps before the failure. */
    public History history() {
        return history;
    }
}
