package org.chainrule.core;

/**
 * A matrix-multiply kernel: {@code c = a · b} on flat, row-major {@code double} arrays.
 *
 * <pre>
 *   c[i, j] = Σ_p a[i, p] · b[p, j]      for 0 ≤ i &lt; m, 0 ≤ j &lt; n, summing p = 0 … k-1
 * </pre>
 *
 * <p>Element {@code [r, s]} of a row-major matrix with {@code cols} columns lives at index
 * {@code r * cols + s}. Kernels check nothing: {@link Tensor#matmul} validates shapes and
 * allocates {@code c} before calling one. Implementations are stateless and thread-safe, and
 * deterministic: the same inputs give bit-identical output on every call.
 */
interface MatMulKernel {

    /**
     * Adds the product {@code a · b} into {@code c}; because the caller passes {@code c}
     * zero-filled, {@code c} ends up holding exactly the product.
     *
     * <p>(Accumulating into {@code c}, instead of overwriting it, lets a kernel split the sum over
     * {@code p} into blocks without an extra buffer.)
     *
     * @param a left matrix {@code [m, k]}, row-major, length at least {@code m * k}. Not modified.
     * @param b right matrix {@code [k, n]}, row-major, length at least {@code k * n}. Not modified.
     * @param c output {@code [m, n]}, row-major, length at least {@code m * n}; must be zero-filled
     *          on entry.
     * @param m rows of {@code a} and {@code c}, at least 1
     * @param k columns of {@code a} = rows of {@code b}, at least 1
     * @param n columns of {@code b} and {@code c}, at least 1
     */
    void multiply(double[] a, double[] b, double[] c, int m, int k, int n);

    /** A short name for logs and benchmarks, such as {@code "scalar"} or {@code "vector"}. */
    String name();
}
