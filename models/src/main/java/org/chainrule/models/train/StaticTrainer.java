package org.chainrule.models.train;

import java.io.PrintStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.LabelEncoding;
import org.chainrule.models.data.Minibatches;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.optim.Optimizer;
import org.chainrule.models.optim.Sgd;

/**
 * The {@link Trainer}'s loop on a traced graph ({@link StaticGraph}): the model's loss is traced
 * once per batch shape, then every step replays it — the notes' "fixing the computation nodes in
 * advance makes backpropagation fast". Same batches, same log, same bits as {@code Trainer}:
 * a model trains the same way either way, only faster.
 * <pre>
 *   per batch shape, once:  graph = trace((x, targets) -&gt; loss of the model)
 *   every step:             cost = graph.forward(X_batch, targets);  graph.backward();
 *                           optimizer.step(graph)
 * </pre>
 * The labels enter the graph as a tensor input (a 0/1 column for {@link LogisticRegression},
 * one-hot rows for {@link SoftmaxRegression} and {@link Mlp}), so each replay gets its batch's labels; every
 * other model is refused (train it eagerly with {@code Trainer}). A smaller last minibatch has
 * another shape, so it gets a graph of its own.
 */
public final class StaticTrainer {
    private final TrainingConfig config;
    private final DoubleFunction<Optimizer> optimizer;
    private final PrintStream out;

    /** Plain {@link Sgd} at the config's learning rate, logging to standard output. */
    public StaticTrainer(TrainingConfig config) {
        this(config, Sgd::new, System.out);
    }

    /** @param optimizer makes the optimizer from the config's learning rate, e.g. {@code Adam::new} */
    public StaticTrainer(TrainingConfig config, DoubleFunction<Optimizer> optimizer) {
        this(config, optimizer, System.out);
    }

    private StaticTrainer(TrainingConfig config, DoubleFunction<Optimizer> optimizer, PrintStream out) {
        this.config = config;
        this.optimizer = optimizer;
        this.out = out;
    }

    /** The same trainer printing its log lines to {@code stream} instead. */
    public StaticTrainer printingTo(PrintStream stream) {
        return new StaticTrainer(config, optimizer, stream);
    }

    /**
     * Trains {@code model} on {@code data} as {@link Trainer#fit} does, replaying traced graphs.
     *
     * @param model a {@link LogisticRegression}, {@link SoftmaxRegression} or {@link Mlp}; its parameters are updated
     * @param data features {@code [n, d]} and n labels, n at least 1; not modified
     * @return every step's loss and the log lines, bit-identical to {@code Trainer}'s
     * @throws IllegalArgumentException for another kind of model, an empty data set, or a run too long
     * @throws TrainingDivergedException when a loss is NaN or infinite
     */
    public History fit(Classifier model, Dataset data) {
        Traced traced = Traced.of(model, data);
        if (data.size() == 0 || config.totalSteps(data.size()) > Trainer.MAX_STEPS) {
            return new Trainer(config, optimizer).printingTo(out).fit(model, data);     // its message
        }
        int total = (int) config.totalSteps(data.size());
        int n = data.size();
        Optimizer opt = optimizer.apply(config.learningRate());
        List<Node> params = model.parameters();
        StepLosses losses = new StepLosses(total);
        List<String> log = new ArrayList<>();
        Minibatches batches = new Minibatches(n, Math.min(config.batchSize(), n), false, Rng.seed(config.seed()));
        TrainingListener listener = TrainingListener.printingTo(out);
        listener.started(total);
        try {
            for (int epoch = 1; losses.steps() < total; epoch++) {
                for (Dataset batch : nextEpoch(batches, data)) {
                    double cost = traced.step(batch, opt);
                    if (!Double.isFinite(cost)) {
                        traced.sync();
                        History partial = new History(losses.toArray(), config.stepsPerEpoch(n), log);
                        throw new TrainingDivergedException(epoch, cost, config.learningRate(), partial);
                    }
                    losses.add(cost);
                    if (config.logEvery() > 0 && (losses.steps() - 1) % config.logEvery() == 0) {
                        traced.sync();
                        String line = StepLog.line(losses.steps(), cost, params);
                        log.add(line);
                        listener.logged(line);
                    }
                    listener.stepDone(losses.steps(), cost);
                    if (losses.steps() == total) {
                        break;
                    }
                }
            }
        } finally {
            listener.finished();
        }
        traced.sync();
        return new History(losses.toArray(), config.stepsPerEpoch(n), log);
    }

