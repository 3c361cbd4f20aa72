package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the weight-images picture means: 7 templates of 3 × 5 pixels (two rows of tiles, 5 then 2),
 * template j's pixel (r, c) showing W[5r + c, j] on the blue–white–red scale ±max |W|.
 */
class WeightImagesPictureTest {
    private static final int H = 3;
    private static final int W = 5;
    private static final int K = 7;
    /** One tile is 160 px, then 16 px of gap; a row of tiles also has 24 px for the name. */
    private static final int STEP_X = 160 + 16;
    private static final int STEP_Y = 24 + 160 + 16;
    private static final int GRID_RIGHT = 20 + 5 * STEP_X;
    private static final List<String> NAMES = List.of("n", "nnnnnnn", "nn", "nnnn", "nnnnnnnnnn", "nnn", "nnnnn");

    @TempDir
    Path dir;
    private double[][] weights;
    private double scale;
    private BufferedImage image;

    /** Drawn afresh for every test, so that mutation testing sees each test run the drawing code. */
    @BeforeEach
    void draw() throws Exception {
        Random random = new Random(5);
        weights = new double[H * W][K];
        double[] flat = new double[H * W * K];
        for (int p = 0; p < H * W; p++) {
            for (int j = 0; j < K; j++) {
                weights[p][j] = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 6 - 3;
                flat[p * K + j] = weights[p][j];
                scale = Math.max(scale, Math.abs(weights[p][j]));
            }
        }
        image = Pictures.readPng(WeightImagesPlot.write(Tensor.of(Shape.of(H * W, K), flat), H, W, NAMES, "Templates",
                dir.resolve("w.png")), GRID_RIGHT + 90, 56 + 2 * STEP_Y + 44);
    }

    @Test
    void tilesGoFiveToARowLeftToRightThenDown() {
        assertThat(WeightImagesPlot.tile(K, 0)).isEqualTo(new Rectangle(20, 56 + 24, 160, 160));
        assertThat(WeightImagesPlot.tile(K, 4)).isEqualTo(new Rectangle(20 + 4 * STEP_X, 56 + 24, 160, 160));
        assertThat(WeightImagesPlot.tile(K, 5)).isEqualTo(new Rectangle(20, 56 + STEP_Y + 24, 160, 160));
        assertThat(WeightImagesPlot.tile(K, 6)).isEqualTo(new Rectangle(20 + STEP_X, 56 + STEP_Y + 24, 160, 160));
        assertThat(WeightImagesPlot.tile(3, 2)).as("fewer than five: one row").isEqualTo(new Rectangle(20 + 2 * STEP_X, 80, 160, 160));
    }

    @Test
    void eachImagePixelShowsItsWeightOnTheSharedScale() {
        for (int j = 0; j < K; j++) {
            int x0 = 20 + (j % 5) * STEP_X;
            int y0 = 56 + (j / 5) * STEP_Y + 24;
            for (int r = 0; r < H; r++) {
                for (int c = 0; c < W; c++) {
                    double w = weights[W * r + c][j];
                    Color colour = Pictures.at(image, x0 + (int) ((c + 0.5) * 160 / W), y0 + (int) ((r + 0.5) * 160 / H));
                    String what = String.format("template %d, pixel (%d, %d), weight %.3f", j, r, c, w);
                    assertThat(colour).as(what).isEqualTo(Palette.diverging(w / scale));
                    if (w / scale > 0.3) {
                        assertThat(Pictures.reddish(colour)).as(what).isTrue();
                    } else if (w / scale < -0.3) {
                        assertThat(Pictures.bluish(colour)).as(what).isTrue();
                    } else if (w == 0) {
                        assertThat(Pictures.brightness(colour)).as(what).isGreaterThan(240);
                    }
                }
            }
            // each image pixel is one flat block: sample near its corners too
            double w = weights[W + 2][j];
            Color expected = Palette.diverging(w / scale);
            assertThat(Pictures.at(image, x0 + 2 * 32 + 1, y0 + 53 + 1)).isEqualTo(expected);
            assertThat(Pictures.at(image, x0 + 3 * 32 - 1, y0 + 106 - 1)).isEqualTo(expected);
            assertThat(grey(Pictures.at(image, x0, y0 + 80))).as("frame of template %d", j).isTrue();
            assertThat(grey(Pictures.at(image, x0 + 159, y0 + 80))).as("frame of template %d", j).isTrue();
        }
    }

