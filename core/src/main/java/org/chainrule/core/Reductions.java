package org.chainrule.core;

/**
 * Reductions along one axis, and {@code sumTo} (package-private).
 *
 * <p>Reducing axis {@code a} of a row-major tensor views it as {@code [outer, len, inner]}:
 * {@code outer} is the product of the sizes before the axis, {@code inner} after it. Element
 * {@code (o, j, i)} sits at {@code (o * len + j) * inner + i}.
 */
final class Reductions {
    private Reductions() {
    }

    /** What to do along the reduced axis. */
    enum Kind { SUM, MAX, ARGMAX }

    /**
     * Reduces {@code x} along {@code axis}.
     *
     * @param x the input, shape {@code [..., len, ...]}
     * @param axis a resolved axis in {@code [0, rank)}
     * @param keepDims keep the reduced axis with size 1 (handy for broadcasting back)
     */
    static Tensor along(Tensor x, int axis, boolean keepDims, Kind kind) {
        int[] dims = x.shape().dims();
        int len = dims[axis];
        int outer = 1;
        int inner = 1;
        for (int i = 0; i < axis; i++) {
            outer *= dims[i];
        }
        for (int i = axis + 1; i < dims.length; i++) {
            inner *= dims[i];
        }
        double[] in = x.data;
        double[] out = new double[outer * inner];
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                out[o * inner + i] = reduceLine(in, o * len * inner + i, len, inner, kind);
            }
        }
        return new Tensor(reducedShape(dims, axis, keepDims), out);
    }

    /** Reduces {@code len} values starting at {@code start}, {@code step} apart. */
    private static double reduceLine(double[] in, int start, int len, int step, Kind kind) {
        double best = len > 0 ? in[start] : Double.NaN;   // an empty line only ever sums
        int bestIndex = 0;
        double sum = 0;
        for (int j = 0; j < len; j++) {
            double v = in[start + j * step];
            sum += v;
            if (v > best || Double.isNaN(v) && !Double.isNaN(best)) {
                best = v;      // ties keep the first index, like NumPy; NaN wins, like NumPy's max
                bestIndex = j;
            }
        }
        return switch (kind) {
            case SUM -> sum;
            case MAX -> best;
            case ARGMAX -> bestIndex;
        };
    }

    private static Shape reducedShape(int[] dims, int axis, boolean keepDims) {
        int[] out = new int[keepDims ? dims.length : dims.length - 1];
        for (int i = 0, k = 0; i < dims.length; i++) {
            if (i != axis) {
                out[k++] = dims[i];
            } else if (keepDims) {
                out[k++] = 1;
            }
        }
        return Shape.of(out);
    }

    /**
     * Sums {@code x} down to {@code target}, undoing a broadcast from {@code target} to
     * {@code x.shape()}: every element of {@code x} is added into the target element that
     * broadcasting would have read.
     */
    static Tensor sumTo(Tensor x, Shape target) {
        if (x.shape().equals(target)) {
            return x;
        }
        if (!target.broadcastsTo(x.shape())) {
            throw new ShapeException(String.format(
                    "sumTo: %s cannot be summed to %s; %s does not broadcast to %s "
                            + "(aligned from the right, each target size must be equal or 1).",
                    x.shape(), target, target, x.shape()));
        }
        double[] out = new double[target.size()];
        double[] in = x.data;
        Broadcasting.Rows rows = Broadcasting.rows(target, x.shape());
        int n = rows.length();
        for (int r = 0; r < rows.rowStart().length; r++) {
            for (int j = 0; j < n; j++) {
                out[rows.offset(r, j)] += in[r * n + j];
            }
        }
        return new Tensor(target, out);
    }
}
