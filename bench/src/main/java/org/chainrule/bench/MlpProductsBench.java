package org.chainrule.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
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
 * The four matrix products of one training step of an MLP 64-128-10 on a batch of 64, each
 * {@code [m, k]·[k, n]} on one core with the vector kernel ({@code -XX:ActiveProcessorCount=1}),
 * allocating the result as {@link Tensor#matmul} does. One product is {@code 2·m·k·n} flops.
 * <ul>
 *   <li>{@code 64x64x128}: the first layer, {@code X·W1} (and {@code Xᵀ·dH} for its gradient);</li>
 *   <li>{@code 64x128x10}: the second layer, {@code H·W2} — only 10 columns, narrower than one
 *       register tile;</li>
 *   <li>{@code 128x64x10}: the second layer's weight gradient, {@code Hᵀ·dY};</li>
 *   <li>{@code 64x10x128}: the gradient flowing back to the hidden layer, {@code dY·W2ᵀ} — only
 *       10 terms per element.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:ActiveProcessorCount=1"})
public class MlpProductsBench {

    /** {@code m x k x n}: a is {@code [m, k]}, b is {@code [k, n]}. */
    @Param({"64x64x128", "64x128x10", "128x64x10", "64x10x128"})
    public String shape;

    private Tensor a;
    private Tensor b;

    @Setup
    public void setUp() {
        String[] dims = shape.split("x");
        int m = Integer.parseInt(dims[0]);
        int k = Integer.parseInt(dims[1]);
        int n = Integer.parseInt(dims[2]);
        SplittableRandom random = new SplittableRandom(42);
        a = Tensor.of(Shape.of(m, k), random.doubles((long) m * k, -1, 1).toArray());
        b = Tensor.of(Shape.of(k, n), random.doubles((long) k * n, -1, 1).toArray());
    }

    @Benchmark
    public Tensor vector() {
        return a.matmul(b);
    }
}
