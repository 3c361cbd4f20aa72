package org.chainrule.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The matmul kernels against two oracles: {@link ReferenceMatMul}, the textbook triple loop that
 * sums with fused multiply-adds in the same order (equal bit for bit, so the two kernels equal each other), and
 * commons-math3 (equal to 1e-9 relative); plus the parallel split and the choice of kernel.
 */
class MatMulKernelsTest {
    /**
     * Relative tolerance against commons-math3. It is relative to {@code Σ_p |a[i,p]·b[p,j]|}, the
     * size of the terms, not of the (possibly cancelled) sum; orders of summation differ by ~1e-15.
     */
    private static final double REL_TOL = 1e-9;

    private static final MatMulKernel SCALAR = new ScalarMatMul();
    private static final MatMulKernel VECTOR = new VectorMatMul();

    /** {@code a [m, k]} and {@code b [k, n]}, row-major. */
    record Problem(int m, int k, int n, double[] a, double[] b) {
        @Override
        public String toString() {
            return String.format("a [%d, %d] %s, b [%d, %d] %s",
                    m, k, Arrays.toString(a), k, n, Arrays.toString(b));
        }
    }

    /** Sizes 1 to {@code max} (so odd tails and 1-wide matrices), values in [-10, 10]. */
    private static Gen<Problem> problems(int max) {
        Gen<Integer> size = Generate.range(1, max);
        Gen<Double> value = doubles().between(-10, 10);
        return size.zip(size, size, (m, k, n) -> new int[] {m, k, n}).flatMap(d -> in -> {
            double[] a = new double[d[0] * d[1]];
            double[] b = new double[d[1] * d[2]];
            Arrays.setAll(a, i -> value.generate(in));
            Arrays.setAll(b, i -> value.generate(in));
            return new Problem(d[0], d[1], d[2], a, b);
        });
    }

