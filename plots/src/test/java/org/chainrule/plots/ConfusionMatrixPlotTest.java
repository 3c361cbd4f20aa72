package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfusionMatrixPlotTest {
    private static final List<String> BINARY = List.of("Negative", "Positive");

    @TempDir
    Path dir;

    @Test
    void theNotesMatrixIsAPngWithTheTopRowDarker() throws Exception {
        Path file = ConfusionMatrixPlot.write(new int[][] {{2, 2}, {1, 1}}, BINARY, "Confusion Matrix",
                dir.resolve("nested/folder/cm.png"));

        assertThat(file).isEqualTo(dir.resolve("nested/folder/cm.png"));
        BufferedImage image = Pictures.readPng(file, ConfusionMatrixPlot.WIDTH, ConfusionMatrixPlot.HEIGHT);
        assertThat(fill(image, 2, 0, 0)).isEqualTo(fill(image, 2, 0, 1));
        assertThat(Pictures.brightness(fill(image, 2, 0, 0)))
                .isLessThan(Pictures.brightness(fill(image, 2, 1, 0)));
    }

    @Test
    void theDarkestCellHoldsTheLargestCount() throws Exception {
        int[][] counts = {{4, 1, 0}, {2, 9, 3}, {0, 5, 7}};
        BufferedImage image = Pictures.readPng(ConfusionMatrixPlot.write(counts, List.of("a", "b", "c"), "t",
                dir.resolve("cm3.png")), ConfusionMatrixPlot.WIDTH, ConfusionMatrixPlot.HEIGHT);

        int[] darkest = {-1, -1};
        double least = Double.MAX_VALUE;
        for (int t = 0; t < 3; t++) {
            for (int p = 0; p < 3; p++) {
                double b = Pictures.brightness(fill(image, 3, t, p));
                if (b < least) {
                    least = b;
                    darkest = new int[] {t, p};
                }
            }
        }
        assertThat(darkest).containsExactly(1, 1);
        assertThat(Pictures.brightness(fill(image, 3, 0, 2))).as("a zero count is near white").isGreaterThan(240);
    }

    @Test
    void theCountIsWrittenInTheCell() throws Exception {
        BufferedImage image = Pictures.readPng(ConfusionMatrixPlot.write(new int[][] {{8, 0}, {0, 8}}, BINARY, "t",
                dir.resolve("cm.png")), ConfusionMatrixPlot.WIDTH, ConfusionMatrixPlot.HEIGHT);

        Rectangle dark = ConfusionMatrixPlot.cell(2, 0, 0);
        Rectangle light = ConfusionMatrixPlot.cell(2, 0, 1);
        assertThat(brightPixels(image, dark)).as("white digits on the dark cell").isPositive();
        assertThat(darkPixels(image, light)).as("black digits on the light cell").isPositive();
    }

    @Test
    void shapesAndNamesMustFit() {
        assertThatThrownBy(() -> ConfusionMatrixPlot.write(new int[][] {{1, 2}, {3}}, BINARY, "t", dir.resolve("x.png")))
                .hasMessage("ConfusionMatrixPlot: row 1 has 1 counts; a confusion matrix of 2 classes is [2, 2].");
        assertThatThrownBy(() -> ConfusionMatrixPlot.write(new int[][] {{1}}, BINARY, "t", dir.resolve("x.png")))
                .hasMessage("ConfusionMatrixPlot: the matrix has 1 rows and there are 2 class names "
                        + "[Negative, Positive]; give one name per class.");
        assertThatThrownBy(() -> ConfusionMatrixPlot.write(new int[][] {{1, -1}, {0, 0}}, BINARY, "t", dir.resolve("x.png")))
                .hasMessage("ConfusionMatrixPlot: counts[0][1] is -1; a count cannot be negative.");
    }

    /** The colour of a cell away from its centre, where the count's digits are. */
    private static java.awt.Color fill(BufferedImage image, int k, int row, int col) {
        Rectangle r = ConfusionMatrixPlot.cell(k, row, col);
        return Pictures.at(image, r.x + r.width / 6, r.y + r.height / 6);
    }

    private static int brightPixels(BufferedImage image, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                n += Pictures.brightness(Pictures.at(image, x, y)) > 200 ? 1 : 0;
            }
        }
        return n;
    }

    private static int darkPixels(BufferedImage image, Rectangle r) {
        int n = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                n += Pictures.brightness(Pictures.at(image, x, y)) < 60 ? 1 : 0;
            }
        }
        return n;
    }
}
