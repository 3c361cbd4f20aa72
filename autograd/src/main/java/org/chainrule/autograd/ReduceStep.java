package org.chainrule.autograd;

/**
 * {@link SumAll} and {@link MeanAll} on a static graph's buffers: one running sum from 0 in
 * element order (as {@code Tensor.sum()}), the mean that sum divided by n; backward copies the
 * upstream (divided by n for the mean) to every element.
 */
final class ReduceStep extends Step {
    private final boolean mean;

    ReduceStep(boolean mean, Gate gate, Slot out, Slot x) {
        super(gate, out, x);
        this.mean = mean;
    }

    @Override
    void forward() {
        double[] x = in[0].value;
        double s = 0;
        for (double v : x) {
            s += v;
        }
        out.value[0] = mean ? s / x.length : s;
    }

    @Override
    void backward() {
        if (!wants(0)) {
            return;
        }
        double[] d = into(0);
        double each = mean ? out.grad[0] / d.length : out.grad[0];
        for (int i = 0; i < d.length; i++) {
            d[i] = each;
        }
        delivered(0);
    }
}
