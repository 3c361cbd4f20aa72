package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** Seeded train/test splits: sizes, disjointness, stratification, reproducibility. */
class SplitTest {

    @Test
    void everyRowLandsOnExactlyOneSideWithItsLabel() {
        qt().withFixedSeed(2020).withExamples(300)
                .forAll(integers().between(2, 200), doubles().between(0.01, 0.99), integers().between(1, 4), longs().all())
                .assuming((n, f, k, seed) -> Math.round(f * n) >= 1 && Math.round(f * n) <= n - 1)
                .checkAssert((n, f, k, seed) -> {
                    Dataset data = numbered(n, k);
                    Split split = Split.of(data, f, Rng.seed(seed));

                    assertThat(split.test().size()).isEqualTo(Math.round(f * n));
                    assertThat(split.train().size()).isEqualTo(n - Math.round(f * n));
                    assertThat(rowIds(split)).containsExactly(IntStream.range(0, n).toArray());
                    assertLabelsFollowRows(split.train(), k);
                    assertLabelsFollowRows(split.test(), k);
                });
    }

    @Test
    void stratifiedSplitHoldsOutTheSameShareOfEveryClass() {
        qt().withFixedSeed(2020).withExamples(300)
                .forAll(integers().between(4, 200), doubles().between(0.1, 0.9), integers().between(1, 4), longs().all())
                .checkAssert((n, f, k, seed) -> {
                    Dataset data = numbered(n, k);
                    int[] counts = data.classCounts();
                    int testRows = Arrays.stream(counts).map(c -> (int) Math.round(f * c)).sum();
                    if (testRows == 0 || testRows == n) {
                        assertThatThrownBy(() -> Split.stratified(data, f, Rng.seed(seed)))
                                .isInstanceOf(IllegalArgumentException.class);
                        return;
                    }
                    Split split = Split.stratified(data, f, Rng.seed(seed));

                    int[] held = split.test().classCounts();
                    for (int c = 0; c < k; c++) {
                        assertThat(held[c]).as("class %d of %d rows", c, counts[c]).isEqualTo(Math.round(f * counts[c]));
                    }
                    assertThat(rowIds(split)).containsExactly(IntStream.range(0, n).toArray());
                });
    }

    @Test
    void irisStratifiedKeepsTenOfEachClassForTesting() {
        Split split = Split.stratified(Datasets.iris(), 0.2, Rng.seed(2020));

        assertThat(split.train().classCounts()).containsExactly(40, 40, 40);
        assertThat(split.test().classCounts()).containsExactly(10, 10, 10);
        assertThat(split.test().features().shape()).isEqualTo(Shape.of(30, 4));
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset iris = Datasets.iris();

        Split a = Split.of(iris, 0.3, Rng.seed(7));
        Split b = Split.of(iris, 0.3, Rng.seed(7));
        Split c = Split.of(iris, 0.3, Rng.seed(8));

        assertThat(a.test().features()).isEqualTo(b.test().features());
        assertThat(a.train().labels()).isEqualTo(b.train().labels());
        assertThat(a.test().features()).isNotEqualTo(c.test().features());
    }

    @Test
    void badFractionsAreExplained() {
        Dataset data = numbered(10, 2);
        Rng rng = Rng.seed(1);

        assertThatThrownBy(() -> Split.of(data, 1.5, rng)).hasMessage("Split.of: testFraction is 1.5; it must be "
                + "strictly between 0 and 1 (0.2 holds out 20% of the rows).");
        assertThatThrownBy(() -> Split.stratified(data, 0, rng)).hasMessage("Split.stratified: testFraction is 0.0; "
                + "it must be strictly between 0 and 1 (0.2 holds out 20% of the rows).");
        assertThatThrownBy(() -> Split.of(data, Double.NaN, rng)).hasMessageStartingWith("Split.of: testFraction is NaN;");
        assertThatThrownBy(() -> Split.of(data, 0.01, rng)).hasMessage("Split.of: testFraction 0.01 of 10 rows gives "
                + "0 test and 10 training rows; each side needs at least one row.");
        assertThatThrownBy(() -> Split.of(data, 0.98, rng)).hasMessage("Split.of: testFraction 0.98 of 10 rows gives "
                + "10 test and 0 training rows; each side needs at least one row.");
    }

    /** n rows whose single feature is the row number; labels cycle through k classes. */
    private static Dataset numbered(int n, int k) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("c" + c);
        }
        double[] x = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            labels[i] = (i * i + i / 3) % k; // uneven class sizes
        }
        return new Dataset(Tensor.of(Shape.of(n, 1), x), labels, names);
    }

    private static int[] rowIds(Split split) {
        double[] ids = Tensor.concat(0, split.train().features(), split.test().features()).toArray();
        return Arrays.stream(ids).mapToInt(v -> (int) v).sorted().toArray();
    }

    private static void assertLabelsFollowRows(Dataset part, int k) {
        for (int r = 0; r < part.size(); r++) {
            int id = (int) part.features().get(r, 0);
            assertThat(part.labels()[r]).isEqualTo((id * id + id / 3) % k);
        }
    }
}
