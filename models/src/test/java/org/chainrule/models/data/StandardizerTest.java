package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.chainrule.core.Rng;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** Per-feature standardization fit on training rows. */
class StandardizerTest {

    @Test
    void standardizedTrainingFeaturesHaveMean0AndStd1PerColumn() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(2, 60), integers().between(1, 6), longs().all())
                .checkAssert((n, d, seed) -> {
                    Rng rng = Rng.seed(seed);
                    Tensor scale = rng.uniform(-2, 3, d).map(e -> Math.pow(10, e)); // 0.01 to 1000
                    Tensor offset = rng.uniform(-1e3, 1e3, d);
                    Tensor x = rng.normal(0, 1, n, d).mul(scale).add(offset);

                    Tensor z = Standardizer.fit(x).transform(x);

                    for (int j = 0; j < d; j++) {
                        assertThat(columnMean(z, j)).as("mean of column %d", j).isCloseTo(0, within(1e-9));
                        assertThat(columnStd(z, j)).as("std of column %d", j).isCloseTo(1, within(1e-9));
                    }
                });
    }

    @Test
    void otherSetsAreRescaledWithTheTrainingStatistics() {
        Tensor train = Tensor.of(new double[][] {{1, 10}, {3, 30}});
        Tensor test = Tensor.of(new double[][] {{2, 0}, {5, 50}});

        Standardizer s = Standardizer.fit(train);

        assertThat(s.mean()).isEqualTo(Tensor.of(2, 20));
        assertThat(s.scale()).isEqualTo(Tensor.of(1, 10));
        assertThat(s.transform(test)).isEqualTo(Tensor.of(new double[][] {{0, -2}, {3, 3}}));
    }

    @Test
    void aConstantFeatureIsCentredButNotDivided() {
        Tensor x = Tensor.of(new double[][] {{0.1, 1, 7}, {0.1, 2, 7}, {0.1, 3, 7}});

        Standardizer s = Standardizer.fit(x);

        assertThat(s.scale().get(0)).isEqualTo(1);
        assertThat(s.scale().get(2)).isEqualTo(1);
        Tensor z = s.transform(x);
        assertThat(Arrays.stream(z.toArray()).boxed().toList()).allMatch(Double::isFinite);
        for (int i = 0; i < 3; i++) {
            assertThat(z.get(i, 0)).isCloseTo(0, within(1e-15));
            assertThat(z.get(i, 2)).isZero();
        }
    }

    @Test
    void digitsBlankCornerPixelsStayFiniteAndTheRestHaveUnitStd() {
        Dataset digits = Datasets.digits();

        Dataset z = Standardizer.fit(digits.features()).transform(digits);

        assertThat(Arrays.stream(z.features().toArray()).boxed().toList()).allMatch(Double::isFinite);
        assertThat(columnStd(z.features(), 0)).isZero(); // pixel (0, 0) is 0 in every image
        assertThat(columnStd(z.features(), 1)).isCloseTo(1, within(1e-9));
        assertThat(z.labels()).isEqualTo(digits.labels());
    }

    @Test
    void shapeMistakesAreExplained() {
        Standardizer s = Standardizer.fit(Tensor.of(new double[][] {{1, 2, 3, 4}, {2, 3, 4, 5}}));

        assertThatThrownBy(() -> s.transform(Tensor.zeros(10, 3))).isInstanceOf(ShapeException.class).hasMessage(
                "Standardizer.transform: features are [10, 3] but the standardizer was fit on 4 features; "
                        + "give rows of the same features, [m, 4].");
        assertThatThrownBy(() -> Standardizer.fit(Tensor.zeros(0, 4))).hasMessage("Standardizer.fit: features are "
                + "[0, 4]; they must be [n, d] with at least one row to measure a mean.");
        assertThatThrownBy(() -> Standardizer.fit(Tensor.of(1, 2, 3))).hasMessage("Standardizer.fit: features are "
                + "[3]; they must be [n, d] with at least one row to measure a mean.");
    }

    private static double columnMean(Tensor x, int j) {
        return x.mean(0).get(j);
    }

    /** Population std of column j, computed directly (not with the class under test). */
    private static double columnStd(Tensor x, int j) {
        int n = x.shape().dim(0);
        double mean = columnMean(x, j);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x.get(i, j) - mean) * (x.get(i, j) - mean);
        }
        return Math.sqrt(sum / n);
    }
}
