package org.chainrule.autograd;

import java.util.Arrays;
import org.chainrule.core.Shape;

/**
 * How a broadcast input of a {@link BinaryStep} meets the output (package-private): forward
 * stretches the input's elements to the output's shape, backward sums a downstream of the
 * output's shape back to the input's ({@code Tensor.sumTo}).
 * <pre>
 *   stretch:  full[i] = x[map[i]]                         for i = 0, 1, …  (row-major)
 *   sum back: d = 0,  then d[map[i]] += full[i]           for i = 0, 1, …
 * </pre>
 * The common case is a trailing block repeated — a bias row {@code [128]} under {@code [64, 128]},
 * or a scalar under anything — where {@code map[i] = i mod period}: then whole rows are copied and
 * added, loops the JIT can vectorize, with the same additions in the same order for every element.
 */
final class Stretch {
    private final int[] map;
    /** The input's size when {@code map[i] = i mod period} for every i, else 0. */
    private final int period;

    private Stretch(int[] map, int period) {
        this.map = map;
        this.period = period;
    }

    /** How {@code source} is stretched to {@code target}; null when the shapes are equal (no broadcast). */
    static Stretch of(Shape source, Shape target) {
        if (source.equals(target)) {
            return null;
        }
        int[] map = map(source, target);
        int size = source.size();
        for (int i = 0; i < map.length; i++) {
            if (map[i] != i % size) {
                return new Stretch(map, 0);
            }
        }
        return new Stretch(map, size);
    }

    /** {@code full[i] = x[map[i]]}: the input stretched to the output's shape. */
    void expand(double[] x, double[] full) {
        if (period > 0) {
            for (int base = 0; base < full.length; base += period) {
                System.arraycopy(x, 0, full, base, period);
            }
        } else {
            for (int i = 0; i < full.length; i++) {
                full[i] = x[map[i]];
            }
        }
    }

    /** {@code d = 0}, then {@code d[map[i]] += full[i]} for i = 0, 1, …: the downstream summed to the input's shape. */
    void sumInto(double[] full, double[] d) {
        Arrays.fill(d, 0.0);
        if (period > 0) {
            for (int base = 0; base < full.length; base += period) {
                for (int c = 0; c < period; c++) {
                    d[c] += full[base + c];
                }
            }
        } else {
            for (int i = 0; i < full.length; i++) {
                d[map[i]] += full[i];
            }
        }
    }

    /** {@code map[i]}: the element of {@code source} that element i of {@code target} (row-major) reads. */
    private static int[] map(Shape source, Shape target) {
        int rank = target.rank();
        int[] dims = target.toArray();
        int[] stride = new int[rank];        // the source's strides, 0 along stretched axes
        int pad = rank - source.rank();
        int step = 1;
        for (int a = source.rank() - 1; a >= 0; a--) {
            stride[pad + a] = source.dim(a) == 1 ? 0 : step;
            step *= source.dim(a);
        }
        int[] map = new int[target.size()];
        int[] index = new int[rank];
        int offset = 0;
        for (int i = 0; i < map.length; i++) {
            map[i] = offset;
            for (int a = rank - 1; a >= 0; a--) {      // odometer: advance the last axis, carry left
                index[a]++;
                offset += stride[a];
                if (index[a] < dims[a]) {
                    break;
                }
                offset -= stride[a] * index[a];
                index[a] = 0;
            }
        }
        return map;
    }
}
