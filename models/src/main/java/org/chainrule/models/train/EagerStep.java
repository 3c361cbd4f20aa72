package org.chainrule.models.train;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.models.Classifier;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.optim.Optimizer;

/**
 * A training step that builds the graph anew (define-by-run, package-private): the notes'
 * four lines.
 * <pre>
 *   zero the gradients;  loss = model.loss(X, y);  loss.backward();  optimizer.step(params)
 * </pre>
 */
final class EagerStep implements TrainingStep {
    private final Classifier model;
    private final List<Node> params;

    EagerStep(Classifier model) {
        this.model = model;
        this.params = model.parameters();
    }

    @Override
    public double run(Dataset batch, Optimizer optimizer) {
        optimizer.zeroGrad(params);
        Node loss = model.loss(Node.constant(batch.features()), batch.labels());
        double cost = loss.item();
        if (Double.isFinite(cost)) {
            loss.backward();
            optimizer.step(params);
        }
        return cost;
    }
}
