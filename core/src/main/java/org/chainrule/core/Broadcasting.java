package org.chainrule.core;

/**
 * Index arithmetic behind broadcasting (package-private).
 *
 * <p>When a tensor of shape {@code source} is broadcast to {@code target}, every element of the
 * target reads one element of the source. An axis of size 1 in the source is "stretched": its
 * stride becomes 0, so moving along that axis keeps reading the same element.
 */
final class Broadcasting {
    private Broadcasting() {
    }

    /**
     * Where broadcasting reads, row by row. View {@code target} as rows along its last axis: row r
     * of the target reads the source from {@code rowStart[r]}, stepping {@code innerStride}
     * (1, or 0 when the source's last axis is stretched) for each of the {@code length} elements.
     *
     * @param length the target's last-axis size (1 for a scalar target)
     * @param rowStart for each target row, the source offset of its first element
     * @param innerStride 1, or 0 when the source repeats one value along the row
     */
    record Rows(int length, int[] rowStart, int innerStride) {
        /** The source offset read by target row {@code r}, element {@code j}. */
        int offset(int r, int j) {
            return rowStart[r] + j * innerStride;
        }
    }

    /**
     * How a tensor of shape {@code source} is read when broadcast to {@code target}.
     * Requires {@code source.broadcastsTo(target)}.
     *
     * @param source the smaller shape, e.g. {@code [3]} or {@code [2, 1]}
     * @param target the broadcast shape, e.g. {@code [2, 3]}
     */
    static Rows rows(Shape source, Shape target) {
        int rank = target.rank();
        int[] dims = target.dims();
        int[] stride = stretchedStrides(source, rank);
        int length = rank == 0 ? 1 : dims[rank - 1];
        int[] rowStart = new int[length == 0 ? 0 : target.size() / length];
        int[] index = new int[Math.max(rank - 1, 0)];
        int offset = 0;
        for (int r = 0; r < rowStart.length; r++) {
            rowStart[r] = offset;
            // odometer over the leading axes: advance the last of them, carry into earlier ones
            for (int ax = rank - 2; ax >= 0; ax--) {
                index[ax]++;
                offset += stride[ax];
                if (index[ax] < dims[ax]) {
                    break;
                }
                offset -= stride[ax] * index[ax];
                index[ax] = 0;
            }
        }
        return new Rows(length, rowStart, rank == 0 ? 0 : stride[rank - 1]);
    }

    /** The source's strides padded on the left to {@code rank}, with 0 for stretched axes. */
    private static int[] stretchedStrides(Shape source, int rank) {
        int[] own = source.strides();
        int[] dims = source.dims();
        int[] s = new int[rank];
        int pad = rank - source.rank();
        for (int i = 0; i < source.rank(); i++) {
            s[pad + i] = dims[i] == 1 ? 0 : own[i];
        }
        return s;
    }
}
