package org.chainrule.core;

/**
 * The readable default matrix multiply, {@code c = a · b}, in plain Java.
 *
 * <pre>
 *   c[i, j] = Σ_p a[i, p] · b[p, j]      a is [m, k], b is [k, n], c is [m, n]
 * </pre>
 *
 * <h2>1. Loop order: walk along rows, never down columns</h2>
 * The textbook loop {@code for i, for j, for p: c[i][j] += a[i][p] * b[p][j]} walks down a
 * <em>column</em> of {@code b}: consecutive steps are {@code n} doubles apart in memory, so for a
 * large {@code n} nearly every step loads a new cache line (64 bytes) to use 8 of its bytes.
 * Swapping the two inner loops gives the {@code i, p, j} order:
 * <pre>
 *   for i:  for p:  for j:  c[i][j] += a[i][p] · b[p][j]
 * </pre>
 * The innermost loop now runs along a row of {@code b} and a row of {@code c}, both contiguous,
 * and {@code a[i][p]} is a constant inside it. The JIT compiler turns such a loop into SIMD
 * instructions that handle several {@code j} at once. This alone is what EJML's
 * {@code CommonOps_DDRM.mult} does for large matrices.
 *
 * <h2>2. Register blocking: two rows × two terms per pass</h2>
 * In that loop every {@code b[p][j]} is loaded once per row of {@code a} ({@code m} times in all),
 * and {@code c[i][j]} is loaded and stored once per term {@code p}. Both are memory traffic, not
 * arithmetic. So each pass of the inner loop here handles <em>two</em> rows {@code i, i+1} and
 * <em>two</em> terms {@code p, p+1}:
 * <pre>
 *   x = b[p][j];  y = b[p+1][j]
 *   c[i  ][j] = fma(a[i  ][p+1], y, fma(a[i  ][p], x, c[i  ][j]))
 *   c[i+1][j] = fma(a[i+1][p+1], y, fma(a[i+1][p], x, c[i+1][j]))
 * </pre>
 * Two loads of {@code b} now feed four products, and each {@code c} element is read and written
 * once for two terms. The four numbers {@code a[i..i+1][p..p+1]} stay in registers for the whole
 * row. (Measured on a Zen 4 with JDK 17: four rows × one term, which reuses each {@code b} load
 * four times, runs <em>slower</em> than one row, because the JIT vectorizes a loop best when it
 * stores to each row of {@code c} once per pass; two × two is the simplest shape that wins.)
 *
 * <h2>3. Cache blocking</h2>
 * Each row pair streams through all of {@code b}. Once {@code b} is larger than the cache it has
 * been evicted before the next pair needs it, and every pass reads main memory. So the loops over
 * {@code p} and {@code j} are cut into blocks of {@value #P_BLOCK} × {@value #J_BLOCK} (512 KiB of
 * {@code b}), and all rows of {@code a} use one block while it is still in the L2 cache.
 *
 * <h2>Rounding</h2>
 * Blocking changes only <em>when</em> each term is added, never the order of the terms of one
 * element: every {@code c[i][j]} is {@code fma(a[i][k-1], b[k-1][j], … fma(a[i][0], b[0][j], 0))}
 * in order {@code p = 0, 1, …, k-1}, one rounding per term ({@link Math#fma}: multiply and add,
 * rounded once). That is exactly what the vector kernel computes, so both kernels give
 * bit-identical results, with or without the Vector API, on every run and every machine.
 */
final class ScalarMatMul implements MatMulKernel {

    /** Terms per cache block: how many rows of {@code b} are reused together. */
    static final int P_BLOCK = 128;
    /** Columns per cache block of {@code b} and {@code c}. */
    static final int J_BLOCK = 512;

    @Override
    public void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        for (int j0 = 0; j0 < n; j0 += J_BLOCK) {
            int j1 = Math.min(n, j0 + J_BLOCK);
            for (int p0 = 0; p0 < k; p0 += P_BLOCK) {
                int p1 = Math.min(k, p0 + P_BLOCK);
                multiplyBlock(a, b, c, m, k, n, p0, p1, j0, j1);
            }
        }
    }

    /** {@code c[:, j0..j1) += a[:, p0..p1) · b[p0..p1, j0..j1)}, two rows and two terms at a time. */
    private static void multiplyBlock(double[] a, double[] b, double[] c, int m, int k, int n,
                                      int p0, int p1, int j0, int j1) {
        int i = 0;
        for (; i + 2 <= m; i += 2) {
            int p = p0;
            for (; p + 2 <= p1; p += 2) {
                addTwoByTwo(a, b, c, i, p, k, n, j0, j1);
            }
            if (p < p1) { // odd number of terms: the last one, row by row
                addScaledRow(c, i * n, a[i * k + p], b, p * n, j0, j1);
                addScaledRow(c, (i + 1) * n, a[(i + 1) * k + p], b, p * n, j0, j1);
            }
        }
        if (i < m) { // odd number of rows: the last one, term by term
            for (int p = p0; p < p1; p++) {
                addScaledRow(c, i * n, a[i * k + p], b, p * n, j0, j1);
            }
        }
    }

    /** Rows {@code i, i+1} of {@code c}, columns {@code j0..j1)}: add the terms {@code p, p+1}. */
    private static void addTwoByTwo(double[] a, double[] b, double[] c, int i, int p, int k, int n,
                                    int j0, int j1) {
        double a00 = a[i * k + p];
        double a01 = a[i * k + p + 1];
        double a10 = a[(i + 1) * k + p];
        double a11 = a[(i + 1) * k + p + 1];
        int c0 = i * n;
        int c1 = c0 + n;
        int b0 = p * n;
        int b1 = b0 + n;
        for (int j = j0; j < j1; j++) {
            double x = b[b0 + j];
            double y = b[b1 + j];
            c[c0 + j] = Math.fma(a01, y, Math.fma(a00, x, c[c0 + j]));
            c[c1 + j] = Math.fma(a11, y, Math.fma(a10, x, c[c1 + j]));
        }
    }

    /** {@code c[ci + j] += scale · b[bi + j]} for {@code j0 ≤ j < j1}: one term for one row. */
    private static void addScaledRow(double[] c, int ci, double scale, double[] b, int bi,
                                     int j0, int j1) {
        for (int j = j0; j < j1; j++) {
            c[ci + j] = Math.fma(scale, b[bi + j], c[ci + j]);
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
