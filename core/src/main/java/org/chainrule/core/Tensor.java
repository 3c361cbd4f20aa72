package org.chainrule.core;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable n-dimensional array of {@code double}, stored row-major (the last axis varies
 * fastest).
 *
 * <p>Every operation returns a new tensor; none changes its inputs. Binary elementwise operations
 * broadcast like NumPy (see {@link Shape}). Shapes are written {@code [rows, cols]} everywhere:
 * in {@link #toString()}, in Javadoc and in error messages.
 *
 * <pre>
 *   Tensor a = Tensor.of(new double[][] {{1, 2}});     // [1, 2]
 *   Tensor b = Tensor.of(new double[][] {{3}, {4}});   // [2, 1]
 *   a.matmul(b);                                       // [1, 1]: 1·3 + 2·4 = 11
 * </pre>
 */
public final class Tensor {
    private final Shape shape;
    /** Row-major elements; never exposed, never changed after construction. */
    final double[] data;

    /** Wraps {@code data} without copying: callers inside the package hand over ownership. */
    Tensor(Shape shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    // ---------------------------------------------------------------- making tensors

    /** A rank-0 tensor holding one number; its shape is {@code []}. */
    public static Tensor scalar(double value) {
        return new Tensor(Shape.scalar(), new double[] {value});
    }

    /**
     * A vector.
     *
     * @param values the elements; the result has shape {@code [values.length]}
     */
    public static Tensor of(double... values) {
        return new Tensor(Shape.of(values.length), values.clone());
    }

    /**
     * A matrix from its rows.
     *
     * @param rows {@code m} rows of {@code n} values each; the result has shape {@code [m, n]}
     * @throws ShapeException if the rows have different lengths (a "ragged" array)
     */
    public static Tensor of(double[][] rows) {
        int n = rows.length == 0 ? 0 : rows[0].length;
        double[] data = new double[rows.length * n];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != n) {
                throw new ShapeException(String.format(
                        "Tensor.of: row %d has %d values but row 0 has %d; every row of a matrix "
                                + "must have the same length.", i, rows[i].length, n));
            }
            System.arraycopy(rows[i], 0, data, i * n, n);
        }
        return new Tensor(Shape.of(rows.length, n), data);
    }

    /**
     * A tensor of any shape from its row-major elements.
     *
     * @param shape the shape, e.g. {@code [2, 3]}
     * @param values exactly {@code shape.size()} elements, row-major
     * @throws ShapeException if the count does not match the shape
     */
    public static Tensor of(Shape shape, double[] values) {
        if (values.length != shape.size()) {
            throw new ShapeException(String.format(
                    "Tensor.of: shape %s holds %d elements but %d values were given.",
                    shape, shape.size(), values.length));
        }
        return new Tensor(shape, values.clone());
    }

    /** All zeros. @param dims the shape, e.g. {@code zeros(2, 3)} is {@code [2, 3]} */
    public static Tensor zeros(int... dims) {
        return zeros(Shape.of(dims));
    }

    /** All zeros. @param shape the shape */
    public static Tensor zeros(Shape shape) {
        return new Tensor(shape, new double[shape.size()]);
    }

    /** All ones. @param dims the shape */
    public static Tensor ones(int... dims) {
        return full(Shape.of(dims), 1.0);
    }

    /** Every element equal to {@code value}. @param shape the shape */
    public static Tensor full(Shape shape, double value) {
        double[] data = new double[shape.size()];
        Arrays.fill(data, value);
        return new Tensor(shape, data);
    }

    /** The vector {@code [0, 1, ..., n-1]}, shape {@code [n]}. */
    public static Tensor arange(int n) {
        if (n < 0) {
            throw new ShapeException("arange: n is " + n + "; the length of a range must be 0 or more.");
        }
        double[] data = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
        }
        return new Tensor(Shape.of(n), data);
    }

    /**
     * {@code n} evenly spaced numbers from {@code start} to {@code stop}, both included
     * (like NumPy's {@code linspace}); shape {@code [n]}.
     */
    public static Tensor linspace(double start, double stop, int n) {
        if (n < 0) {
            throw new ShapeException("linspace: n is " + n + "; the number of points must be 0 or more.");
        }
        double[] data = new double[n];
        double step = n > 1 ? (stop - start) / (n - 1) : 0;
        for (int i = 0; i < n; i++) {
            data[i] = start + i * step;
        }
        if (n > 1) {
            data[n - 1] = stop;
        }
        return new Tensor(Shape.of(n), data);
    }

    /** The identity matrix, shape {@code [n, n]}. */
    public static Tensor eye(int n) {
        Tensor t = zeros(n, n);
        for (int i = 0; i < n; i++) {
            t.data[i * n + i] = 1;
        }
        return t;
    }

    // ---------------------------------------------------------------- reading

    /** The shape, e.g. {@code [2, 3]}. */
    public Shape shape() {
        return shape;
    }

    /** The number of axes. */
    public int rank() {
        return shape.rank();
    }

    /** The number of elements. */
    public int size() {
        return data.length;
    }

    /**
     * One element.
     *
     * @param index one index per axis; negative indices count from the end
     * @throws ShapeException if the number of indices is not the rank
     * @throws IndexOutOfBoundsException if an index is out of range, naming the axis
     */
    public double get(int... index) {
        if (index.length != rank()) {
            throw new ShapeException(String.format(
                    "get: tensor is %s (rank %d) but %d indices were given %s; give one index per axis.",
                    shape, rank(), index.length, Arrays.toString(index)));
        }
        int[] dims = shape.dims();
        int offset = 0;
        for (int ax = 0; ax < dims.length; ax++) {
            int i = index[ax] < 0 ? index[ax] + dims[ax] : index[ax];
            if (i < 0 || i >= dims[ax]) {
                throw new IndexOutOfBoundsException(String.format(
                        "get: index %d on axis %d is out of range for shape %s; valid: %d to %d.",
                        index[ax], ax, shape, -dims[ax], dims[ax] - 1));
            }
            offset = offset * dims[ax] + i;
        }
        return data[offset];
    }

    /** The single number in a one-element tensor (any rank, e.g. a loss of shape {@code []}). */
    public double item() {
        if (data.length != 1) {
            throw new ShapeException(String.format(
                    "item: tensor is %s with %d elements; item() needs exactly one. Reduce it first, e.g. sum().",
                    shape, data.length));
        }
        return data[0];
    }

    /** A copy of the elements in row-major order. */
    public double[] toArray() {
        return data.clone();
    }

    // ---------------------------------------------------------------- elementwise

    /** {@code a + b} elementwise, broadcasting. @param other any shape that broadcasts with this one */
    public Tensor add(Tensor other) {
        return Elementwise.arith(Elementwise.Arith.ADD, this, other);
    }

    /** {@code a - b} elementwise, broadcasting. @param other any shape that broadcasts with this one */
    public Tensor sub(Tensor other) {
        return Elementwise.arith(Elementwise.Arith.SUB, this, other);
    }

    /** {@code a ⊙ b} (elementwise product), broadcasting. @param other any shape that broadcasts */
    public Tensor mul(Tensor other) {
        return Elementwise.arith(Elementwise.Arith.MUL, this, other);
    }

    /** {@code a / b} elementwise, broadcasting. @param other any shape that broadcasts */
    public Tensor div(Tensor other) {
        return Elementwise.arith(Elementwise.Arith.DIV, this, other);
    }

    /** Adds {@code c} to every element. */
    public Tensor add(double c) {
        return add(scalar(c));
    }

    /** Subtracts {@code c} from every element. */
    public Tensor sub(double c) {
        return sub(scalar(c));
    }

    /** Multiplies every element by {@code c}. */
    public Tensor mul(double c) {
        return mul(scalar(c));
    }

    /** Divides every element by {@code c}. */
    public Tensor div(double c) {
        return div(scalar(c));
    }

    /** {@code -x}. */
    public Tensor neg() {
        return map(x -> -x);
    }

    /** {@code e^x}. */
    public Tensor exp() {
        return map(StrictMath::exp);
    }

    /** Natural logarithm {@code ln x} ({@code -Infinity} at 0, NaN below). */
    public Tensor log() {
        return map(StrictMath::log);
    }

    /** {@code √x}. */
    public Tensor sqrt() {
        return map(Math::sqrt);
    }

    /** {@code |x|}. */
    public Tensor abs() {
        return map(Math::abs);
    }

    /** {@code x^p} elementwise. */
    public Tensor pow(double p) {
        return p == 2 ? map(x -> x * x) : map(x -> StrictMath.pow(x, p));
    }

    /** {@code f(x)} elementwise. */
    public Tensor map(DoubleUnaryOperator f) {
        return Elementwise.map(this, f);
    }

    /** The larger of {@code a} and {@code b} elementwise, broadcasting. */
    public Tensor maximum(Tensor other) {
        return Elementwise.zip("maximum", this, other, Math::max);
    }

    /** 1.0 where {@code a > b}, else 0.0 (a mask), broadcasting. */
    public Tensor gt(Tensor other) {
        return Elementwise.zip("gt", this, other, (x, y) -> x > y ? 1 : 0);
    }

    /** 1.0 where {@code a < b}, else 0.0, broadcasting. */
    public Tensor lt(Tensor other) {
        return Elementwise.zip("lt", this, other, (x, y) -> x < y ? 1 : 0);
    }

    /** 1.0 where {@code a >= b}, else 0.0, broadcasting. */
    public Tensor ge(Tensor other) {
        return Elementwise.zip("ge", this, other, (x, y) -> x >= y ? 1 : 0);
    }

    /** 1.0 where {@code a == b}, else 0.0, broadcasting. */
    public Tensor eq(Tensor other) {
        return Elementwise.zip("eq", this, other, (x, y) -> x == y ? 1 : 0);
    }

    /** 1.0 where {@code x > c}, else 0.0 (e.g. {@code x.gt(0)}, where ReLU lets gradients through). */
    public Tensor gt(double c) {
        return Elementwise.greaterThan(this, c, false);
    }

    /** 1.0 where {@code x >= c}, else 0.0 (e.g. {@code probabilities.ge(0.5)} predicts labels). */
    public Tensor ge(double c) {
        return Elementwise.greaterThan(this, c, true);
    }

    /** The larger of {@code x} and {@code c} elementwise, e.g. {@code x.maximum(0)} is ReLU; NaN stays NaN. */
    public Tensor maximum(double c) {
        return Elementwise.maximum(this, c);
    }

    // ---------------------------------------------------------------- linear algebra and shape

    /**
     * Matrix product {@code C = A·B}, {@code C[i, j] = Σ_k A[i, k]·B[k, j]}.
     *
     * <p>The textbook triple loop that computes it is {@link ReferenceMatMul} — read that one.
     * This method gives the same bits through a fast kernel (see {@link MatMulKernels}).
     *
     * <p>The notes' rule: A's columns must equal B's rows. {@code [1, 2]·[2, 1]} is {@code [1, 1]}.
     *
     * @param other B, shape {@code [k, n]}
     * @return C, shape {@code [m, n]} when this (A) is {@code [m, k]}
     * @throws ShapeException if either is not a matrix, or A's columns ≠ B's rows
     */
    public Tensor matmul(Tensor other) {
        MatMulRule.check(this.shape, other.shape);
        int m = shape.dim(0);
        int k = shape.dim(1);
        int n = other.shape.dim(1);
        double[] out = new double[m * n];
        if (m > 0 && k > 0 && n > 0) {
            MatMulKernels.multiply(data, other.data, out, m, k, n);
        }
        return new Tensor(Shape.of(m, n), out);
    }

    /** The transpose: axes reversed, {@code out[j, i] = x[i, j]}; shape {@code [n, m]} for {@code [m, n]}. */
    public Tensor transpose() {
        return Layout.transpose(this);
    }

    /**
     * The same elements, in the same row-major order, with a new shape.
     *
     * @param dims the new sizes; one of them may be {@code -1}, meaning "whatever is left"
     * @throws ShapeException if the element count would change
     */
    public Tensor reshape(int... dims) {
        return new Tensor(Reshape.resolve(shape, dims), data);
    }

    /** Reshape to a vector {@code [size]}, e.g. a 32×32×3 image into 3072 numbers. */
    public Tensor flatten() {
        return new Tensor(Shape.of(data.length), data);
    }

    /**
     * The rows at the given indices (slices along axis 0), in that order, e.g. one minibatch.
     *
     * @param rows indices into axis 0; repeats are allowed
     * @return shape {@code [rows.length, ...]}
     */
    public Tensor take(int[] rows) {
        return Layout.take(this, rows);
    }

    /** Rows {@code from} (included) to {@code to} (excluded), like {@code x[from:to]}. */
    public Tensor rows(int from, int to) {
        int n = rank() == 0 ? 0 : shape.dim(0);
        if (from < 0 || to > n || from > to) {
            throw new IndexOutOfBoundsException(String.format(
                    "rows: [%d, %d) is not a valid row range for shape %s; need 0 <= from <= to <= %d.",
                    from, to, shape, n));
        }
        int[] idx = new int[to - from];
        Arrays.setAll(idx, i -> from + i);
        return take(idx);
    }

    /** Joins tensors along an existing axis (all other sizes equal), like {@code np.concatenate}. */
    public static Tensor concat(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("concat: needs at least one tensor.");
        }
        return Layout.concat(axis, List.of(parts));
    }

    /** Stacks equal-shaped tensors along a new axis, like {@code np.stack}. */
    public static Tensor stack(int axis, Tensor... parts) {
        if (parts.length == 0) {
            throw new IllegalArgumentException("stack: needs at least one tensor.");
        }
        int[] dims = parts[0].shape.dims();
        int ax = axis < 0 ? axis + dims.length + 1 : axis;
        if (ax < 0 || ax > dims.length) {
            throw new ShapeException(String.format("stack: axis %d is out of range for stacking %s "
                    + "tensors; valid axes are %d to %d.", axis, parts[0].shape, -dims.length - 1, dims.length));
        }
        Tensor[] lifted = new Tensor[parts.length];
        for (int p = 0; p < parts.length; p++) {
            if (!parts[p].shape.equals(parts[0].shape)) {
                throw new ShapeException(String.format("stack: tensor 0 is %s and tensor %d is %s; "
                        + "stacked tensors must have equal shapes.", parts[0].shape, p, parts[p].shape));
            }
            lifted[p] = new Tensor(Reshape.insertAxis(parts[p].shape, ax), parts[p].data);
        }
        return Layout.concat(ax, List.of(lifted));
    }

    // ---------------------------------------------------------------- reductions

    /** The sum of all elements, shape {@code []}. */
    public Tensor sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return scalar(s);
    }

    /** Sums along one axis, removing it: {@code [2, 3].sum(0)} is {@code [3]}. */
    public Tensor sum(int axis) {
        return sum(axis, false);
    }

    /** Sums along one axis; with {@code keepDims} the axis stays with size 1 ({@code [2, 1]}). */
    public Tensor sum(int axis, boolean keepDims) {
        return Reductions.along(this, shape.axis(axis, "sum"), keepDims, Reductions.Kind.SUM);
    }

    /** The mean of all elements, shape {@code []}. */
    public Tensor mean() {
        if (data.length == 0) {
            throw new ShapeException("mean: tensor " + shape + " is empty; the mean of no numbers is undefined.");
        }
        return scalar(sum().item() / data.length);
    }

    /** Means along one axis, removing it. */
    public Tensor mean(int axis) {
        return mean(axis, false);
    }

    /** Means along one axis; with {@code keepDims} the axis stays with size 1. */
    public Tensor mean(int axis, boolean keepDims) {
        int n = shape.dim(shape.axis(axis, "mean"));
        if (n == 0) {
            throw new ShapeException(String.format(
                    "mean: axis %d of %s is empty; the mean of no numbers is undefined.", axis, shape));
        }
        return sum(axis, keepDims).div(n);
    }

    /** The largest element, shape {@code []}. */
    public Tensor max() {
        if (data.length == 0) {
            throw new ShapeException("max: tensor " + shape + " is empty; there is no largest element of nothing.");
        }
        return reshape(-1).max(0);
    }

    /** The largest element along one axis, removing it. */
    public Tensor max(int axis) {
        return max(axis, false);
    }

    /** The largest element along one axis; with {@code keepDims} the axis stays with size 1. */
    public Tensor max(int axis, boolean keepDims) {
        requireNonEmptyAxis("max", axis);
        return Reductions.along(this, shape.axis(axis, "max"), keepDims, Reductions.Kind.MAX);
    }

    /**
     * The index of the largest element along one axis (ties: the first), as doubles.
     * For logits {@code [n, classes]}, {@code argmax(1)} is the predicted class of each row, {@code [n]}.
     */
    public Tensor argmax(int axis) {
        requireNonEmptyAxis("argmax", axis);
        return Reductions.along(this, shape.axis(axis, "argmax"), false, Reductions.Kind.ARGMAX);
    }

    private void requireNonEmptyAxis(String op, int axis) {
        if (shape.dim(shape.axis(axis, op)) == 0) {
            throw new ShapeException(String.format(
                    "%s: axis %d of %s is empty; there is no largest element of nothing.", op, axis, shape));
        }
    }

    /**
     * Sums this tensor down to {@code target}, undoing a broadcast: if {@code b} of shape
     * {@code [10]} was broadcast to {@code [32, 10]}, then {@code g.sumTo([10])} adds the 32 rows.
     * Autograd uses it to give each input a gradient of its own shape.
     *
     * @param target a shape that broadcasts to this tensor's shape
     */
    public Tensor sumTo(Shape target) {
        return Reductions.sumTo(this, target);
    }

    // ---------------------------------------------------------------- comparing

    /**
     * True when both have the same shape and every pair satisfies
     * {@code |a - b| ≤ atol + rtol·|b|} (NaN is never close).
     */
    public boolean allClose(Tensor other, double atol, double rtol) {
        if (!shape.equals(other.shape)) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            double a = data[i];
            double b = other.data[i];
            if (!(Math.abs(a - b) <= atol + rtol * Math.abs(b)) && a != b) {
                return false;
            }
        }
        return true;
    }

    /** Exact equality: same shape and bit-identical elements. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && shape.equals(t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * shape.hashCode() + Arrays.hashCode(data);
    }

    /** The shape and the values, like NumPy: {@code Tensor[2, 2] [[1.0, 2.0],\n [3.0, 4.0]]}. */
    @Override
    public String toString() {
        return TensorFormat.format(this);
    }
}
