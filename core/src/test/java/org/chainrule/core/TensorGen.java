package org.chainrule.core;

import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.StringJoiner;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for shapes and tensors, shared by core's property tests.
 *
 * <p>Every generator describes its values compactly, so a counterexample prints on one line as
 * {@code [2, 1] {0.25, -3.0}}: the shape, then the row-major values with all their digits
 * (paste them into {@code Tensor.of(Shape.of(2, 1), new double[] {0.25, -3.0})} to replay).
 */
final class TensorGen {
    private TensorGen() {
    }

    /**
     * Multiples of 0.25 in [-10, 10]. Sums and products of a few of them are exact in
     * {@code double}, so laws about them can be checked with {@code equals}; they print short and
     * repeat often (ties for max/argmax, equal pairs for comparisons).
     */
    static Gen<Double> quarters() {
        return Generate.range(-40, 40).map(k -> k / 4.0);
    }

    /** Small integers in [-2, 2]: many ties, for argmax and comparison masks. */
    static Gen<Double> smallInts() {
        return Generate.range(-2, 2).map(k -> (double) k);
    }

    /** Arbitrary doubles in [-1, 1]: sums are rounded, so compare them with {@code allClose}. */
    static Gen<Double> reals() {
        return doubles().between(-1, 1);
    }

    /**
     * Shapes of rank {@code minRank..maxRank} with each size in {@code minDim..maxDim}.
     */
    static Gen<Shape> shapes(int minRank, int maxRank, int minDim, int maxDim) {
        Gen<Integer> rank = Generate.range(minRank, maxRank);
        Gen<Integer> dim = Generate.range(minDim, maxDim);
        return rank.flatMap(r -> in -> {
            int[] dims = new int[r];
            for (int i = 0; i < r; i++) {
                dims[i] = dim.generate(in);
            }
            return Shape.of(dims);
        });
    }

    /** A tensor of exactly {@code shape} with elements drawn from {@code values}. */
    static Gen<Tensor> tensorsOf(Shape shape, Gen<Double> values) {
        Gen<Tensor> gen = in -> {
            double[] data = new double[shape.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = values.generate(in);
            }
            return Tensor.of(shape, data);
        };
        return gen.describedAs(TensorGen::describe);
    }

    /** Tensors whose shape comes from {@code shapes} and whose elements come from {@code values}. */
    static Gen<Tensor> tensors(Gen<Shape> shapes, Gen<Double> values) {
        return shapes.<Tensor>flatMap(s -> tensorsOf(s, values)).describedAs(TensorGen::describe);
    }

    /**
     * A shape that broadcasts to {@code target}: some leading axes dropped, and some of the
     * remaining sizes replaced by 1 (about one in three).
     */
    static Gen<Shape> broadcastableTo(Shape target) {
        int rank = target.rank();
        Gen<Integer> drop = Generate.range(0, rank);
        Gen<Integer> stretch = Generate.range(0, 2);
        return in -> {
            int kept = rank - drop.generate(in);
            int[] dims = new int[kept];
            for (int i = 0; i < kept; i++) {
                dims[i] = stretch.generate(in) == 0 ? 1 : target.dim(rank - kept + i);
            }
            return Shape.of(dims);
        };
    }

    /**
     * Two tensors whose shapes broadcast together: both derived from a common target of rank
     * 0 to {@code maxRank} (sizes 1 to 4) by {@link #broadcastableTo}.
     */
    static Gen<Tensor[]> broadcastPairs(int maxRank, Gen<Double> values) {
        Gen<Tensor[]> pairs = shapes(0, maxRank, 1, 4).flatMap(target -> in -> new Tensor[] {
            tensorsOf(broadcastableTo(target).generate(in), values).generate(in),
            tensorsOf(broadcastableTo(target).generate(in), values).generate(in)});
        return pairs.describedAs(p -> describe(p[0]) + " with " + describe(p[1]));
    }

    /** A random ordering of {@code 0..n-1} (Fisher–Yates driven by QuickTheories, so it shrinks). */
    static Gen<int[]> permutations(int n) {
        return in -> {
            int[] p = new int[n];
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = Generate.range(0, i).generate(in);
                int t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            return p;
        };
    }

    /** One line: the shape, then every element with all its digits, e.g. {@code [2] {1.0, 0.5}}. */
    static String describe(Tensor t) {
        StringJoiner values = new StringJoiner(", ", "{", "}");
        for (double v : t.toArray()) {
            values.add(Double.toString(v));
        }
        return t.shape() + " " + values;
    }

    /** Several tensors on one line, separated by {@code " | "}. */
    static String describe(Tensor... ts) {
        StringJoiner all = new StringJoiner(" | ");
        for (Tensor t : ts) {
            all.add(describe(t));
        }
        return all.toString();
    }

    /**
     * The multi-index of flat position {@code flat} in a row-major array of the given sizes,
     * computed by division (independently of the main code's odometers and strides).
     */
    static int[] unflatten(int flat, int[] dims) {
        int[] index = new int[dims.length];
        for (int ax = dims.length - 1; ax >= 0; ax--) {
            index[ax] = flat % dims[ax];
            flat /= dims[ax];
        }
        return index;
    }

    /**
     * The index of {@code source} that broadcasting reads for {@code resultIndex}: the result's
     * extra leading axes are dropped, and size-1 axes of the source always read index 0.
     */
    static int[] broadcastSource(Shape source, int[] resultIndex) {
        int pad = resultIndex.length - source.rank();
        int[] index = new int[source.rank()];
        for (int i = 0; i < index.length; i++) {
            index[i] = source.dim(i) == 1 ? 0 : resultIndex[pad + i];
        }
        return index;
    }

    /** {@code index} with {@code value} inserted before position {@code axis}. */
    static int[] insert(int[] index, int axis, int value) {
        int[] out = new int[index.length + 1];
        for (int i = 0, k = 0; i < out.length; i++) {
            out[i] = i == axis ? value : index[k++];
        }
        return out;
    }
}
