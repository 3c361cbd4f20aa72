package org.chainrule.exercises.losses;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.models.loss.CrossEntropyLoss;
import org.chainrule.models.loss.ExponentialLoss;
import org.chainrule.models.loss.HingeLoss;
import org.chainrule.models.loss.LogLoss;
import org.chainrule.models.loss.MulticlassHingeLoss;
import org.chainrule.models.loss.ZeroOneLoss;

/**
 * The framework's losses ({@code org.chainrule.models.loss}), the oracle the E05 tests compare
 * against: the same formulas, built from autograd gates. Only the tests use them; the exercise
 * is to write the losses without them.
 */
final class ModelLosses {
    private ModelLosses() {
    }

    static double logLoss(Tensor h, int[] labels) {
        return LogLoss.ofProbabilities(Node.constant(h), labels).item();
    }

    static double crossEntropy(Tensor scores, int[] labels) {
        return CrossEntropyLoss.ofLogits(Node.constant(scores), labels).item();
    }

    /** ∂/∂scores of models' cross-entropy, by autograd's backward. */
    static Tensor crossEntropyGradient(Tensor scores, int[] labels) {
        Node z = Node.of(scores);
        CrossEntropyLoss.ofLogits(z, labels).backward();
        return z.grad();
    }

    static double hinge(Tensor scores, int[] labels) {
        return HingeLoss.of(Node.constant(scores), labels).item();
    }

    static double multiclassHinge(Tensor scores, int[] labels) {
        return MulticlassHingeLoss.of(Node.constant(scores), labels).item();
    }

    static double exponential(Tensor scores, int[] labels) {
        return ExponentialLoss.of(Node.constant(scores), labels).item();
    }

    static double zeroOne(int[] actual, int[] predicted) {
        return ZeroOneLoss.of(actual, predicted);
    }
}
