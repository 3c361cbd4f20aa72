package org.chainrule.autograd;

import java.util.Arrays;
import org.chainrule.core.Tensor;

/** Finds the first NaN or infinity in a gradient and names where it appeared (package-private). */
final class NonFinite {
    private NonFinite() {
    }

    /** Throws if {@code downstream} holds a NaN or an infinity, naming gate, input and element. */
    static void check(Gate gate, int input, Tensor upstream, Tensor downstream) {
        double[] g = downstream.toArray();
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                Tensor x = gate.inputs().get(input).value();
                throw new ArithmeticException(String.format(
                        "backward: gate %s produced a non-finite gradient for input %d: downstream%s = %s "
                                + "(input %s, value there %s; upstream %s). Local rule: %s. Usual causes: "
                                + "log or division at 0, or an overflowed exp; use logSoftmax/crossEntropy "
                                + "instead of log(softmax(x)).",
                        gate.name(), input, Arrays.toString(index(downstream, i)), g[i],
                        x.shape(), x.toArray()[i], upstream.shape(), gate.local()));
            }
        }
    }

    /** The multi-index of flat position {@code flat} in a row-major tensor. */
    static int[] index(Tensor t, int flat) {
        int[] dims = t.shape().toArray();
        int[] idx = new int[dims.length];
        for (int ax = dims.length - 1; ax >= 0; ax--) {
            idx[ax] = flat % dims[ax];
            flat /= dims[ax];
        }
        return idx;
    }
}
