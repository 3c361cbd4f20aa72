package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.chainrule.core.Tensor;
import org.chainrule.models.data.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the decision-regions picture means. The points span [0, 2] on both axes, so with the
 * documented 25 % margin the view is [−0.5, 2.5] × [−0.5, 2.5]: 3 data units over 480 pixels.
 */
class DecisionRegionsPictureTest {
    private static final int LEFT = DecisionRegionsPlot.LEFT;
    private static final int TOP = DecisionRegionsPlot.TOP;
    private static final int PLOT = DecisionRegionsPlot.PLOT;
    private static final double LO = -0.5;
    private static final double HI = 2.5;
    private static final double[][] POINTS = {{0, 0}, {2, 0.5}, {0.5, 2}, {1.5, 1.5}};
    private static final int[] LABELS = {2, 0, 1, 1};
    private static final List<String> NAMES = List.of("zero", "exactly-16-chars", "a much longer class name");

    @TempDir
    Path dir;
    private BufferedImage image;

    /** Three regions with slanted borders: below y = 2x − 1 is 0; above it, 2 beyond x + y = 2.2, else 1. */
    private static int classAt(double x, double y) {
        return y > 2 * x - 1 ? (x + y > 2.2 ? 2 : 1) : 0;
    }

    /** Drawn afresh for every test, so that mutation testing sees each test run the drawing code. */
    @BeforeEach
    void draw() throws Exception {
        Function<Tensor, int[]> predict = t -> {
            double[] v = t.toArray();
            int[] classes = new int[v.length / 2];
            for (int i = 0; i < classes.length; i++) {
                classes[i] = classAt(v[2 * i], v[2 * i + 1]);
            }
            return classes;
        };
        Dataset data = new Dataset(Tensor.of(POINTS), LABELS, NAMES);
        image = Pictures.readPng(DecisionRegionsPlot.write(data, predict, "Regions", dir.resolve("r.png")),
                DecisionRegionsPlot.WIDTH, DecisionRegionsPlot.HEIGHT);
    }

    private static double dataX(double px) {
        return LO + (px - LEFT) / PLOT * (HI - LO);
    }

    private static double dataY(double py) {
        return HI - (py - TOP) / PLOT * (HI - LO);
    }

    private static double pixelX(double x) {
        return LEFT + (x - LO) / (HI - LO) * PLOT;
    }

    private static double pixelY(double y) {
        return TOP + (HI - y) / (HI - LO) * PLOT;
    }

    @Test
    void everyPixelAwayFromBordersAndPointsHasThePaleColourOfTheClassPredictedThere() {
        qt().withFixedSeed(42L).withExamples(3000)
                .forAll(integers().between(LEFT + 2, LEFT + PLOT - 3), integers().between(TOP + 2, TOP + PLOT - 3))
                .checkAssert((px, py) -> {
                    for (double[] p : POINTS) {
                        if (Math.hypot(px + 0.5 - pixelX(p[0]), py + 0.5 - pixelY(p[1])) < 10) {
                            return;                           // under a dot
                        }
                    }
                    int c = classAt(dataX(px + 0.5), dataY(py + 0.5));
                    for (int d = -4; d <= 4; d += 8) {
                        if (classAt(dataX(px + 0.5 + d), dataY(py + 0.5)) != c
                                || classAt(dataX(px + 0.5), dataY(py + 0.5 + d)) != c) {
                            return;                           // near a border
                        }
                    }
                    assertThat(Pictures.at(image, px, py)).as("pixel (%d, %d), class %d", px, py, c)
                            .isEqualTo(Palette.region(c));
                });
        for (int c = 0; c < 3; c++) {
            assertThat(Pictures.count(image, Palette.region(c))).as("region %d is painted", c).isGreaterThan(5000);
        }
    }

    @Test
    void bordersBetweenRegionsAreTraced() {
        // along the row of y = 0.25 the class changes from 1 to 0 at x = 0.625
        int py = (int) pixelY(0.25);
        int border = (int) Math.round(pixelX(0.625));
        int darkGrey = 0;
        for (int px = border - 3; px <= border + 3; px++) {
            darkGrey += Pictures.at(image, px, py).equals(Color.DARK_GRAY) ? 1 : 0;
        }
        assertThat(darkGrey).isPositive();
    }

    @Test
    void eachPointIsADotOfItsClassColourWithADarkRimAtItsPlace() {
        for (int i = 0; i < POINTS.length; i++) {
            int px = (int) Math.floor(pixelX(POINTS[i][0]));
            int py = (int) Math.floor(pixelY(POINTS[i][1]));
            for (int d = -2; d <= 2; d += 2) {
                assertThat(Pictures.at(image, px + d, py)).as("point %d", i).isEqualTo(Palette.of(LABELS[i]));
                assertThat(Pictures.at(image, px, py + d)).as("point %d", i).isEqualTo(Palette.of(LABELS[i]));
            }
            assertThat(Ink.count(image, Ink.span(px - 8, py - 1, px - 4, py + 1))).as("left rim of %d", i).isPositive();
            assertThat(Ink.count(image, Ink.span(px + 4, py - 1, px + 8, py + 1))).as("right rim of %d", i).isPositive();
            assertThat(Ink.count(image, Ink.span(px - 1, py - 8, px + 1, py - 4))).as("top rim of %d", i).isPositive();
            assertThat(Pictures.at(image, px + 10, py)).as("dot is small").isNotEqualTo(Palette.of(LABELS[i]));
        }
    }

