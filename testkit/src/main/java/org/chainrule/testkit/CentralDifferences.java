package org.chainrule.testkit;

import java.util.function.ToDoubleFunction;
import org.chainrule.core.Tensor;

/**
 * The numerical gradient that exercise tests compare a student's hand-written gradient against
 * (E05's losses, E08's softmax classifier): the notes' slow but sure way, two evaluations of
 * {@code f} per element.
 */
public final class CentralDifferences {
    /** The nudge h: small enough for the truncation error h²·f''' (about 1e-12 here), large enough for rounding. */
    public static final double STEP = 1e-5;

    private CentralDifferences() {
    }

    /**
     * ∂f/∂x by central differences, element by element:
     * {@code (f(x + h·e_i) − f(x − h·e_i)) / 2h}.
     *
     * @param f a scalar function of a tensor
     * @param x the point, any shape; not modified
     * @return x's shape
     */
    public static Tensor of(ToDoubleFunction<Tensor> f, Tensor x) {
        double[] v = x.toArray();
        double[] grad = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double keep = v[i];
            v[i] = keep + STEP;
            double up = f.applyAsDouble(Tensor.of(x.shape(), v));
            v[i] = keep - STEP;
            double down = f.applyAsDouble(Tensor.of(x.shape(), v));
            v[i] = keep;
            grad[i] = (up - down) / (2 * STEP);
        }
        return Tensor.of(x.shape(), grad);
    }
}
