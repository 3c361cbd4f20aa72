package org.chainrule.exercises.logistic;

import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;

/**
 * The same step built with autograd's {@code Node}, the oracle of the E06 tests: the notes' cost
 * written gate by gate, its gradients by {@code backward()}. Only the tests use it.
 */
final class Reference {
    private Reference() {
    }

    /** The cost −mean(y·log h + (1 − y)·log(1 − h)) with h = σ(X·W + b), and its gradients. */
    static Step step(Tensor x, Tensor y, Tensor w, Tensor b, double learningRate) {
        Node wn = Node.of(w);
        Node bn = Node.of(b);
        Node h = Node.constant(x).matmul(wn).add(bn).sigmoid();
        Node yy = Node.constant(y);
        Node oneMinusY = Node.constant(y.neg().add(1));
        Node cost = yy.mul(h.log()).add(oneMinusY.mul(h.neg().add(1).log())).mean().neg();
        cost.backward();
        return new Step(w.sub(wn.grad().mul(learningRate)), b.sub(bn.grad().mul(learningRate)), cost.item());
    }

    /** The cost alone, at W and b. */
    static double cost(Tensor x, Tensor y, Tensor w, Tensor b) {
        return step(x, y, w, b, 0).cost();
    }
}
