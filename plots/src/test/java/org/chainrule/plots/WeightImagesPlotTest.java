package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightImagesPlotTest {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @TempDir
    Path dir;

    @Test
    void eachColumnBecomesAnImageWithRedForPositiveAndBlueForNegative() throws Exception {
        // class j's template: +1 at pixel (j mod 8, 0), −1 at pixel (7, 7), 0 elsewhere
        double[] w = new double[64 * 10];
        for (int j = 0; j < 10; j++) {
            w[(8 * (j % 8)) * 10 + j] = 1;
            w[(8 * 7 + 7) * 10 + j] = -1;
        }
        Path file = WeightImagesPlot.write(Tensor.of(Shape.of(64, 10), w), 8, 8, DIGITS, "templates",
                dir.resolve("w.png"));

        BufferedImage image = Pictures.readPng(file, 990, 500);
        for (int j = 0; j < 10; j++) {
            assertThat(Pictures.reddish(pixel(image, j, j % 8, 0))).as("class %d, positive pixel", j).isTrue();
            assertThat(Pictures.bluish(pixel(image, j, 7, 7))).as("class %d, negative pixel", j).isTrue();
            assertThat(Pictures.brightness(pixel(image, j, 3, 4))).as("class %d, zero pixel", j).isGreaterThan(240);
        }
    }

    @Test
    void wMustHaveOneRowPerPixelAndOneNamePerColumn() {
        assertThatThrownBy(() -> WeightImagesPlot.write(Tensor.zeros(63, 10), 8, 8, DIGITS, "t", dir.resolve("x.png")))
                .hasMessage("WeightImagesPlot: W is [63, 10]; to draw 8 × 8 images it must be [64, k], one row per "
                        + "pixel and one column per class.");
        assertThatThrownBy(() -> WeightImagesPlot.write(Tensor.zeros(64, 3), 8, 8, DIGITS, "t", dir.resolve("x.png")))
                .hasMessage("WeightImagesPlot: W is [64, 3] (3 classes) but there are 10 class names; give one per "
                        + "column.");
    }

    /** The middle of image pixel (row r, column c) of template j. */
    private static Color pixel(BufferedImage image, int j, int r, int c) {
        Rectangle tile = WeightImagesPlot.tile(10, j);
        int side = tile.width / 8;
        return Pictures.at(image, tile.x + c * side + side / 2, tile.y + r * side + side / 2);
    }
}
