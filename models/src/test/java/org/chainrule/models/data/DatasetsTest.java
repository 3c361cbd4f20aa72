package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import org.chainrule.core.Rng;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

/** The bundled and generated data sets: the notes' numbers exactly, real sets' sizes, seeded generators. */
class DatasetsTest {

    @Test
    void seedTrainIsTheNotesXTrainAndYTrain() {
        Dataset train = Datasets.seedTrain();

        assertThat(train.features()).isEqualTo(Tensor.of(new double[][] {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}}));
        assertThat(train.labels()).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(train.classNames()).containsExactly("Negative", "Positive");
        assertThat(train.labelColumn()).isEqualTo(Tensor.of(Shape.of(6, 1), new double[] {0, 0, 0, 1, 1, 1}));
    }

    @Test
    void seedTestIsTheNotesXTestAndYTest() {
        Dataset test = Datasets.seedTest();

        assertThat(test.features()).isEqualTo(Tensor.of(new double[][] {{1, 0}, {0, 2}, {1, 1}, {3, 2}, {3, 3}, {2, 3}}));
        assertThat(test.labels()).containsExactly(0, 0, 1, 0, 1, 0);
        assertThat(test.classNames()).containsExactly("Negative", "Positive");
    }

    @Test
    void xorIsTheFourCornersLabelledByExclusiveOr() {
        Dataset xor = Datasets.xor();

        assertThat(xor.features()).isEqualTo(Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}));
        for (int i = 0; i < 4; i++) {
            int a = (int) xor.features().get(i, 0);
            int b = (int) xor.features().get(i, 1);
            assertThat(xor.labels()[i]).isEqualTo(a ^ b);
        }
    }

    @Test
    void irisIs150By4WithThreeClassesOf50() {
        Dataset iris = Datasets.iris();

        assertThat(iris.features().shape()).isEqualTo(Shape.of(150, 4));
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.classCounts()).containsExactly(50, 50, 50);
        assertThat(iris.features().take(new int[] {0}).toArray()).containsExactly(5.1, 3.5, 1.4, 0.2);
    }

    @Test
    void breastCancerIs569By30MalignantOrBenign() {
        Dataset cancer = Datasets.breastCancer();

        assertThat(cancer.features().shape()).isEqualTo(Shape.of(569, 30));
        assertThat(cancer.classNames()).containsExactly("malignant", "benign");
        assertThat(cancer.classCounts()).containsExactly(212, 357);
    }

    @Test
    void digitsAre1797ImagesOf8By8WithPixelsFrom0To16() {
        Dataset digits = Datasets.digits();

        assertThat(digits.features().shape()).isEqualTo(Shape.of(1797, 64));
        assertThat(digits.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(digits.classCounts()).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
        double[] pixels = digits.features().toArray();
        assertThat(Arrays.stream(pixels).min().orElseThrow()).isEqualTo(0);
        assertThat(Arrays.stream(pixels).max().orElseThrow()).isEqualTo(16);
        assertThat(Arrays.stream(pixels).boxed().toList()).allMatch(p -> p == Math.rint(p));
    }

    @Test
    void spiralHasTheRightShapeClassesAndIsReproducible() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(1, 40), integers().between(1, 6), longs().all())
                .checkAssert((perClass, classes, seed) -> {
                    Dataset a = Datasets.spiral(perClass, classes, Rng.seed(seed));
                    Dataset b = Datasets.spiral(perClass, classes, Rng.seed(seed));

                    assertThat(a.features().shape()).isEqualTo(Shape.of(perClass * classes, 2));
                    assertThat(a.classCounts()).hasSize(classes).containsOnly(perClass);
                    assertThat(a.features()).isEqualTo(b.features());
                    assertThat(a.labels()).isEqualTo(b.labels());
                    for (int i = 0; i < a.size(); i++) {
                        double x = a.features().get(i, 0);
                        double y = a.features().get(i, 1);
                        assertThat(Math.hypot(x, y)).isLessThanOrEqualTo(1 + 1e-12);
                    }
                });
    }

    @Test
    void spiralDependsOnTheSeed() {
        Dataset a = Datasets.spiral(50, 3, Rng.seed(1));
        Dataset b = Datasets.spiral(50, 3, Rng.seed(2));

        assertThat(a.features()).isNotEqualTo(b.features());
        assertThat(a.classNames()).containsExactly("arm 0", "arm 1", "arm 2");
    }

    @Test
    void blobsHaveBalancedClassesAndAreReproducible() {
        qt().withFixedSeed(2020).withExamples(200)
                .forAll(integers().between(1, 8), integers().between(0, 60), doubles().between(0, 3), longs().all())
                .checkAssert((centers, extra, std, seed) -> {
                    int n = centers + extra;
                    Dataset a = Datasets.blobs(n, centers, std, Rng.seed(seed));
                    Dataset b = Datasets.blobs(n, centers, std, Rng.seed(seed));

                    assertThat(a.features().shape()).isEqualTo(Shape.of(n, 2));
                    int[] counts = a.classCounts();
                    assertThat(counts).hasSize(centers);
                    assertThat(Arrays.stream(counts).sum()).isEqualTo(n);
                    assertThat(Arrays.stream(counts).max().orElseThrow() - Arrays.stream(counts).min().orElseThrow())
                            .isLessThanOrEqualTo(1);
                    assertThat(a.features()).isEqualTo(b.features());
                });
    }

    @Test
    void blobsWithoutSpreadSitOnTheirCentresInsideTheBox() {
        Dataset blobs = Datasets.blobs(7, 3, 0, Rng.seed(2020));

        assertThat(blobs.labels()).containsExactly(0, 0, 0, 1, 1, 2, 2);
        assertThat(blobs.features().take(new int[] {0})).isEqualTo(blobs.features().take(new int[] {2}));
        assertThat(blobs.features().take(new int[] {3})).isEqualTo(blobs.features().take(new int[] {4}));
        assertThat(Arrays.stream(blobs.features().toArray()).boxed().toList()).allMatch(v -> v >= -10 && v < 10);
        assertThat(blobs.classNames()).containsExactly("blob 0", "blob 1", "blob 2");
    }

    @Test
    void generatorArgumentsAreChecked() {
        Rng rng = Rng.seed(1);

        assertThatThrownBy(() -> Datasets.spiral(0, 3, rng)).hasMessage("spiral: pointsPerClass is 0; it must be at least 1.");
        assertThatThrownBy(() -> Datasets.spiral(5, 0, rng)).hasMessage("spiral: classes is 0; it must be at least 1.");
        assertThatThrownBy(() -> Datasets.blobs(2, 3, 1, rng)).hasMessage("blobs: n is 2 but there are 3 centers; "
                + "every blob needs at least one point, so n must be at least 3.");
        assertThatThrownBy(() -> Datasets.blobs(9, 3, -1, rng))
                .hasMessage("blobs: std is -1.0; the spread must be a finite number, 0 or more.");
    }
}
