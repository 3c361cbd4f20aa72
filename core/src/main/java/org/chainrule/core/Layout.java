package org.chainrule.core;

import java.util.List;

/**
 * Kernels that move elements without changing them (package-private): transpose, row selection,
 * concatenation.
 */
final class Layout {
    private Layout() {
    }

    /** Reverses the axes: {@code out[j, i] = x[i, j]} for a matrix. */
    static Tensor transpose(Tensor x) {
        int[] dims = x.shape().dims();
        int rank = dims.length;
        if (rank < 2) {
            return x;
        }
        if (rank == 2) {
            int m = dims[0];
            int n = dims[1];
            double[] in = x.data;
            double[] out = new double[in.length];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    out[j * m + i] = in[i * n + j];
                }
            }
            return new Tensor(Shape.of(n, m), out);
        }
        return reverseAxes(x, dims);
    }

    private static Tensor reverseAxes(Tensor x, int[] dims) {
        int rank = dims.length;
        int[] outDims = new int[rank];
        for (int i = 0; i < rank; i++) {
            outDims[i] = dims[rank - 1 - i];
        }
        Shape outShape = Shape.of(outDims);
        int[] inStrides = x.shape().strides();
        int[] index = new int[rank];
        double[] out = new double[x.data.length];
        for (int flat = 0; flat < out.length; flat++) {
            int offset = 0;
            for (int ax = 0; ax < rank; ax++) {
                offset += index[ax] * inStrides[rank - 1 - ax];
            }
            out[flat] = x.data[offset];
            for (int ax = rank - 1; ax >= 0 && ++index[ax] == outDims[ax]; ax--) {
                index[ax] = 0;
            }
        }
        return new Tensor(outShape, out);
    }

    /** The rows (slices along axis 0) at the given indices, in that order. */
    static Tensor take(Tensor x, int[] rows) {
        int[] dims = x.shape().toArray();
        if (dims.length == 0) {
            throw new ShapeException("take: a scalar has no rows; take needs a tensor of rank 1 or more.");
        }
        int rowSize = dims[0] == 0 ? 0 : x.data.length / dims[0];
        double[] out = new double[rows.length * rowSize];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] < 0 || rows[r] >= dims[0]) {
                throw new IndexOutOfBoundsException(String.format(
                        "take: row index %d (at position %d) is out of range for shape %s; rows go from 0 to %d.",
                        rows[r], r, x.shape(), dims[0] - 1));
            }
            System.arraycopy(x.data, rows[r] * rowSize, out, r * rowSize, rowSize);
        }
        dims[0] = rows.length;
        return new Tensor(Shape.of(dims), out);
    }

    /** Joins tensors along an existing axis; all other sizes must agree. */
    static Tensor concat(int axis, List<Tensor> parts) {
        Tensor first = parts.get(0);
        int ax = first.shape().axis(axis, "concat");
        int[] dims = first.shape().toArray();
        int total = 0;
        for (int p = 0; p < parts.size(); p++) {
            int[] d = parts.get(p).shape().dims();
            if (!sameExcept(dims, d, ax)) {
                throw new ShapeException(String.format(
                        "concat: tensor 0 is %s and tensor %d is %s; along axis %d they may differ, "
                                + "but every other size must be equal.",
                        first.shape(), p, parts.get(p).shape(), ax));
            }
            total += d[ax];
        }
        int outer = 1;
        for (int i = 0; i < ax; i++) {
            outer *= dims[i];
        }
        dims[ax] = total;
        Shape shape = Shape.of(dims);
        double[] out = new double[shape.size()];
        int chunkOut = out.length / Math.max(outer, 1);
        int at = 0;
        for (Tensor t : parts) {
            int chunk = outer == 0 ? 0 : t.data.length / outer;
            for (int o = 0; o < outer; o++) {
                System.arraycopy(t.data, o * chunk, out, o * chunkOut + at, chunk);
            }
            at += chunk;
        }
        return new Tensor(shape, out);
    }

    private static boolean sameExcept(int[] a, int[] b, int axis) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (i != axis && a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }
}
