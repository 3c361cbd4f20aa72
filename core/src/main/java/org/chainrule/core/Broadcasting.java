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
     * For each flat (row-major) position of {@code target}, the flat position in {@code source}
     * that broadcasting reads. Requires {@code source.broadcastsTo(target)}.
     *
     * @param source the smaller shape, e.g. {@code [3]} or {@code [2, 1]}
     * @param target the broadcast shape, e.g. {@code [2, 3]}
     * @return an array of {@code target.size()} offsets into the source
     */
    static int[] sourceOffsets(Shape source, Shape target) {
        int rank = target.rank();
        int[] dims = target.dims();
        int[] stride = stretchedStrides(source, rank);
        int[] offsets = new int[target.size()];
        int[] index = new int[rank];
        int offset = 0;
        for (int flat = 0; flat < offsets.length; flat++) {
            offsets[flat] = offset;
            // odometer: advance the last axis, carry into earlier axes
            for (int ax = rank - 1; ax >= 0; ax--) {
                index[ax]++;
                offset += stride[ax];
                if (index[ax] < dims[ax]) {
                    break;
                }
                offset -= stride[ax] * index[ax];
                index[ax] = 0;
            }
        }
        return offsets;
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

    /**
     * True when broadcasting {@code source} to {@code target} just repeats the whole source,
     * i.e. the source equals the trailing axes of the target (like a bias {@code [10]} added to
     * {@code [32, 10]}); then the offset is simply {@code flat % source.size()}.
     */
    static boolean isSuffix(Shape source, Shape target) {
        int[] s = source.dims();
        int[] t = target.dims();
        int first = 0;
        while (first < s.length && s[first] == 1) {
            first++;
        }
        int shift = t.length - s.length;
        for (int i = first; i < s.length; i++) {
            if (s[i] != t[shift + i]) {
                return false;
            }
        }
        return true;
    }
}
