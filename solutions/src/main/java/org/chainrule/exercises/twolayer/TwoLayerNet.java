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
        // BEGIN SOLUTION
        if (w1.rank() != 2 || w2.rank() != 2 || b1.rank() != 1 || b2.rank() != 1
                || b1.shape().dim(0) != w1.shape().dim(1) || w2.shape().dim(0) != w1.shape().dim(1)
                || b2.shape().dim(0) != w2.shape().dim(1)) {
            throw new ShapeException(String.format("TwoLayerNet: W1 is %s, b1 is %s, W2 is %s, b2 is %s; they "
                    + "must be W1 [d, h], b1 [h], W2 [h, k], b2 [k] (W1's columns = b1's size = W2's rows, "
                    + "W2's columns = b2's size).", w1.shape(), b1.shape(), w2.shape(), b2.shape()));
        }
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        // END SOLUTION
    }

    /**
     * The class scores {@code s = tanh(x·W1 + b1)·W2 + b2}.
     *
     * @param x inputs, shape {@code [n, d]}
     * @return scores, shape {@code [n, k]}
     * @throws ShapeException if x is not {@code [n, d]}
     */
    public Tensor scores(Tensor x) {
        // BEGIN SOLUTION
        return hidden(x).matmul(w2).add(b2);
        // END SOLUTION
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
        // BEGIN SOLUTION
        Tensor a1 = hidden(x);
        Tensor s = a1.matmul(w2).add(b2);
        int n = s.shape().dim(0);
        int k = s.shape().dim(1);
        if (labels.length != n) {
            throw new IllegalArgumentException(String.format("gradients: x is %s but there are %d labels; give "
                    + "one label per row (%d).", x.shape(), labels.length, n));
        }
        Tensor shifted = s.sub(s.max(1, true));             // s − m_i: no exp overflows
        Tensor e = shifted.exp();
        Tensor z = e.sum(1, true);                           // [n, 1]
        double[] ds = e.div(z).toArray();                    // p, then p − onehot(y)
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int y = labels[i];
            if (y < 0 || y >= k) {
                throw new IllegalArgumentException(String.format("gradients: labels[%d] is %d; a class index "
                        + "must be in [0, %d) for scores of shape %s.", i, y, k, s.shape()));
            }
            loss += StrictMath.log(z.get(i, 0)) - shifted.get(i, y);   // −log p[i, y]
            ds[i * k + y] -= 1;
        }
        Tensor dS = Tensor.of(s.shape(), ds).div(n);
        Tensor dA1 = dS.matmul(w2.transpose());
        Tensor dZ1 = dA1.mul(a1.mul(a1).neg().add(1));
        return new Gradients(loss / n, x.transpose().matmul(dZ1), dZ1.sum(0), a1.transpose().matmul(dS), dS.sum(0));
        // END SOLUTION
    }

    /**
     * One step of gradient descent: {@code θ − learningRate · ∂loss/∂θ} for each parameter.
     *
     * @param g gradients of the same shapes as this network's parameters
     * @param learningRate the step size, e.g. 0.5
     * @return a new network; this one is unchanged
     */
    public TwoLayerNet step(Gradients g, double learningRate) {
        // BEGIN SOLUTION
        return new TwoLayerNet(w1.sub(g.dW1().mul(learningRate)), b1.sub(g.db1().mul(learningRate)),
                w2.sub(g.dW2().mul(learningRate)), b2.sub(g.db2().mul(learningRate)));
        // END SOLUTION
    }

    /** {@code a1 = tanh(x·W1 + b1)}, shape {@code [n, h]}. */
    private Tensor hidden(Tensor x) {
        // BEGIN SOLUTION
        int d = w1.shape().dim(0);
        if (x.rank() != 2 || x.shape().dim(1) != d) {
            throw new ShapeException(String.format("TwoLayerNet: x is %s but W1 is %s; x must be [n, %d] "
                    + "(n rows of %d features).", x.shape(), w1.shape(), d, d));
        }
        return x.matmul(w1).add(b1).map(StrictMath::tanh);
        // END SOLUTION
    }
}