    @Test
    void eachNameIsCentredAboveItsTemplateInOrder() {
        for (int j = 0; j < K; j++) {
            int x0 = 20 + (j % 5) * STEP_X;
            int y0 = 56 + (j / 5) * STEP_Y + 24;
            Rectangle name = Ink.box(image, Ink.span(x0, y0 - 24, x0 + 159, y0 - 2));
            assertThat(name).as("name of %d", j).isNotNull();
            assertThat(name.getCenterX()).as("name of %d", j).isCloseTo(x0 + 80, within(3.0));
            assertThat(name.getCenterY()).as("name of %d", j).isCloseTo(y0 - 12, within(4.0));
            for (int i = 0; i < K; i++) {
                if (NAMES.get(i).length() < NAMES.get(j).length()) {
                    int xi = 20 + (i % 5) * STEP_X;
                    int yi = 56 + (i / 5) * STEP_Y + 24;
                    assertThat(Ink.box(image, Ink.span(xi, yi - 24, xi + 159, yi - 2)).width)
                            .as("'%s' is narrower than '%s'", NAMES.get(i), NAMES.get(j)).isLessThan(name.width);
                }
            }
        }
        Rectangle title = Ink.box(image, Ink.span(0, 0, image.getWidth() - 1, 56 - 4));
        assertThat(title).as("title").isNotNull();
        assertThat(title.getCenterX()).isCloseTo(GRID_RIGHT / 2.0, within(4.0));
        Rectangle footer = Ink.box(image, Ink.span(0, image.getHeight() - 40, image.getWidth() - 1, image.getHeight() - 1));
        assertThat(footer).as("footer").isNotNull();
        assertThat(footer.getCenterX()).isCloseTo(image.getWidth() / 2.0, within(4.0));
        assertThat(footer.getCenterY()).isCloseTo(image.getHeight() - 22, within(4.0));
        assertThat(footer.width).as("one long line").isGreaterThan(400);
    }

    @Test
    void theColourBarRunsFromRedAtTheTopThroughWhiteToBlueWithThreeLabels() {
        int x = GRID_RIGHT + 10;
        int top = 56 + 24;
        int length = 2 * STEP_Y - 24 - 16;
        assertThat(Pictures.at(image, x + 11, top + 1)).isEqualTo(Palette.diverging(1 - 2.0 / (length - 1)));
        assertThat(Pictures.brightness(Pictures.at(image, x + 11, top + length / 2))).isGreaterThan(235);
        assertThat(Pictures.at(image, x + 11, top + length - 2)).isEqualTo(Palette.diverging(-1 + 2.0 / (length - 1)));
        for (int y = top + 1; y < top + length - 1; y++) {
            // from +1 at the top to −1 at the bottom
            assertThat(Pictures.at(image, x + 11, y)).as("y = %d", y).isEqualTo(Palette.diverging(1 - 2.0 * (y - top) / (length - 1)));
        }
        assertThat(grey(Pictures.at(image, x, top + 100))).as("frame left").isTrue();
        assertThat(grey(Pictures.at(image, x + 22, top + 100))).as("frame right").isTrue();
        assertThat(Pictures.at(image, x - 3, top + 100)).isEqualTo(Color.WHITE);
        for (int i = 0; i < 3; i++) {
            int y = (int) (top + (length - 1) * i / 2.0);
            Rectangle label = Ink.box(image, Ink.span(x + 27, y - 9, x + 85, y + 9));
            assertThat(label).as("label %d", i).isNotNull();
            assertThat(label.getCenterY()).as("label %d", i).isCloseTo(y, within(3.0));
            assertThat(grey(Pictures.at(image, x + 24, y))).as("tick mark %d", i).isTrue();
        }
        assertThat(Ink.count(image, Ink.span(x + 27, top + length / 4 - 3, x + 85, top + length / 4 + 3))).isZero();
    }

    @Test
    void oneRowOrOneColumnImagesAreImagesToo() throws Exception {
        double[] row = {1, -1, 0, 0.5};   // a 1 × 4 image of one class
        BufferedImage wide = Pictures.readPng(WeightImagesPlot.write(Tensor.of(Shape.of(4, 1), row), 1, 4,
                List.of("row"), "t", dir.resolve("row.png")), 20 + STEP_X + 90, 56 + STEP_Y + 44);
        BufferedImage tall = Pictures.readPng(WeightImagesPlot.write(Tensor.of(Shape.of(4, 1), row), 4, 1,
                List.of("column"), "t", dir.resolve("column.png")), 20 + STEP_X + 90, 56 + STEP_Y + 44);
        for (int p = 0; p < 4; p++) {
            assertThat(Pictures.at(wide, 20 + 40 * p + 20, 80 + 80)).isEqualTo(Palette.diverging(row[p]));
            assertThat(Pictures.at(tall, 20 + 80, 80 + 40 * p + 20)).isEqualTo(Palette.diverging(row[p]));
        }
    }

    private static boolean grey(Color c) {
        return Math.abs(c.getRed() - c.getGreen()) < 8 && Math.abs(c.getGreen() - c.getBlue()) < 8
                && c.getRed() > 90 && c.getRed() < 170;
    }
}
