package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;

/**
 * A fully connected (affine) layer, as in the notes' {@code tf.matmul(X, W) + b}:
 * <pre>
 *   out = X·W + b          X: [n, in],  W: [in, out],  b: [out] (added to every row)
 * </pre>
 * One matrix product computes all n rows and all out units at once — the notes' "one
 * multiplication instead of a loop".
 *
 * <p><b>Initialisation</b> ({@link #Linear(int, int, Rng)}): Xavier/Glorot uniform weights
 * ({@link Init#xavier}) and {@code b = 0}.
 */
public final class Linear implements Layer {
    private final Node w;
    private final Node b;

    /**
     * A layer with Xavier-uniform weights and zero bias; parameters named {@code W}, {@code b}.
     *
     * @param in number of input features (rows of W), at least 1
     * @param out number of output units (columns of W), at least 1
     * @param rng the random stream for W; it moves on
     */
    public Linear(int in, int out, Rng rng) {
        this(Init.xavier(in, out, rng), Tensor.zeros(out), "");
    }

    /**
     * A layer with given starting values; parameters named {@code W}, {@code b}.
     *
     * @param w weights, shape {@code [in, out]}, in and out at least 1; not modified (tensors are immutable)
     * @param b bias, shape {@code [out]}
     */
    public Linear(Tensor w, Tensor b) {
        this(w, b, "");
    }

    /** A layer whose parameters are named {@code "W" + suffix} and {@code "b" + suffix}, e.g. W1, b1. */
    Linear(Tensor w, Tensor b, String suffix) {
        if (w.rank() != 2 || b.rank() != 1 || b.shape().dim(0) != w.shape().dim(1)) {
            throw new ShapeException(String.format("Linear: W is %s and b is %s; W must be [in, out] and b "
                    + "[out] (one bias per output column).", w.shape(), b.shape()));
        }
        checkSizes(w.shape().dim(0), w.shape().dim(1));
        this.w = Node.of(w).named("W" + suffix);
        this.b = Node.of(b).named("b" + suffix);
    }

    /** A layer's rule, for every way of making one: W is {@code [in, out]} with in ≥ 1 and out ≥ 1. */
    static void checkSizes(int in, int out) {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException(String.format("Linear: W is [%d, %d]; a layer needs at least "
                    + "one input and one output (W is [in, out] with in ≥ 1 and out ≥ 1).", in, out));
        }
    }

    /**
     * {@code X·W + b}.
     *
     * @param x inputs, shape {@code [n, in]}
     * @return shape {@code [n, out]}
     */
    @Override
    public Node forward(Node x) {
        int in = w.shape().dim(0);
        if (x.shape().rank() != 2 || x.shape().dim(1) != in) {
            throw new ShapeException(String.format("Linear: x is %s but W is %s; x must be [n, %d] "
                    + "(n rows of %d features).", x.shape(), w.shape(), in, in));
        }
        return x.matmul(w).add(b);
    }

    /** The weights W, shape {@code [in, out]} (the live parameter). */
    public Node weights() {
        return w;
    }

    /** The bias b, shape {@code [out]} (the live parameter). */
    public Node bias() {
        return b;
    }

    /** {@code [W, b]}. */
    @Override
    public List<Node> parameters() {
        return List.of(w, b);
    }

    @Override
    public String toString() {
        return "Linear(" + w.shape().dim(0) + " → " + w.shape().dim(1) + ")";
    }
}
