package org.chainrule.models;

import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;

/**
 * Starting weights, each rule written once. A weight matrix W is {@code [in, out]}.
 * <pre>
 *   xavier   W ~ U(−a, a),  a = √(6 / (in + out))    layers followed by sigmoid or tanh (and softmax)
 *   he       W ~ U(−a, a),  a = √(6 / in)            layers followed by ReLU
 *   normal   every entry ~ N(0, 1)                    the notes' tf.random.normal (logistic regression)
 * </pre>
 * Why Xavier (Glorot &amp; Bengio, 2010): it keeps the variance of the outputs (forward) and of the
 * gradients (backward) about equal from layer to layer for sigmoid and tanh, so deep stacks neither
 * fade out nor blow up. Why He (He et al., 2015): ReLU zeroes half its inputs and so halves the
 * variance that Xavier preserves; the larger limit makes up for it. Biases start at 0 in both; the
 * notes' logistic regression draws its bias from N(0, 1) too.
 */
public final class Init {
    private Init() {
    }

    /**
     * Xavier/Glorot uniform weights.
     *
     * @param in inputs (rows of W), at least 1
     * @param out outputs (columns of W), at least 1
     * @param rng the random stream; it moves on
     * @return shape {@code [in, out]}
     */
    public static Tensor xavier(int in, int out, Rng rng) {
        Linear.checkSizes(in, out);
        return uniform(in, out, Math.sqrt(6.0 / (in + out)), rng);
    }

    /**
     * He uniform weights, for a layer followed by ReLU.
     *
     * @param in inputs (rows of W), at least 1
     * @param out outputs (columns of W), at least 1
     * @param rng the random stream; it moves on
     * @return shape {@code [in, out]}
     */
    public static Tensor he(int in, int out, Rng rng) {
        Linear.checkSizes(in, out);
        return uniform(in, out, Math.sqrt(6.0 / in), rng);
    }

    /**
     * The rule for a layer followed by {@code activation}: {@link #he} for ReLU, {@link #xavier} otherwise.
     *
     * @param activation the nonlinearity after the layer
     * @param in inputs, at least 1
     * @param out outputs, at least 1
     * @param rng the random stream; it moves on
     * @return shape {@code [in, out]}
     */
    public static Tensor forActivation(Activation activation, int in, int out, Rng rng) {
        return activation == Activation.RELU ? he(in, out, rng) : xavier(in, out, rng);
    }

    /**
     * Standard normal weights, the notes' {@code tf.random.normal([in, out])}.
     *
     * @param in inputs (rows of W), at least 1
     * @param out outputs (columns of W), at least 1
     * @param rng the random stream; it moves on
     * @return shape {@code [in, out]}
     */
    public static Tensor normal(int in, int out, Rng rng) {
        Linear.checkSizes(in, out);
        return rng.normal(0, 1, in, out);
    }

    /**
     * A standard normal bias, the notes' {@code tf.random.normal([out])}.
     *
     * @param out outputs, at least 1
     * @param rng the random stream; it moves on
     * @return shape {@code [out]}
     */
    public static Tensor normal(int out, Rng rng) {
        Linear.checkSizes(1, out);
        return rng.normal(0, 1, out);
    }

    private static Tensor uniform(int in, int out, double limit, Rng rng) {
        return rng.uniform(-limit, limit, in, out);
    }
}