    @Test
    void theAxesHaveAFrameAndRoundTicksAtTheirDataPositions() {
        assertThat(grey(Pictures.at(image, LEFT + PLOT, TOP + PLOT / 2))).as("right side of the frame").isTrue();
        assertThat(grey(Pictures.at(image, LEFT + PLOT / 2 + 7, TOP + PLOT))).as("bottom of the frame").isTrue();
        assertThat(grey(Pictures.at(image, LEFT + PLOT / 2 + 7, TOP))).as("top of the frame").isTrue();
        // view [−0.5, 2.5] → ticks 0, 1, 2 at 1/6, 1/2, 5/6 of the side
        for (int t = 0; t <= 2; t++) {
            int px = (int) Math.round(pixelX(t));
            assertThat(grey(Pictures.at(image, px, TOP + PLOT + 3))).as("x tick mark %d", t).isTrue();
            Rectangle label = Ink.box(image, Ink.span(px - 15, TOP + PLOT + 6, px + 15, TOP + PLOT + 26));
            assertThat(label).as("x tick label %d", t).isNotNull();
            assertThat(label.getCenterX()).isCloseTo(px, within(2.5));
            assertThat(label.getCenterY()).isCloseTo(TOP + PLOT + 16, within(2.5));

            int py = (int) Math.round(pixelY(t));
            assertThat(grey(Pictures.at(image, LEFT - 3, py))).as("y tick mark %d", t).isTrue();
            Rectangle ylabel = Ink.box(image, Ink.span(LEFT - 40, py - 10, LEFT - 6, py + 10));
            assertThat(ylabel).as("y tick label %d", t).isNotNull();
            assertThat(ylabel.getMaxX()).isCloseTo(LEFT - 8, within(2.5));
            assertThat(ylabel.getCenterY()).isCloseTo(py, within(2.5));
        }
        for (double between : new double[] {-0.25, 0.5, 1.5, 2.25}) {
            int px = (int) Math.round(pixelX(between));
            assertThat(Pictures.at(image, px, TOP + PLOT + 3)).as("no x tick at %s", between).isEqualTo(Color.WHITE);
            int py = (int) Math.round(pixelY(between));
            assertThat(Pictures.at(image, LEFT - 3, py)).as("no y tick at %s", between).isEqualTo(Color.WHITE);
            assertThat(Ink.count(image, Ink.span(LEFT - 40, py - 3, LEFT - 6, py + 3))).isZero();
        }
        Rectangle x0 = Ink.box(image, Ink.span(LEFT, TOP + PLOT + 28, LEFT + PLOT, TOP + PLOT + 55));
        assertThat(x0).as("x axis title").isNotNull();
        assertThat(x0.getCenterX()).isCloseTo(LEFT + PLOT / 2.0, within(3.0));
        Rectangle x1 = Ink.box(image, Ink.span(0, TOP + PLOT / 2 - 40, 30, TOP + PLOT / 2 + 40));
        assertThat(x1).as("y axis title").isNotNull();
        assertThat(x1.height).as("written upwards").isGreaterThan(x1.width);
        assertThat(x1.getCenterX()).isCloseTo(18, within(3.0));
        assertThat(x1.getCenterY()).isCloseTo(TOP + PLOT / 2.0, within(3.0));
        Rectangle title = Ink.box(image, Ink.span(0, 0, DecisionRegionsPlot.WIDTH - 1, TOP - 6));
        assertThat(title).as("title").isNotNull();
        assertThat(title.getCenterX()).isCloseTo(LEFT + PLOT / 2.0, within(4.0));
        assertThat(title.height).as("18 pt bold").isGreaterThan(11);
    }

    @Test
    void theLegendHasADotAndTheNameOfEachClassLongNamesCut() {
        int x = LEFT + PLOT + 20;
        for (int c = 0; c < NAMES.size(); c++) {
            int y = TOP + 10 + 24 * c;
            assertThat(Pictures.at(image, x + 5, y)).as("legend dot %d", c).isEqualTo(Palette.of(c));
            assertThat(Ink.count(image, Ink.span(x - 1, y - 1, x + 1, y + 1))).as("rim of legend dot %d", c).isPositive();
            String shown = NAMES.get(c).length() > 16 ? NAMES.get(c).substring(0, 15) + "…" : NAMES.get(c);
            // the expected name, written on its own at the same spot in the same font
            Canvas expected = new Canvas(DecisionRegionsPlot.WIDTH, DecisionRegionsPlot.HEIGHT);
            expected.font(13, false);
            expected.g.setColor(Color.BLACK);
            expected.g.drawString(shown, x + 19, y + 5);
            BufferedImage want = expected.finish();
            Rectangle band = Ink.span(x + 14, y - 11, DecisionRegionsPlot.WIDTH - 1, y + 11);
            for (int py = band.y; py < band.y + band.height; py++) {
                for (int px = band.x; px < band.x + band.width; px++) {
                    assertThat(image.getRGB(px, py)).as("legend %d '%s' at (%d, %d)", c, shown, px, py)
                            .isEqualTo(want.getRGB(px, py));
                }
            }
        }
    }

    private static boolean grey(Color c) {
        return Math.abs(c.getRed() - c.getGreen()) < 8 && Math.abs(c.getGreen() - c.getBlue()) < 8
                && c.getRed() > 90 && c.getRed() < 170;
    }
}