    private static Problem random(int m, int k, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] a = rng.doubles(m * k, -10, 10).toArray();
        double[] b = rng.doubles(k * n, -10, 10).toArray();
        return new Problem(m, k, n, a, b);
    }

    private static double[] run(MatMulKernel kernel, Problem p) {
        double[] c = new double[p.m * p.n];
        kernel.multiply(p.a, p.b, c, p.m, p.k, p.n);
        return c;
    }

    // ---------------------------------------------------------------- references

    /** The oracle: {@link ReferenceMatMul}, the textbook triple loop. */
    private static double[] reference(Problem p) {
        return ReferenceMatMul.multiply(Tensor.of(Shape.of(p.m, p.k), p.a), Tensor.of(Shape.of(p.k, p.n), p.b))
                .toArray();
    }

    private static void assertSameBits(String what, double[] actual, double[] expected, int n) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int e = 0; e < expected.length; e++) {
            if (Double.doubleToRawLongBits(actual[e]) != Double.doubleToRawLongBits(expected[e])) {
                throw new AssertionError(String.format("%s: c[%d, %d] = %s but expected %s (c is [%d, %d])",
                        what, e / n, e % n, actual[e], expected[e], expected.length / n, n));
            }
        }
    }

    /**
     * Asserts {@code c} is within {@link #REL_TOL} of commons-math3's
     * {@code Array2DRowRealMatrix.multiply}, naming the worst element if it is not.
     */
    private static void assertAgreesWithCommonsMath(String kernel, Problem p, double[] c) {
        double[][] expected = matrix(p.a, p.m, p.k).multiply(matrix(p.b, p.k, p.n)).getData();
        int worst = 0;
        double worstRatio = 0.0;
        for (int i = 0; i < p.m; i++) {
            for (int j = 0; j < p.n; j++) {
                double scale = 0.0;
                for (int q = 0; q < p.k; q++) {
                    scale += Math.abs(p.a[i * p.k + q] * p.b[q * p.n + j]);
                }
                double error = Math.abs(c[i * p.n + j] - expected[i][j]);
                double ratio = error == 0.0 ? 0.0 : error / (REL_TOL * scale);
                if (!(ratio <= worstRatio)) { // also catches NaN
                    worst = i * p.n + j;
                    worstRatio = ratio;
                }
            }
        }
        int i = worst / p.n;
        int j = worst % p.n;
        assertThat(worstRatio)
                .describedAs("%s kernel, [%d, %d]·[%d, %d]: c[%d, %d] = %s but commons-math3 says %s",
                        kernel, p.m, p.k, p.k, p.n, i, j, c[worst], expected[i][j])
                .isLessThanOrEqualTo(1.0);
    }

    private static Array2DRowRealMatrix matrix(double[] data, int rows, int cols) {
        double[][] d = new double[rows][];
        for (int i = 0; i < rows; i++) {
            d[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return new Array2DRowRealMatrix(d, false);
    }

    // ---------------------------------------------------------------- the kernels on small sizes

    @Test
    void scalarKernelIsTheFusedTextbookSumBitForBit() {
        qt().withFixedSeed(9101L).withExamples(300)
                .forAll(problems(40))
                .checkAssert(p -> assertSameBits("scalar kernel vs ReferenceMatMul",
                        run(SCALAR, p), reference(p), p.n));
    }

    @Test
    void vectorKernelIsTheFusedTextbookSumBitForBit() {
        qt().withFixedSeed(9102L).withExamples(300)
                .forAll(problems(40))
                .checkAssert(p -> assertSameBits("vector kernel vs ReferenceMatMul",
                        run(VECTOR, p), reference(p), p.n));
    }

    @Test
    void bothKernelsAgreeWithCommonsMath() {
        qt().withFixedSeed(9103L).withExamples(300)
                .forAll(problems(40))
                .checkAssert(p -> {
                    assertAgreesWithCommonsMath("scalar", p, run(SCALAR, p));
                    assertAgreesWithCommonsMath("vector", p, run(VECTOR, p));
                });
    }

    /**
     * Products past {@link VectorMatMul#KC} terms, so the vector kernel takes its blocked path with
     * the packed {@code b} (two blocks over {@code p}), with every kind of edge: rows left under the
     * 6-row tiles, a 16-column narrow tile read in place, a ragged last few columns.
     */
    @Test
    void vectorKernelBlockedPathIsTheFusedTextbookSumBitForBit() {
        Gen<Integer> rows = Generate.range(VectorMatMul.MR, 50);
        Gen<Integer> terms = Generate.range(VectorMatMul.KC + 1, VectorMatMul.KC + 20);
        Gen<Integer> cols = Generate.range(VectorMatMul.FEW_COLUMNS, 80);
        qt().withFixedSeed(9104L).withExamples(60)
                .forAll(rows, terms, cols)
                .checkAssert((m, k, n) -> {
                    Problem p = random(m, k, n, 1000L * m + 10L * k + n);
                    assertSameBits("vector kernel (blocked) vs ReferenceMatMul", run(VECTOR, p), reference(p), n);
                });
    }

    @Test
    void oneByOne() {
        Problem p = new Problem(1, 1, 1, new double[] {3}, new double[] {-2.5});
        assertThat(run(SCALAR, p)).containsExactly(-7.5);
        assertThat(run(VECTOR, p)).containsExactly(-7.5);
    }

    // ---------------------------------------------------------------- across the cache blocks

    /**
     * Sizes that straddle each kernel's register tile and cache blocks (scalar: 2 × 2 tiles, 128 × 512
     * blocks; vector: 6 × 32 tiles and 6 × 16 narrow tiles with 1 to 5 rows left,
     * a ragged 1 to 15 columns left, 72 × 256 × 1024 blocks, fewer than 6 rows or 4 columns); and the
     * products of an MLP 64-128-10 on a batch of 64, forward and backward.
     */
    @ParameterizedTest(name = "[{0}, {1}] · [{1}, {2}]")
    @CsvSource({
        "1, 1, 1", "1, 300, 1", "300, 1, 1", "1, 1, 1100", "2, 1, 7",
        "7, 300, 5", "13, 257, 33", "75, 129, 17", "80, 513, 9", "6, 1, 1041",
        "73, 260, 1030", "145, 130, 530", "4, 256, 1024", "72, 256, 512",
        "5, 40, 1100", "6, 300, 4", "6, 300, 3", "10, 3072, 1", "1, 3072, 10",
        "64, 64, 64", "64, 64, 128", "128, 128, 128", "256, 256, 256", "70, 100, 50", "12, 256, 256", "64, 257, 64",
        "64, 128, 10", "128, 64, 10", "64, 10, 128", "7, 33, 48", "11, 20, 63", "9, 64, 16", "15, 31, 31",
        "300, 300, 300", "70, 600, 48", "6, 256, 2000", "6, 255, 4", "13, 256, 257",
    })
    void blockEdges(int m, int k, int n) {
        Problem p = random(m, k, n, 31L * m + 7L * k + n);
        double[] scalar = run(SCALAR, p);
        double[] vector = run(VECTOR, p);
        assertSameBits("scalar kernel vs ReferenceMatMul", scalar, reference(p), n);
        assertSameBits("vector kernel vs ReferenceMatMul", vector, reference(p), n);
        assertAgreesWithCommonsMath("scalar", p, scalar);
        assertAgreesWithCommonsMath("vector", p, vector);
    }

    // ---------------------------------------------------------------- two cores, same bits

    @ParameterizedTest(name = "[{0}, {1}] · [{1}, {2}]")
    @CsvSource({"301, 200, 150", "256, 256, 256", "97, 1000, 130", "9, 40, 1030"})
    void parallelSplitIsBitIdenticalToSerial(int m, int k, int n) {
        Problem p = random(m, k, n, 77L);
        for (MatMulKernel kernel : List.of(SCALAR, VECTOR)) {
            double[] serial = run(kernel, p);
            for (int parts = 2; parts <= 3; parts++) {
                double[] parallel = new double[m * n];
                MatMulKernels.multiply(kernel, p.a, p.b, parallel, m, k, n, parts);
                String what = kernel.name() + " kernel in " + parts + " parts vs serial";
                assertSameBits(what, parallel, serial, n);
            }
        }
    }

    @Test
    void defaultMultiplyUsesAllCoresAndGivesTheSerialBits() {
        int m = 301;
        int k = 200;
        int n = 150;
        assertThat(MatMulKernels.parallelParts(m, k, n, 2)).isEqualTo(2);
        Problem p = random(m, k, n, 78L);
        double[] viaDefault = new double[m * n];
        MatMulKernels.multiply(p.a, p.b, viaDefault, m, k, n);
        assertSameBits("default multiply vs serial", viaDefault, run(MatMulKernels.current(), p), n);
    }

    @Test
    void smallProductsStayOnOneCore() {
        assertThat(MatMulKernels.parallelParts(128, 128, 128, 2)).isEqualTo(1); // 2^21 < 2^22 multiply-adds
        assertThat(MatMulKernels.parallelParts(8, 4096, 4096, 2)).isEqualTo(1); // too few rows to share
        assertThat(MatMulKernels.parallelParts(256, 256, 256, 1)).isEqualTo(1); // one thread
        assertThat(MatMulKernels.parallelParts(256, 256, 256, 8)).isEqualTo(8);
        assertThat(MatMulKernels.parallelParts(64, 1024, 1024, 8)).isEqualTo(2);
    }

    // ---------------------------------------------------------------- which kernel

    @Test
    void propertySelectsTheKernel() {
        assertThat(MatMulKernels.select("scalar", true)).isInstanceOf(ScalarMatMul.class);
        assertThat(MatMulKernels.select("scalar", false)).isInstanceOf(ScalarMatMul.class);
        assertThat(MatMulKernels.select("vector", true)).isInstanceOf(VectorMatMul.class);
        assertThat(MatMulKernels.select(" Vector ", true)).isInstanceOf(VectorMatMul.class);
        assertThat(MatMulKernels.select("auto", true)).isInstanceOf(VectorMatMul.class);
        assertThat(MatMulKernels.select(null, true)).isInstanceOf(VectorMatMul.class);
        assertThat(MatMulKernels.select(null, false)).isInstanceOf(ScalarMatMul.class);
    }

    @Test
    void vectorWithoutTheModuleFallsBackToScalar() {
        assertThat(MatMulKernels.select("vector", false)).isInstanceOf(ScalarMatMul.class);
    }

    @Test
    void unknownChoiceNamesTheAllowedOnes() {
        assertThatThrownBy(() -> MatMulKernels.select("gpu", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("chainrule.matmul is 'gpu'; it must be scalar, vector or auto");
    }

    @Test
    void thisJvmUsesWhatItsFlagsSay() {
        boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        MatMulKernel expected = MatMulKernels.select(System.getProperty(MatMulKernels.PROPERTY), module);
        assertThat(MatMulKernels.current().name()).isEqualTo(expected.name());
    }

    @Test
    void freshJvmsHonourTheProperty() throws Exception {
        assertThat(probe(List.of("-Dchainrule.matmul=scalar", "--add-modules", "jdk.incubator.vector")))
                .contains("kernel=scalar").doesNotContain("VectorMatMul");
        assertThat(probe(List.of("--add-modules", "jdk.incubator.vector")))
                .contains("kernel=vector").contains("org.chainrule.core.VectorMatMul");
    }

    @Test
    void aJvmWithoutTheModuleNeverLoadsTheVectorKernel() throws Exception {
        assertThat(probe(List.of("-Dchainrule.matmul=vector")))
                .contains("kernel=scalar", "c=[19.0, 22.0, 43.0, 50.0]")
                .doesNotContain("VectorMatMul", "jdk.incubator.vector");
    }

    /**
     * Runs {@link MatMulKernelsProbe} in a new JVM with {@code -verbose:class}; returns what it
     * printed plus the class-loading lines that mention Chainrule or the Vector API.
     */
    private static String probe(List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-verbose:class");
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(MatMulKernelsProbe.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).describedAs(output).isZero();
        return output.lines()
                .filter(line -> !line.startsWith("[") || line.contains("chainrule")
                        || line.contains("vector"))
                .collect(Collectors.joining("\n"));
    }
}
