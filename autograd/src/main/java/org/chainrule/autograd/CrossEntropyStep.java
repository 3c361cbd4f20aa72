package org.chainrule.autograd;

/**
 * {@link CrossEntropy} on a static graph's buffers, row by row, with the gate's operations in the
 * gate's order:
 * <pre>
 *   forward:   m = max_j z_j,  s = Σ_j e^(z_j − m),  log p_j = (z_j − m) − log s,
 *              out = −(Σ_ij t_ij · log p_ij, terms with t_ij = 0 left out) / n
 *   backward:  p_j = e^(z_j − m) / s,  gradZ_j = (p_j · Σ_j t_j − t_j) · (upstream / n)
 * </pre>
 * The targets are either a constant baked into the graph or an input of each replay. Forward
 * keeps each {@code e^(z_j − m)} and each row's s, so backward reuses them instead of calling exp
 * again (the same numbers: backward reads the values of the last forward pass).
 */
final class CrossEntropyStep extends Step {
    private final int rows;
    private final int cols;
    /** Baked targets; null when they come from {@link #targetInput}. */
    private final double[] bakedTargets;
    private final Slot targetInput;
    /** {@code e^(z_ij − m_i)} for every element, {@code [rows, cols]}, from the last forward pass. */
    private final double[] e;
    /** {@code s_i = Σ_j e^(z_ij − m_i)} for every row, from the last forward pass. */
    private final double[] s;

    CrossEntropyStep(CrossEntropy gate, Slot out, Slot logits, Slot targetInput) {
        super(gate, out, logits);
        this.rows = logits.shape.dim(0);
        this.cols = logits.shape.dim(1);
        this.targetInput = targetInput;
        this.bakedTargets = targetInput == null ? gate.targets().toArray() : null;
        this.e = new double[rows * cols];
        this.s = new double[rows];
    }

    private double[] targets() {
        return targetInput == null ? bakedTargets : targetInput.value;
    }

    @Override
    void forward() {
        double[] z = in[0].value;
        double[] t = targets();
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            double m = rowMax(z, row, cols);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                e[row + j] = StrictMath.exp(z[row + j] - m);
                sum += e[row + j];
            }
            s[r] = sum;
            double logS = StrictMath.log(sum);
            for (int j = 0; j < cols; j++) {
                if (t[row + j] != 0) {          // 0 · log p counts 0, even where log p = −∞
                    total += t[row + j] * ((z[row + j] - m) - logS);
                }
            }
        }
        out.value[0] = -total / rows;
    }

    @Override
    void backward() {
        if (!wants(0)) {
            return;
        }
        double[] t = targets();
        double[] d = into(0);
        double scale = out.grad[0] / rows;
        for (int r = 0; r < rows; r++) {
            int row = r * cols;
            double ts = 0;
            for (int j = 0; j < cols; j++) {
                ts += t[row + j];
            }
            for (int j = 0; j < cols; j++) {
                d[row + j] = (e[row + j] / s[r] * ts - t[row + j]) * scale;
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
