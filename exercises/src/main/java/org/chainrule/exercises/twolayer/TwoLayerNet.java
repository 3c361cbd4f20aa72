package org.chainrule.exercises.twolayer;

import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * A two-layer network by hand: affine → tanh → affine, trained on softmax cross-entropy, with the
 * backward pass written out from the forward pass's cached values. For a batch x of n rows:
 * <pre>
 *   forward                                   backward (upstream × local = downstream)
 *   z1 = x·W1 + b1          [n, h]            dW1 = xᵀ·dz1  [d, h]    db1 = Σ_rows dz1  [h]
 *   a1 = tanh(z1)           [n, h]            dz1 = da1 ⊙ (1 − a1²)   [n, h]
 *   s  = a1·W2 + b2         [n, k]            da1 = ds·W2ᵀ  [n, h]
 *                                             dW2 = a1ᵀ·ds  [h, k]    db2 = Σ_rows ds   [k]
 *   p  = softmax(s)  (row-wise)               ds  = (p − onehot(y)) / n     [n, k]
 *   loss = −(1/n) Σ_i log p[i, y_i]
 * </pre>
 * The hidden layer bends the plane, so the last (linear) layer can separate what no straight
 * line can: XOR. Parameters are immutable; {@link #step} returns a new network.
 */
public final class TwoLayerNet {
    private final Tensor w1;
    private final Tensor b1;
    private final Tensor w2;
    private final Tensor b2;

    /**
     * A network with the given parameters (not copied: tensors are immutable).
     *
     * @param w1 first-layer weights, shape {@code [d, h]} (d input features, h hidden units)
     * @param b1 first-layer bias, shape {@code [h]}
     * @param w2 second-layer weights, shape {@code [h, k]} (k classes)
     * @param b2 second-layer bias, shape {@code [k]}
     * @throws ShapeException if the shapes do not fit together
     */
    public TwoLayerNet(Tensor w1, Tensor b1, Tensor w2, Tensor b2) {
        throw new UnsupportedOperationException("E10 TwoLayerNet.new: not done yet — see exercises/handouts/E10-twolayer.md");
    }

    /**
     * The class scores {@code s = tanh(x·W1 + b1)·W2 + b2}.
     *
     * @param x inputs, shape {@code [n, d]}
     * @return scores, shape {@code [n, k]}
     * @throws ShapeException if x is not {@code [n, d]}
     */
    public Tensor scores(Tensor x) {
        throw new UnsupportedOperationException("E10 TwoLayerNet.scores: not done yet — see exercises/handouts/E10-twolayer.md");
    }

    /**
     * The mean softmax cross-entropy of the batch and its gradients, by hand (see the class
     * comment for the formulas): one forward pass whose values are kept, then one backward pass.
     *
     * @param x inputs, shape {@code [n, d]}
     * @param labels n class indices, each in {@code [0, k)}
     * @return the loss and {@code dW1 [d, h]}, {@code db1 [h]}, {@code dW2 [h, k]}, {@code db2 [k]}
     * @throws IllegalArgumentException if x is not {@code [n, d]}, or a label is out of range
     */
    public Gradients gradients(Tensor x, int[] labels) {
        throw new UnsupportedOperationException("E10 TwoLayerNet.gradients: not done yet — see exercises/handouts/E10-twolayer.md");
    }

    /**
     * One step of gradient descent: {@code θ − learningRate · ∂loss/∂θ} for each parameter.
     *
     * @param g gradients of the same shapes as this network's parameters
     * @param learningRate the step size, e.g. 0.5
     * @return a new network; this one is unchanged
     */
    public TwoLayerNet step(Gradients g, double learningRate) {
        throw new UnsupportedOperationException("E10 TwoLayerNet.step: not done yet — see exercises/handouts/E10-twolayer.md");
    }

    /** {@code a1 = tanh(x·W1 + b1)}, shape {@code [n, h]}. */
    private Tensor hidden(Tensor x) {
        throw new UnsupportedOperationException("E10 TwoLayerNet.hidden: not done yet — see exercises/handouts/E10-twolayer.md");
    }
}
