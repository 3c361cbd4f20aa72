package org.chainrule.models.train;

import java.util.HashMap;
import java.util.Map;
import org.chainrule.autograd.Node;
import org.chainrule.autograd.StaticGraph;
import org.chainrule.core.Tensor;
import org.chainrule.models.Classifier;
import org.chainrule.models.LogisticRegression;
import org.chainrule.models.Mlp;
import org.chainrule.models.SoftmaxRegression;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.LabelEncoding;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.optim.Optimizer;

/**
 * A training step that replays a traced graph ({@link StaticGraph}, package-private): the model's
 * loss is traced once per batch shape, then every step replays it — the notes' "fixing the
 * computation nodes in advance makes backpropagation fast". Same cost, same gradients, same
 * update as {@link EagerStep}, bit for bit.
 * <pre>
 *   per batch shape, once:  graph = trace((x, targets) -&gt; loss of the model)
 *   every step:             cost = graph.forward(X_batch, targets);  graph.backward();
 *                           optimizer.step(graph)
 * </pre>
 * The labels enter the graph as a tensor input (a 0/1 column for {@link LogisticRegression},
 * one-hot rows for {@link SoftmaxRegression} and {@link Mlp}), so each replay gets its batch's
 * labels; every other model is refused. A smaller last minibatch has another shape, so it gets a
 * graph of its own.
 *
 * <p>The graphs skip {@link StaticGraph#checkPaths the path check} (an eager run of the function
 * on replays 1, 2, 4, 8, …, there to catch an {@code if} on values): the three models are final
 * classes whose forward passes have none, and the first traced cost of each graph must equal the
 * model's own loss, bit for bit, or the step refuses the model.
 */
final class TracedStep implements TrainingStep {
    private final Classifier model;
    /** Columns of the one-hot targets; 0 for a logistic regression's 0/1 column. */
    private final int classes;
    private final Map<Integer, StaticGraph> graphs = new HashMap<>();
    private StaticGraph current;
    private Dataset lastBatch;
    private Tensor lastTargets;

    private TracedStep(Classifier model, int classes) {
        this.model = model;
        this.classes = classes;
    }

    /**
     * @param data at least one row (the loop checks it first)
     * @throws IllegalArgumentException for a model whose loss cannot be traced
     */
    static TracedStep of(Classifier model, Dataset data) {
        if (model instanceof LogisticRegression) {
            return new TracedStep(model, 0);
        }
        if (model instanceof SoftmaxRegression || model instanceof Mlp) {
            int k = model.forward(Node.constant(data.features().rows(0, 1))).shape().dim(1);
            return new TracedStep(model, k);
        }
        throw new IllegalArgumentException(String.format("Trainer.traced(): cannot trace %s; a traced loss takes "
                + "the labels as a tensor input, which LogisticRegression (a 0/1 column), SoftmaxRegression "
                + "and Mlp (one-hot rows) know how to make. Train this model eagerly (a Trainer without traced()).",
                model));
    }

    @Override
    public double run(Dataset batch, Optimizer optimizer) {
        Tensor targets = targets(batch);
        StaticGraph graph = graphs.get(batch.size());
        if (graph == null) {
            sync();
            graph = StaticGraph.trace(this::loss, batch.features(), targets).checkPaths(false);
            sameLossAsTheModel(graph, batch, targets);
            graphs.put(batch.size(), graph);
        } else if (graph != current) {
            sync();             // the other graph may hold parameter values its nodes have not seen
        }
        current = graph;
        double cost = graph.forward(batch.features(), targets);
        if (Double.isFinite(cost)) {
            graph.backward();
            optimizer.step(graph);
        }
        return cost;
    }

    /** Hands the parameters' current values (and last gradients) to their nodes. */
    @Override
    public void sync() {
        if (current != null) {
            current.syncParameters();
        }
    }

    /** The loss of the model, as the model's own {@code loss} builds it, with the targets an input. */
    private Node loss(Node x, Node targets) {
        if (model instanceof LogisticRegression) {
            return LogLoss.ofLogits(model.forward(x), targets);
        }
        return Node.crossEntropy(model.forward(x), targets.value());
    }

    /**
     * The batch's labels as the loss's targets. The same batch (a full-batch run) gives the same
     * tensor, so the replay neither makes it nor copies it again.
     */
    private Tensor targets(Dataset batch) {
        if (batch != lastBatch) {
            lastTargets = classes == 0 ? LabelEncoding.column(batch.labels(), 1)
                    : LabelEncoding.oneHot(batch.labels(), classes);
            lastBatch = batch;
        }
        return lastTargets;
    }

    /**
     * The traced loss is the models' default (log loss of the logits, cross-entropy); a model
     * built with another loss (hinge, the notes' probability formula) would silently train on a
     * different cost here, so it is refused: its first traced cost must equal its own loss's bits.
     */
    private void sameLossAsTheModel(StaticGraph graph, Dataset batch, Tensor targets) {
        double traced = graph.forward(batch.features(), targets);
        double own = model.loss(Node.constant(batch.features()), batch.labels()).item();
        if (Double.doubleToLongBits(traced) != Double.doubleToLongBits(own)) {
            throw new IllegalArgumentException(String.format("Trainer.traced(): %s trains on a loss of its own "
                    + "(cost %s on the first batch, where the traced default loss gives %s); a traced step traces "
                    + "only the default loss (log loss of the logits, or cross-entropy). Train it eagerly (a Trainer "
                    + "without traced()).", model, own, traced));
        }
    }
}
