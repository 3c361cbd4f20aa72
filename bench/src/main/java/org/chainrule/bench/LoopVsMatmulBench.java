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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The notes' claim "one matrix product instead of loops is faster", measured.
 *
 * <p>Linear-classifier scores for 256 CIFAR-10-sized images: {@code W} is {@code [10, 3072]} (one
 * row per class), each image is 3072 numbers. Every variant does the same
 * {@code 2·256·10·3072 ≈ 15.7 MFLOP}; GFLOP/s = 15.7e6 / time.
 * <ul>
 *   <li>{@code loopOfDotProducts}: plain Java, one dot product per (image, class), 2,560 of them;</li>
 *   <li>{@code loopOfMatVec}: 256 calls of {@code W.matmul(x)}, {@code x} a column {@code [3072, 1]};</li>
 *   <li>{@code oneMatmul}: one {@code X.matmul(Wᵀ)}, {@code [256, 3072]·[3072, 10]} (rows are images);</li>
 *   <li>{@code oneMatmulClassesByImages}: one {@code W.matmul(Xᵀ)}, {@code [10, 3072]·[3072, 256]}.</li>
 * </ul>
 * All run on one core ({@code -XX:ActiveProcessorCount=1}) with the default (vector) kernel, so
 * the difference is the loop against the single product, not the number of cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-XX:ActiveProcessorCount=1"})
public class LoopVsMatmulBench {
    static final int CLASSES = 10;
    static final int PIXELS = 32 * 32 * 3;
    static final int IMAGES = 256;

    private double[][] weightRows;   // [10][3072]
    private double[][] imageRows;    // [256][3072]
    private Tensor w;                // [10, 3072]
    private Tensor wT;               // [3072, 10]
    private Tensor x;                // [256, 3072]
    private Tensor xT;               // [3072, 256]
    private Tensor[] columns;        // 256 × [3072, 1]

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        weightRows = new double[CLASSES][];
        for (int c = 0; c < CLASSES; c++) {
            weightRows[c] = random.doubles(PIXELS, -0.01, 0.01).toArray();
        }
        imageRows = new double[IMAGES][];
        columns = new Tensor[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            imageRows[i] = random.doubles(PIXELS, 0, 1).toArray();
            columns[i] = Tensor.of(Shape.of(PIXELS, 1), imageRows[i]);
        }
        w = Tensor.of(weightRows);
        wT = w.transpose();
        x = Tensor.of(imageRows);
        xT = x.transpose();
    }

    @Benchmark
    public void loopOfDotProducts(Blackhole out) {
        for (double[] image : imageRows) {
            for (double[] weights : weightRows) {
                double score = 0.0;
                for (int p = 0; p < PIXELS; p++) {
                    score += weights[p] * image[p];
                }
                out.consume(score);
            }
        }
    }

    @Benchmark
    public void loopOfMatVec(Blackhole out) {
        for (Tensor column : columns) {
            out.consume(w.matmul(column));
        }
    }

    @Benchmark
    public Tensor oneMatmul() {
        return x.matmul(wT);
    }

    @Benchmark
    public Tensor oneMatmulClassesByImages() {
        return w.matmul(xT);
    }
}
