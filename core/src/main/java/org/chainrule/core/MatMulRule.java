package org.chainrule.core;

/**
 * The notes' matrix-multiplication rule (package-private): {@code A[m, k]·B[k, n]} needs A's
 * columns to equal B's rows, and gives {@code [m, n]}.
 */
final class MatMulRule {
    private MatMulRule() {
    }

    /** Throws a teaching {@link ShapeException} unless {@code a·b} is defined. */
    static void check(Shape a, Shape b) {
        if (a.rank() != 2 || b.rank() != 2) {
            Shape bad = a.rank() != 2 ? a : b;
            String which = a.rank() != 2 ? "a" : "b";
            String hint = bad.rank() == 1
                    ? String.format(" For a row vector use reshape(1, %d); for a column, reshape(%d, 1).",
                            bad.dim(0), bad.dim(0))
                    : "";
            throw new ShapeException(String.format(
                    "matmul: a is %s and b is %s; matmul needs two matrices (rank 2), but %s has rank %d.%s",
                    a, b, which, bad.rank(), hint));
        }
        if (a.dim(1) != b.dim(0)) {
            String hint = a.dim(1) == b.dim(1)
                    ? " Did you mean a.matmul(b.transpose())?"
                    : "";
            throw new ShapeException(String.format(
                    "matmul: a is %s and b is %s; a's columns (%d) must equal b's rows (%d).%s",
                    a, b, a.dim(1), b.dim(0), hint));
        }
    }
}
