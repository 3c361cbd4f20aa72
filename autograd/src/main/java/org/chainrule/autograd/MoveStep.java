package org.chainrule.autograd;

/**
 * {@link Reshape} and the matrix {@link Transpose} on a static graph's buffers: they move
 * elements without changing them, so forward copies (or transposes) the value and backward does
 * the same to the upstream.
 */
final class MoveStep extends Step {
    /** Rows and columns of the input for a transpose; 0 rows for a reshape (a plain copy). */
    private final int rows;
    private final int cols;

    MoveStep(boolean transpose, Gate gate, Slot out, Slot x) {
        super(gate, out, x);
        this.rows = transpose ? x.shape.dim(0) : 0;
        this.cols = transpose ? x.shape.dim(1) : 0;
    }

    @Override
    void forward() {
        move(in[0].value, rows, cols, out.value);
    }

    @Override
    void backward() {
        if (wants(0)) {
            move(out.grad, cols, rows, into(0));
            delivered(0);
        }
    }

    private static void move(double[] from, int rows, int cols, double[] to) {
        if (rows == 0) {
            System.arraycopy(from, 0, to, 0, to.length);
        } else {
            MatMulStep.transpose(from, rows, cols, to);
        }
    }
}
