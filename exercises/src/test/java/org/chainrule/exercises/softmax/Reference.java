package org.chainrule.exercises.softmax;

import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;
import org.chainrule.models.OneVsRest;
import org.chainrule.models.SoftmaxRegression;

/** The framework's models with given weights, the oracles of the E08 tests. Only the tests use them. */
final class Reference {
    private Reference() {
    }

    static SoftmaxRegression softmax(Tensor w, Tensor b) {
        return new SoftmaxRegression(w, b);
    }

    static Tensor scores(Tensor x, Tensor w, Tensor b) {
        return softmax(w, b).forward(Node.constant(x)).value();
    }

    /** The mean cross-entropy of models' SoftmaxRegression (autograd's fused, stable cross-entropy). */
    static double loss(Tensor x, int[] labels, Tensor w, Tensor b) {
        return softmax(w, b).loss(Node.constant(x), labels).item();
    }

    /** ∂loss/∂W and ∂loss/∂b by autograd's backward. */
    static Tensor[] gradients(Tensor x, int[] labels, Tensor w, Tensor b) {
        SoftmaxRegression model = softmax(w, b);
        model.loss(Node.constant(x), labels).backward();
        return new Tensor[] {model.weights().grad(), model.bias().grad()};
    }

    /** softmax by rows, by autograd's stable softmax gate. */
    static Tensor probabilities(Tensor scores) {
        return Node.constant(scores).softmax(1).value();
    }

    /** models' OneVsRest with the k given models' weights. */
    static int[] oneVsRest(Tensor x, Tensor[] w, Tensor[] b) {
        OneVsRest model = new OneVsRest(x.shape().dim(1), w.length, Rng.seed(1));
        for (int j = 0; j < w.length; j++) {
            model.models().get(j).weights().assign(w[j]);
            model.models().get(j).bias().assign(b[j]);
        }
        return model.predict(x);
    }
}
