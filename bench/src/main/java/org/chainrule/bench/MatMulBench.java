package org.chainrule.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Square matrix products {@code [n, n]·[n, n]}: Chainrule's two kernels against EJML.
 *
 * <p>One product is {@code 2·n³} floating-point operations, so GFLOP/s = {@code 2·n³ / time}.
 * The kernels are package-private in {@code org.chainrule.core}, so each variant calls the public
 * {@link Tensor#matmul} in its own JVM whose flags pick the kernel:
 * <ul>
 *   <li>{@code scalar}, {@code vector}: {@code -Dchainrule.matmul=…} and
 *       {@code -XX:ActiveProcessorCount=1}, so the product runs on one core;</li>
 *   <li>{@code ejml}: {@code CommonOps_DDRM.mult} (single-threaded by design), also on one core;</li>
 *   <li>{@code chainruleDefault}: what a user gets with {@code --add-modules jdk.incubator.vector}:
 *       the vector kernel, with large products split across all cores.</li>
 * </ul>
 * The Chainrule variants include allocating the {@code [n, n]} result, as {@code matmul} does;
 * EJML writes into a preallocated matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatMulBench {

    @Param({"64", "128", "256", "512", "1024"})
    public int n;

    private Tensor a;
    private Tensor b;
    private DMatrixRMaj ejmlA;
    private DMatrixRMaj ejmlB;
    private DMatrixRMaj ejmlC;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        double[] left = random.doubles((long) n * n, -1, 1).toArray();
        double[] right = random.doubles((long) n * n, -1, 1).toArray();
        a = Tensor.of(Shape.of(n, n), left);
        b = Tensor.of(Shape.of(n, n), right);
        ejmlA = new DMatrixRMaj(n, n, true, left);
        ejmlB = new DMatrixRMaj(n, n, true, right);
        ejmlC = new DMatrixRMaj(n, n);
    }

    @Benchmark
    @Fork(jvmArgsAppend = {"--add-modules", "jdk.incubator.vector",
        "-Dchainrule.matmul=scalar", "-XX:ActiveProcessorCount=1"})
    public Tensor scalar() {
        return a.matmul(b);
    }

    @Benchmark
    @Fork(jvmArgsAppend = {"--add-modules", "jdk.incubator.vector",
        "-Dchainrule.matmul=vector", "-XX:ActiveProcessorCount=1"})
    public Tensor vector() {
        return a.matmul(b);
    }

    @Benchmark
    @Fork(jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
    public DMatrixRMaj ejml() {
        CommonOps_DDRM.mult(ejmlA, ejmlB, ejmlC);
        return ejmlC;
    }

    @Benchmark
    @Fork(jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
    public Tensor chainruleDefault() {
        return a.matmul(b);
    }
}
