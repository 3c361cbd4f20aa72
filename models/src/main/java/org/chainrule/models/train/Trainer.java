package org.chainrule.models.train;

import java.io.PrintStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;
import org.chainrule.core.Rng;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Minibatches;
import org.chainrule.models.optim.Optimizer;
import org.chainrule.models.optim.Sgd;

/**
 * The training loop: the notes' {@code for step in range(5001)} with minibatches and epochs.
 * <pre>
 *   for each epoch, for each minibatch (one step):
 *       zero the gradients
 *       cost = model.loss(X_batch, y_batch)        forward pass
 *       stop if cost is NaN or infinite            (TrainingDivergedException)
 *       cost.backward();  optimizer.step(params)   backward pass, update
 *       every logEvery steps print  Step=…, Cost = …, W=…, b = …
 * </pre>
 * As in the notes, the printed cost is the one computed <i>before</i> the step's update and the
 * parameters are printed <i>after</i> it. With a batch size of at least n every step uses all rows
 * in their own order; otherwise {@link Minibatches} shuffles them afresh each epoch from the seed.
 *
 * <p><b>Eager or traced.</b> By default each step builds the graph anew ({@code Node},
 * define-by-run). {@link #traced()} gives the same trainer replaying a traced graph instead
 * ({@link StaticGraph}: the model's loss recorded once per batch shape, then replayed on buffers
 * allocated once) — the notes' "fixing the computation nodes in advance makes backpropagation
 * fast". A model trains the same way either way: the same batches, losses, log lines and final
 * parameters, bit for bit; only the time differs.
 */
public final class Trainer {
    /**
     * The longest run {@link #fit} accepts, in steps: the history keeps one loss per step in a
     * {@code double[]}, and {@code Integer.MAX_VALUE − 8} is the longest array the JDK's own
     * collections count on (some JVMs refuse longer ones). The history grows as steps complete, so
     * a long run only needs the memory of the steps it actually takes.
     */
    public static final int MAX_STEPS = Integer.MAX_VALUE - 8;

    private final TrainingConfig config;
    private final DoubleFunction<Optimizer> optimizer;
    private final TrainingListener listener;
    private final boolean traced;

    /** A trainer with plain {@link Sgd} at the config's learning rate, logging to standard output. */
    public Trainer(TrainingConfig config) {
        this(config, Sgd::new, TrainingListener.printingTo(System.out), false);
    }

    /**
     * @param config the run's choices
     * @param optimizer makes the optimizer from the config's learning rate, e.g. {@code Adam::new}
     */
    public Trainer(TrainingConfig config, DoubleFunction<Optimizer> optimizer) {
        this(config, optimizer, TrainingListener.printingTo(System.out), false);
    }

    private Trainer(TrainingConfig config, DoubleFunction<Optimizer> optimizer, TrainingListener listener,
                    boolean traced) {
        this.config = config;
        this.optimizer = optimizer;
        this.listener = listener;
        this.traced = traced;
    }

    /** The same trainer printing its log lines to {@code stream} instead. */
    public Trainer printingTo(PrintStream stream) {
        return listeningWith(TrainingListener.printingTo(stream));
    }

    /** The same trainer reporting to {@code newListener} instead (e.g. a progress bar that also prints the log). */
    public Trainer listeningWith(TrainingListener newListener) {
        return new Trainer(config, optimizer, newListener, traced);
    }

    /**
     * The same trainer replaying a traced graph in every step instead of building one (see the
     * class comment): for a {@link LogisticRegression}, {@link SoftmaxRegression} or {@link Mlp}
     * trained on its default loss; {@link #fit} refuses any other model, naming it.
     */
    public Trainer traced() {
        return new Trainer(config, optimizer, listener, true);
    }

