package org.chainrule.autograd;

/**
 * {@link CrossEntropy} on a static graph's buffers, row by row, with the gate's operations in the
 * gate's order:
 * <pre>
 *   forward:   m = max_j z_j,  s = Σ_j e^(z_j − m),  log p_j = (z_j − m) − log s,
 *              out = −(Σ_ij t_ij · log p_ij, terms with t_ij = 0 left out) / n
 *   backward:  p_j = e^(z_j − m) / s,  gradZ_j = (p_j · Σ_j t_j − t_j) · (upstream / n)
 * </pre>
 * The targets are either a constant baked into the graph or an input of each replay.
 */
final class CrossEntropyStep extends Step {
    private final int rows;
    private final int cols;
    /** Baked targets; null when they come from {@link #targetInput}. */
    private final double[] bakedTargets;
    private final Slot targetInput;
    private final double[] e;

    CrossEntropyStep(CrossEntropy gate, Slot out, Slot logits, Slot targetInput) {
        super(gate, out, logits);
        this.rows = logits.shape.dim(0);
        this.cols = logits.shape.dim(1);
        this.targetInput = targetInput;
        this.bakedTargets = targetInput == null ? gate.targets().toArray() : null;
        this.e = new double[cols];
    }

    private double[] targets() {
        return targetInput == null ? bakedTargets : targetInput.value;
    }

    @Override
    void forward() {
        double[] z = in[0].value;
        double[] t = targets();
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            double m = rowMax(z, row, cols);
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += StrictMath.exp(z[row + j] - m);
            }
            double logS = StrictMath.log(s);
            for (int j = 0; j < cols; j++) {
                if (t[row + j] != 0) {          // 0 · log p counts 0, even where log p = −∞
                    sum += t[row + j] * ((z[row + j] - m) - logS);
                }
            }
        }
        out.value[0] = -sum / rows;
    }

    @Override
    void backward() {
        if (!wants(0)) {
            return;
        }
        double[] z = in[0].value;
        double[] t = targets();
        double[] d = into(0);
        double scale = out.grad[0] / rows;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            double m = rowMax(z, row, cols);
            double s = 0;
            double ts = 0;
            for (int j = 0; j < cols; j++) {
                e[j] = StrictMath.exp(z[row + j] - m);
                s += e[j];
                ts += t[row + j];
            }
            for (int j = 0; j < cols; j++) {
                d[row + j] = (e[j] / s * ts - t[row + j]) * scale;
            }
        }
        delivered(0);
    }

    /** The row's largest element as {@code Tensor.max(axis)} finds it: the first of ties, NaN wins. */
    private static double rowMax(double[] z, int start, int len) {
        double best = z[start];
        for (int j = 0; j < len; j++) {
            double v = z[start + j];
            if (v > best || Double.isNaN(v) && !Double.isNaN(best)) {
                best = v;
            }
        }
        return best;
    }
}
