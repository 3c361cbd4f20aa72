package org.chainrule.core;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Chooses the matrix-multiply kernel once per JVM and splits large products across cores.
 *
 * <h2>Which kernel</h2>
 * <ul>
 *   <li>{@link VectorMatMul} (SIMD through the incubating Vector API) when the JVM was started
 *       with {@code --add-modules jdk.incubator.vector};</li>
 *   <li>{@link ScalarMatMul} (plain Java) otherwise.</li>
 * </ul>
 * The system property {@value #PROPERTY} forces one: {@code -Dchainrule.matmul=scalar} or
 * {@code =vector} ({@code =auto}, or no property, means the rule above). Asking for {@code vector}
 * on a JVM without the module quietly gives {@code scalar}: the vector class is only ever loaded
 * when the module is present, so such a JVM never tries to link it. Any other value is a mistake:
 * the first product fails with an {@link IllegalArgumentException} that names the allowed values.
 *
 * <h2>Determinism and rounding</h2>
 * Each kernel computes every element {@code c[i, j]} as one running sum over
 * {@code p = 0, 1, …, k-1} in that order, however it blocks and vectorizes, so each is
 * bit-for-bit deterministic, on every run and every machine. Both kernels add each term with a
 * fused multiply-add that rounds once ({@code s = fma(a, b, s)}, {@link Math#fma}), in the same
 * order as the textbook loop {@link ReferenceMatMul}: so the two kernels give the same bits as it
 * and as each other, whichever the JVM's flags chose.
 *
 * <h2>Two cores</h2>
 * {@link #multiply} cuts the rows of {@code a} (and {@code c}) into parts for the common
 * {@link ForkJoinPool} when the product is large enough to pay for it. A row of {@code c} is
 * computed by the same kernel code whichever part it lands in, so the parallel result is
 * bit-identical to the serial one.
 */
final class MatMulKernels {

    /** System property that forces a kernel: {@code scalar}, {@code vector} or {@code auto}. */
    static final String PROPERTY = "chainrule.matmul";
    /** The JDK module the vector kernel needs. */
    static final String VECTOR_MODULE = "jdk.incubator.vector";
    /**
     * Products with fewer multiply-adds ({@code m·k·n}) than this run on one core: about a 161³
     * product, ~0.2 ms with the vector kernel. (Measured on 2 cores: splitting a 128³ product was
     * slower than not; 160³ and up gained 1.4× and more.)
     */
    static final long PARALLEL_MIN_WORK = 1L << 22;
    /** Each parallel part gets at least this many rows of {@code a}. */
    static final int PARALLEL_MIN_ROWS = 32;

    private static final MatMulKernel CURRENT =
            select(System.getProperty(PROPERTY), ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent());

    private MatMulKernels() {
    }

    /** The kernel this JVM uses, chosen once when this class is first used. */
    static MatMulKernel current() {
        return CURRENT;
    }

    /**
     * The kernel for a value of {@value #PROPERTY} on a JVM that has, or lacks, the vector module.
     *
     * @param requested {@code "scalar"}, {@code "vector"}, {@code "auto"} or {@code null} (auto);
     *                  case and surrounding blanks are ignored
     * @param vectorModulePresent whether {@value #VECTOR_MODULE} is in the boot layer
     * @throws IllegalArgumentException for any other value, naming the allowed ones
     */
    static MatMulKernel select(String requested, boolean vectorModulePresent) {
        String choice = requested == null ? "auto" : requested.trim().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "scalar":
                return new ScalarMatMul();
            case "vector":
            case "auto":
            case "":
                return vectorModulePresent ? VectorHolder.KERNEL : new ScalarMatMul();
            default:
                throw new IllegalArgumentException(String.format(
                        "%s is '%s'; it must be scalar, vector or auto", PROPERTY, requested));
        }
    }

    /**
     * {@code c = a · b} with {@link #current()}, on several cores when the product is large.
     * Arguments as in {@link MatMulKernel#multiply}; {@code c} must be zero-filled.
     *
     * @param a left matrix {@code [m, k]}, row-major. Not modified.
     * @param b right matrix {@code [k, n]}, row-major. Not modified.
     * @param c output {@code [m, n]}, row-major, zero-filled on entry
     */
    static void multiply(double[] a, double[] b, double[] c, int m, int k, int n) {
        // threads() asks the operating system (cgroups) for the core count: only for large products
        int parts = (long) m * k * n < PARALLEL_MIN_WORK ? 1 : parallelParts(m, k, n, threads());
        multiply(CURRENT, a, b, c, m, k, n, parts);
    }

    /**
     * {@code c = a · b} with {@code kernel}, rows cut into {@code parts} blocks that run on the
     * common {@link ForkJoinPool} (the calling thread takes one of them).
     */
    static void multiply(MatMulKernel kernel, double[] a, double[] b, double[] c, int m, int k, int n,
                         int parts) {
        if (parts <= 1) {
            kernel.multiply(a, b, c, m, k, n);
            return;
        }
        RowBlock[] tasks = new RowBlock[parts];
        for (int t = 0; t < parts; t++) {
            tasks[t] = new RowBlock(kernel, a, b, c, m * t / parts, m * (t + 1) / parts, k, n);
        }
        ForkJoinTask.invokeAll(tasks);
    }

    /**
     * Threads a product may use: the cores the JVM sees ({@code -XX:ActiveProcessorCount=1} makes
     * every product serial), at most the common pool's workers plus the calling thread.
     */
    static int threads() {
        return Math.min(Runtime.getRuntime().availableProcessors(),
                ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    /**
     * How many row blocks to cut {@code [m, k]·[k, n]} into on {@code threads} threads: 1 (serial)
     * below {@value #PARALLEL_MIN_WORK} multiply-adds, and never fewer than
     * {@value #PARALLEL_MIN_ROWS} rows per block.
     */
    static int parallelParts(int m, int k, int n, int threads) {
        if ((long) m * k * n < PARALLEL_MIN_WORK) {
            return 1;
        }
        return Math.max(1, Math.min(threads, m / PARALLEL_MIN_ROWS));
    }

    /** Rows {@code from..to)} of {@code c = a · b}, computed with one kernel. */
    private static final class RowBlock extends RecursiveAction {
        private static final long serialVersionUID = 1L;
        private final transient MatMulKernel kernel;
        private final transient double[] a;
        private final transient double[] b;
        private final transient double[] c;
        private final int from;
        private final int to;
        private final int k;
        private final int n;

        RowBlock(MatMulKernel kernel, double[] a, double[] b, double[] c, int from, int to, int k, int n) {
            this.kernel = kernel;
            this.a = a;
            this.b = b;
            this.c = c;
            this.from = from;
            this.to = to;
            this.k = k;
            this.n = n;
        }

        @Override
        protected void compute() {
            int rows = to - from;
            if (from == 0) { // the first block is a prefix of a and c: work in place
                kernel.multiply(a, b, c, rows, k, n);
                return;
            }
            double[] aRows = new double[rows * k];
            System.arraycopy(a, from * k, aRows, 0, rows * k);
            double[] cRows = new double[rows * n];
            kernel.multiply(aRows, b, cRows, rows, k, n);
            System.arraycopy(cRows, 0, c, from * n, rows * n);
        }
    }

    /** Loads {@link VectorMatMul} only when first asked for, so JVMs without the module never link it. */
    private static final class VectorHolder {
        static final MatMulKernel KERNEL = new VectorMatMul();
    }
}
