package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRegionsPlotTest {
    private static final Dataset XOR = new Dataset(Tensor.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}),
            new int[] {0, 1, 1, 0}, List.of("0", "1"));

    @TempDir
    Path dir;

    @Test
    void eachSideIsPaintedInItsPredictedClass() throws Exception {
        // class 1 right of x0 = 0.5: the left half of the plot is pale blue, the right half pale red
        Function<Tensor, int[]> rightIsOne = x -> {
            double[] v = x.toArray();
            int[] classes = new int[v.length / 2];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = v[2 * i] > 0.5 ? 1 : 0;
            }
            return classes;
        };
        BufferedImage image = Pictures.readPng(DecisionRegionsPlot.write(XOR, rightIsOne, "t",
                dir.resolve("regions.png")), DecisionRegionsPlot.WIDTH, DecisionRegionsPlot.HEIGHT);

        int middleRow = DecisionRegionsPlot.TOP + DecisionRegionsPlot.PLOT / 2;
        int left = DecisionRegionsPlot.LEFT + DecisionRegionsPlot.PLOT / 8;
        int right = DecisionRegionsPlot.LEFT + DecisionRegionsPlot.PLOT * 7 / 8;
        assertThat(Pictures.at(image, left, middleRow)).isEqualTo(Palette.region(0));
        assertThat(Pictures.at(image, right, middleRow)).isEqualTo(Palette.region(1));
        assertThat(Pictures.count(image, Palette.of(1))).as("the red points are drawn").isGreaterThan(50);
    }

    @Test
    void largerX1IsHigherUp() throws Exception {
        // class 1 above x1 = 0.5: the top of the plot is pale red, the bottom pale blue
        BufferedImage image = Pictures.readPng(DecisionRegionsPlot.write(XOR, x -> {
            double[] v = x.toArray();
            int[] classes = new int[v.length / 2];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = v[2 * i + 1] > 0.5 ? 1 : 0;
            }
            return classes;
        }, "t", dir.resolve("regions.png")), DecisionRegionsPlot.WIDTH, DecisionRegionsPlot.HEIGHT);

        int middleColumn = DecisionRegionsPlot.LEFT + DecisionRegionsPlot.PLOT / 2;
        assertThat(Pictures.at(image, middleColumn, DecisionRegionsPlot.TOP + 10)).isEqualTo(Palette.region(1));
        assertThat(Pictures.at(image, middleColumn, DecisionRegionsPlot.TOP + DecisionRegionsPlot.PLOT - 10))
                .isEqualTo(Palette.region(0));
    }

    @Test
    void theWholeGridIsPredictedInOneBatch() {
        List<Integer> batchRows = new ArrayList<>();
        DecisionRegionsPlot.write(XOR, x -> {
            batchRows.add(x.shape().dim(0));
            return new int[x.shape().dim(0)];
        }, "t", dir.resolve("regions.png"));

        int side = DecisionRegionsPlot.PLOT / DecisionRegionsPlot.CELL;
        assertThat(batchRows).containsExactly(side * side);
    }

    @Test
    void predictMustAnswerEveryRow() {
        assertThatThrownBy(() -> DecisionRegionsPlot.write(XOR, x -> new int[3], "t", dir.resolve("regions.png")))
                .hasMessage("DecisionRegionsPlot: predict returned 3 classes for 57600 points; it must return one "
                        + "class per row.");
    }

    @Test
    void thePointsMustBeInThePlane() {
        // The Dataset has already checked one label per row and every label a class; the plot checks d = 2.
        Dataset line = new Dataset(Tensor.of(new double[][] {{0}, {1}}), new int[] {0, 1}, List.of("0", "1"));
        assertThatThrownBy(() -> DecisionRegionsPlot.write(line, x -> new int[x.shape().dim(0)], "t",
                dir.resolve("regions.png")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DecisionRegionsPlot: the data set Dataset[2 × 1, 2 classes [0, 1]] has features [2, 1]; "
                        + "a plane plot needs [n, 2], two features per point.");
    }
}