    /**
     * Trains {@code model} on {@code data}, changing the model's parameters in place.
     *
     * @param model the model; its parameters are updated
     * @param data features {@code [n, d]} and n labels, n at least 1; not modified
     * @return every step's loss and the log lines
     * @throws IllegalArgumentException if the data set is empty or holds a NaN or infinite feature (checked
     *     before the first step, so that bad data is not mistaken for a learning rate too high), or the run
     *     is longer than {@link #MAX_STEPS}; when {@link #traced()}, also for a model whose loss cannot be traced
     * @throws TrainingDivergedException when a loss is NaN or infinite, naming step and epoch, with the
     *     history up to that step
     */
    public History fit(Classifier model, Dataset data) {
        int total = checkedTotalSteps(data);
        int n = data.size();
        TrainingStep step = traced ? TracedStep.of(model, data) : new EagerStep(model);
        Optimizer opt = optimizer.apply(config.learningRate());
        List<Node> params = model.parameters();
        StepLosses losses = new StepLosses(total);
        List<String> log = new ArrayList<>();
        Minibatches batches = new Minibatches(n, Math.min(config.batchSize(), n), false, Rng.seed(config.seed()));
        listener.started(total);
        try {
            for (int epoch = 1; losses.steps() < total; epoch++) {
                for (Dataset batch : nextEpoch(batches, data)) {
                    double cost = step.run(batch, opt);
                    if (!Double.isFinite(cost)) {
                        History partial = new History(losses.toArray(), config.stepsPerEpoch(n), log);
                        throw new TrainingDivergedException(epoch, cost, config.learningRate(), partial);
                    }
                    losses.add(cost);
                    listener.stepDone(losses.steps(), cost);
                    logIfDue(losses.steps(), cost, step, params, log);
                    if (losses.steps() == total) {
                        break;
                    }
                }
            }
        } finally {
            step.sync();
            listener.finished();
        }
        return new History(losses.toArray(), config.stepsPerEpoch(n), log);
    }

    /** The run's length in steps, after checking that there is data to train on and room for its history. */
    private int checkedTotalSteps(Dataset data) {
        if (data.size() == 0) {
            throw new IllegalArgumentException(String.format("Trainer.fit: the data set %s has no rows; training "
                    + "needs at least one example.", data));
        }
        checkFinite(data);
        long total = config.totalSteps(data.size());
        if (total > MAX_STEPS && config.epochs() > 0) {
            throw new IllegalArgumentException(String.format("Trainer.fit: %d epochs of %d steps (%d rows in "
                    + "batches of %d) make %d steps; the history keeps one loss per step and holds at most %d. "
                    + "Train for fewer epochs, or use larger batches.", config.epochs(), config.stepsPerEpoch(data.size()),
                    data.size(), Math.min(config.batchSize(), data.size()), total, MAX_STEPS));
        }
        if (total > MAX_STEPS) {
            throw new IllegalArgumentException(String.format("Trainer.fit: steps is %d; the history keeps one loss "
                    + "per step and holds at most %d. Train for fewer steps.", total, MAX_STEPS));
        }
        return (int) total;
    }

    /**
     * The data is checked first: a NaN or infinite feature makes the loss NaN (or infinite) at the
     * first step that sees it, whatever the learning rate, and the divergence message would blame the rate.
     * A finite sum of the features proves them all finite (a NaN or an infinity makes the sum NaN or
     * infinite) without copying them; only when it is not (bad data, or a sum too large) are they
     * searched for the one to name.
     */
    private static void checkFinite(Dataset data) {
        if (Double.isFinite(data.features().sum().item())) {
            return;
        }
        double[] x = data.features().toArray();
        int d = data.numFeatures();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(String.format("Trainer.fit: the data is not finite: features[%d, %d] "
                        + "= %s (row %d of %d, feature %d of %d). A NaN or infinite input makes the loss NaN from the "
                        + "first step that sees it, whatever the learning rate: clean the data first (drop or impute "
                        + "those rows).", i / d, i % d, x[i], i / d, data.size(), i % d, d));
            }
        }
    }

    /** The batches of the next epoch: the whole data set once, in order, for a full batch; else a fresh shuffle. */
    private List<Dataset> nextEpoch(Minibatches batches, Dataset data) {
        if (config.batchSize() >= data.size()) {
            return List.of(data);
        }
        List<int[]> rows = batches.nextEpoch();
        return new AbstractList<>() {
            @Override
            public Dataset get(int i) {
                return data.take(rows.get(i));
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
    }

    private void logIfDue(int steps, double cost, TrainingStep step, List<Node> params, List<String> log) {
        if (config.logEvery() > 0 && (steps - 1) % config.logEvery() == 0) {
            step.sync();
            String line = StepLog.line(steps, cost, params);
            log.add(line);
            listener.logged(line);
        }
    }
}