    /** The batches of the next epoch, as {@link Trainer} takes them. */
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

    /** A model's loss as a traced function of (features, targets), one graph per batch size. */
    private static final class Traced {
        private final Classifier model;
        private final int classes;
        private final Map<Integer, StaticGraph> graphs = new HashMap<>();
        private StaticGraph current;
        private int[] lastLabels;
        private Tensor lastTargets;

        private Traced(Classifier model, int classes) {
            this.model = model;
            this.classes = classes;
        }

        static Traced of(Classifier model, Dataset data) {
            if (model instanceof LogisticRegression) {
                return new Traced(model, 0);            // a 0/1 column, not one-hot
            }
            if ((model instanceof SoftmaxRegression || model instanceof Mlp) && data.size() > 0) {
                int k = model.forward(Node.constant(data.features().rows(0, 1))).shape().dim(1);
                return new Traced(model, k);
            }
            if (model instanceof SoftmaxRegression || model instanceof Mlp) {
                return new Traced(model, 1);
            }
            throw new IllegalArgumentException(String.format("StaticTrainer: cannot trace %s; a traced loss takes "
                    + "the labels as a tensor input, which LogisticRegression (a 0/1 column), SoftmaxRegression "
                    + "and Mlp (one-hot rows) know how to make. Train this model eagerly with Trainer.", model));
        }

        /** The loss of the model, as the model's own {@code loss} builds it, with the targets an input. */
        private Node loss(Node x, Node targets) {
            if (model instanceof LogisticRegression) {
                return LogLoss.ofLogits(model.forward(x), targets);
            }
            return Node.crossEntropy(model.forward(x), targets.value());
        }

        /** Labels as the loss's targets; the same array gives the same tensor, so a replay skips the copy. */
        private Tensor targets(int[] labels) {
            if (labels != lastLabels) {
                lastTargets = classes == 0 ? column(labels) : LabelEncoding.oneHot(labels, classes);
                lastLabels = labels;
            }
            return lastTargets;
        }

        /** One step on one batch: the cost before the update (no update when it is not finite). */
        double step(Dataset batch, Optimizer opt) {
            Tensor targets = targets(batch.labels());
            StaticGraph graph = graphs.get(batch.size());
            if (graph == null) {
                sync();
                graph = StaticGraph.trace(this::loss, batch.features(), targets);
                sameLossAsTheModel(graph, batch, targets);
                graphs.put(batch.size(), graph);
            } else if (graph != current) {
                sync();             // the other graph may hold parameter values its nodes have not seen
            }
            current = graph;
            double cost = graph.forward(batch.features(), targets);
            if (Double.isFinite(cost)) {
                graph.backward();
                opt.step(graph);
            }
            return cost;
        }

        /**
         * The traced loss is the models' default (log loss of the logits, cross-entropy); a model
         * built with another loss (hinge, the notes' probability formula) would silently train on
         * a different cost here, so it is refused: its first traced cost must equal its own loss's bits.
         */
        private void sameLossAsTheModel(StaticGraph graph, Dataset batch, Tensor targets) {
            double traced = graph.forward(batch.features(), targets);
            double own = model.loss(Node.constant(batch.features()), batch.labels()).item();
            if (Double.doubleToLongBits(traced) != Double.doubleToLongBits(own)) {
                throw new IllegalArgumentException(String.format("StaticTrainer: %s trains on a loss of its own "
                        + "(cost %s on the first batch, where the traced default loss gives %s); StaticTrainer traces "
                        + "only the default loss (log loss of the logits, or cross-entropy). Train it with Trainer.",
                        model, own, traced));
            }
        }

        /** 0/1 labels as the column {@code [n, 1]} the traced log loss takes as its input. */
        private static Tensor column(int[] labels) {
            double[] y = new double[labels.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels[i];
            }
            return Tensor.of(Shape.of(y.length, 1), y);
        }

        /** Hands the parameters' current values to their nodes. */
        void sync() {
            if (current != null) {
                current.syncParameters();
            }
        }
    }
}
