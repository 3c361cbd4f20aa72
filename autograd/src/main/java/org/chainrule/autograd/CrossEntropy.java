package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.ClassLabels;
import org.chainrule.core.Shape;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * Mean cross-entropy of softmax(logits) against target distributions, fused:
 * <pre>
 *   out = −(1/n) Σ_i Σ_j t_ij · log softmax(z)_ij          z: [n, k], t: [n, k]
 * </pre>
 * Information is {@code log(1/p)}: a sure, right prediction costs 0; a confident wrong one costs
 * a lot. Fusing softmax and log gives the stable log-softmax (no {@code log 0}) and a simple
 * backward: {@code gradZ = upstream · (softmax(z) ⊙ Σ_j t_ij − t) / n} — for one-hot or
 * probability rows, {@code (softmax(z) − t) / n}. The targets are data and get no gradient.
 */
record CrossEntropy(Node logits, Tensor targets) implements Gate {
    CrossEntropy {
        Shape z = logits.shape();
        if (z.rank() != 2 || !targets.shape().equals(z)) {
            throw new ShapeException(String.format("crossEntropy: logits are %s and targets are %s; "
                    + "both must be [n, k]: n rows of k class scores and k target probabilities.",
                    z, targets.shape()));
        }
    }

    /** Targets from class indices: row i is one-hot at {@code labels[i]}. */
    static CrossEntropy ofLabels(Node logits, int[] labels) {
        Shape z = logits.shape();
        if (z.rank() != 2 || z.dim(0) != labels.length) {
            throw new ShapeException(String.format("crossEntropy: logits are %s but %d labels were given; "
                    + "logits must be [n, k] with one label per row (n = %d).",
                    z, labels.length, labels.length));
        }
        int k = z.dim(1);
        ClassLabels.check("crossEntropy", labels, k);
        double[] oneHot = new double[labels.length * k];
        for (int i = 0; i < labels.length; i++) {
            oneHot[i * k + labels[i]] = 1;
        }
        return new CrossEntropy(logits, Tensor.of(z, oneHot));
    }

    static CrossEntropy ofTargets(Node logits, Tensor targets) {
        return new CrossEntropy(logits, targets);
    }

    @Override
    public List<Node> inputs() {
        return List.of(logits);
    }

    @Override
    public Tensor forward() {
        int n = logits.shape().dim(0);
        return targets.mul(LogSoftmax.of(logits.value(), 1)).sum().neg().div(n);
    }

    @Override
    public List<Tensor> backward(Tensor upstream, Tensor out) {
        int n = logits.shape().dim(0);
        Tensor p = Softmax.of(logits.value(), 1);
        Tensor grad = p.mul(targets.sum(1, true)).sub(targets);
        return List.of(grad.mul(upstream.item() / n));
    }

    @Override
    public String local() {
        return "∂out/∂z = (softmax(z) − t) / n";
    }
}
