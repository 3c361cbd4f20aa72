package org.chainrule.core;

import java.util.Arrays;

/**
 * Shape arithmetic for {@code reshape} and {@code stack} (package-private). Reshaping never moves
 * data: row-major order is kept, only the sizes change, so the element count must stay the same.
 */
final class Reshape {
    private Reshape() {
    }

    /**
     * The shape {@code dims} describes for a tensor of shape {@code from}.
     *
     * @param dims new sizes; at most one {@code -1}, inferred from the element count
     */
    static Shape resolve(Shape from, int[] dims) {
        int inferred = -1;
        long known = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1) {
                if (inferred >= 0) {
                    throw new ShapeException(String.format("reshape: %s has more than one -1; "
                            + "only one size can be inferred.", Arrays.toString(dims)));
                }
                inferred = i;
            } else if (dims[i] < 0) {
                throw new ShapeException(String.format("reshape: size %d at position %d of %s is "
                        + "negative; sizes must be 0 or more (or -1 to infer one).", dims[i], i, Arrays.toString(dims)));
            } else {
                known = times(known, dims[i]);
            }
        }
        int size = from.size();
        int[] out = dims.clone();
        if (inferred >= 0) {
            if (known == 0 || size % known != 0) {
                throw new ShapeException(String.format("reshape: cannot reshape %s (%d elements) into %s; "
                        + "the known sizes multiply to %s, which does not divide %d.",
                        from, size, Arrays.toString(dims), describe(known), size));
            }
            out[inferred] = (int) (size / known);
        } else if (known != size) {
            throw new ShapeException(String.format("reshape: cannot reshape %s (%d elements) into %s "
                    + "(%s elements); reshape keeps the number of elements.",
                    from, size, Arrays.toString(dims), describe(known)));
        }
        return Shape.of(out);
    }

    /** {@code known · size}, or {@link Long#MAX_VALUE} once it would overflow (a 0 still makes it 0). */
    private static long times(long known, int size) {
        if (size == 0) {
            return 0;
        }
        return known > Long.MAX_VALUE / size ? Long.MAX_VALUE : known * size;
    }

    private static String describe(long known) {
        return known == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : String.valueOf(known);
    }

    /** {@code shape} with a new axis of size 1 inserted before position {@code axis}. */
    static Shape insertAxis(Shape shape, int axis) {
        int[] d = shape.dims();
        int[] out = new int[d.length + 1];
        for (int i = 0, k = 0; i < out.length; i++) {
            out[i] = i == axis ? 1 : d[k++];
        }
        return Shape.of(out);
    }
}
