package org.chainrule.core;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The shape of a tensor: how many entries it has along each axis.
 *
 * <p>{@code Shape.of(2, 3)} is a matrix of 2 rows and 3 columns; {@code Shape.of()} is a scalar
 * (rank 0, one element). Shapes print as {@code [2, 3]}, the notation used in every Javadoc
 * {@code @param} and every error message of Chainrule.
 *
 * <p>Broadcasting follows NumPy: align the two shapes from the right; each pair of sizes must be
 * equal, or one of them 1 (which is stretched). Missing leading axes count as 1.
 * <pre>
 *   [32, 10] with [10]     →  [32, 10]
 *   [32, 10] with [32, 1]  →  [32, 10]
 *   [32, 10] with [32]     →  error: axis -1 is 10 vs 32
 * </pre>
 */
public final class Shape {
    /**
     * The most elements one tensor can hold: the longest array a Java virtual machine reliably
     * makes ({@code Integer.MAX_VALUE − 8}, the JDK's own limit for growing arrays; a longer
     * {@code new double[n]} fails with "Requested array size exceeds VM limit").
     */
    public static final int MAX_SIZE = Integer.MAX_VALUE - 8;

    private static final Shape SCALAR = new Shape(new int[0]);

    private final int[] dims;
    private final int size;

    /** Every shape is made here, so none can exceed {@link #MAX_SIZE} (checked once, kept). */
    private Shape(int[] dims) {
        this.dims = dims;
        this.size = checkedSize(dims);
    }

    /** The product of the sizes, or a ShapeException when it exceeds {@link #MAX_SIZE}. */
    private static int checkedSize(int[] dims) {
        long n = 1;
        for (int d : dims) {
            if (d == 0) {
                return 0;
            }
        }
        for (int d : dims) {
            n *= d;                         // n ≤ MAX_SIZE and d < 2^31, so n·d fits in a long
            if (n > MAX_SIZE) {
                BigInteger exact = BigInteger.ONE;
                for (int e : dims) {
                    exact = exact.multiply(BigInteger.valueOf(e));
                }
                throw new ShapeException(String.format("Shape %s has %s elements; one tensor holds at most "
                        + "%d (Shape.MAX_SIZE, the longest array Java can make).", Arrays.toString(dims), exact, MAX_SIZE));
            }
        }
        return (int) n;
    }

    /**
     * A shape with the given sizes, outermost axis first.
     *
     * @param dims the size of each axis; each must be ≥ 0
     * @return the shape {@code [dims...]}
     * @throws ShapeException if a size is negative, or the sizes multiply to more than
     *         {@link #MAX_SIZE} elements
     */
    public static Shape of(int... dims) {
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0) {
                throw new ShapeException(String.format(
                        "Shape.of: size of axis %d is %d; sizes must be 0 or more (got %s).",
                        i, dims[i], Arrays.toString(dims)));
            }
        }
        return dims.length == 0 ? SCALAR : new Shape(dims.clone());
    }

    /** The rank-0 shape {@code []} of a scalar. */
    public static Shape scalar() {
        return SCALAR;
    }

    /** The number of axes: 0 for a scalar, 1 for a vector, 2 for a matrix. */
    public int rank() {
        return dims.length;
    }

    /** The number of elements: the product of the sizes (1 for a scalar), at most {@link #MAX_SIZE}. */
    public int size() {
        return size;
    }

    /**
     * The size of one axis.
     *
     * @param axis the axis; a negative axis counts from the end ({@code -1} is the last)
     * @return the size of that axis
     * @throws ShapeException if the axis is out of range
     */
    public int dim(int axis) {
        return dims[axis(axis, "dim")];
    }

    /** The sizes, outermost first (a copy). */
    public int[] toArray() {
        return dims.clone();
    }

    /**
     * Resolves a possibly negative axis against this shape's rank.
     *
     * @param axis an axis in {@code [-rank, rank)}
     * @param op the operation asking, named in the error
     * @return the axis in {@code [0, rank)}
     * @throws ShapeException naming the op, the shape and the valid range
     */
    public int axis(int axis, String op) {
        int r = dims.length;
        if (axis < -r || axis >= r) {
            String range = r == 0 ? "none: a scalar has no axes"
                    : "from " + (-r) + " to " + (r - 1);
            throw new ShapeException(String.format(
                    "%s: axis %d is out of range for shape %s (rank %d); valid axes are %s.",
                    op, axis, this, r, range));
        }
        return axis < 0 ? axis + r : axis;
    }

    /**
     * The shape of {@code a op b} under NumPy broadcasting.
     *
     * @param op the operation, named in the error (e.g. {@code "add"})
     * @param a the left shape
     * @param b the right shape
     * @return the broadcast shape
     * @throws ShapeException naming the first axis (counted from the right) where the sizes clash
     */
    public static Shape broadcast(String op, Shape a, Shape b) {
        int rank = Math.max(a.rank(), b.rank());
        int[] out = new int[rank];
        for (int i = 1; i <= rank; i++) {
            int da = i <= a.rank() ? a.dims[a.rank() - i] : 1;
            int db = i <= b.rank() ? b.dims[b.rank() - i] : 1;
            if (da != db && da != 1 && db != 1) {
                throw new ShapeException(broadcastMessage(op, a, b, i, da, db));
            }
            out[rank - i] = da == 1 ? db : da;
        }
        return new Shape(out);
    }

    private static String broadcastMessage(String op, Shape a, Shape b, int i, int da, int db) {
        String msg = String.format("%s: cannot broadcast %s with %s: aligned from the right, "
                + "axis -%d is %d vs %d; each pair must be equal or 1.", op, a, b, i, da, db);
        if (a.rank() == 2 && b.rank() == 1 && b.dims[0] == a.dims[0]) {
            msg += String.format(" For a per-row bias use shape [%d, 1].", a.dims[0]);
        }
        return msg;
    }

    /** True when a value of this shape can be broadcast to {@code target} without changing target. */
    public boolean broadcastsTo(Shape target) {
        if (rank() > target.rank()) {
            return false;
        }
        for (int i = 1; i <= rank(); i++) {
            int d = dims[rank() - i];
            if (d != 1 && d != target.dims[target.rank() - i]) {
                return false;
            }
        }
        return true;
    }

    /** Row-major strides: how far apart in the flat array neighbours along each axis are. */
    int[] strides() {
        int[] s = new int[dims.length];
        int step = 1;
        for (int i = dims.length - 1; i >= 0; i--) {
            s[i] = step;
            step *= dims[i];
        }
        return s;
    }

    /** Internal access without a copy; callers must not modify. */
    int[] dims() {
        return dims;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && Arrays.equals(dims, s.dims);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dims);
    }

    /** The sizes in brackets, e.g. {@code [2, 3]}; a scalar prints as {@code []}. */
    @Override
    public String toString() {
        return Arrays.toString(dims);
    }
}
