package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the confusion-matrix picture means: cells, labels, colour bar. */
class ConfusionMatrixPictureTest {
    private static final int LEFT = ConfusionMatrixPlot.LEFT;
    private static final int TOP = ConfusionMatrixPlot.TOP;
    private static final int GRID = ConfusionMatrixPlot.GRID;
    /** The colour bar: 30 px right of the grid, 22 px wide, as tall as the grid. */
    private static final int BAR_X = LEFT + GRID + 30;
    private static final int BAR_W = 22;

    @TempDir
    Path dir;

    private BufferedImage draw(int[][] counts, List<String> names) throws Exception {
        return Pictures.readPng(ConfusionMatrixPlot.write(counts, names, "Confusion Matrix", dir.resolve("cm.png")),
                ConfusionMatrixPlot.WIDTH, ConfusionMatrixPlot.HEIGHT);
    }

    @Test
    void cellsTileTheSquareGridRowByTrueClassColumnByPrediction() {
        assertThat(ConfusionMatrixPlot.cell(2, 0, 0)).isEqualTo(new Rectangle(150, 60, 200, 200));
        assertThat(ConfusionMatrixPlot.cell(2, 0, 1)).isEqualTo(new Rectangle(350, 60, 200, 200));
        assertThat(ConfusionMatrixPlot.cell(2, 1, 0)).isEqualTo(new Rectangle(150, 260, 200, 200));
        for (int k = 1; k <= 7; k++) {
            for (int i = 0; i < k; i++) {
                Rectangle first = ConfusionMatrixPlot.cell(k, i, 0);
                Rectangle top = ConfusionMatrixPlot.cell(k, 0, i);
                assertThat(first.x).isEqualTo(LEFT);
                assertThat(top.y).isEqualTo(TOP);
                assertThat(ConfusionMatrixPlot.cell(k, i, k - 1).getMaxX()).isEqualTo(LEFT + GRID);
                assertThat(ConfusionMatrixPlot.cell(k, k - 1, i).getMaxY()).isEqualTo(TOP + GRID);
                for (int j = 0; j + 1 < k; j++) {
                    Rectangle a = ConfusionMatrixPlot.cell(k, i, j);
                    Rectangle right = ConfusionMatrixPlot.cell(k, i, j + 1);
                    Rectangle below = ConfusionMatrixPlot.cell(k, j + 1, i);
                    assertThat(right.x).as("k=%d: no gap or overlap between columns", k).isEqualTo(a.x + a.width);
                    assertThat(right.y).isEqualTo(a.y);
                    assertThat(below.y).isEqualTo((int) ConfusionMatrixPlot.cell(k, j, i).getMaxY());
                    assertThat(a.width).isBetween(GRID / k, GRID / k + 1);
                    assertThat(a.height).isBetween(GRID / k, GRID / k + 1);
                }
            }
        }
    }

    @Test
    void eachCellIsFilledOnTheBluesScaleByItsCountOverTheLargest() throws Exception {
        // every count different, placed so that row and column matter: counts[t][p] = 3t + p, transposed on purpose
        int[][] counts = {{0, 3, 6}, {1, 4, 7}, {2, 5, 8}};
        BufferedImage image = draw(counts, List.of("a", "b", "c"));
        double previous = 256;
        for (int count = 0; count <= 8; count++) {
            int t = count % 3;
            int p = count / 3;
            Rectangle r = ConfusionMatrixPlot.cell(3, t, p);
            Color fill = Pictures.at(image, r.x + 8, r.y + 8);
            assertThat(fill).as("cell (%d, %d) holding %d", t, p, count).isEqualTo(Palette.blues(count / 8.0));
            double b = Pictures.brightness(fill);
            assertThat(b).as("darker for a larger count").isLessThan(previous);
            previous = b;
        }
    }

    @Test
    void countsAreWrittenSmallerInSmallerCellsAndFitInThem() throws Exception {
        int[][] zeros2 = new int[2][2];
        int[][] zeros8 = new int[8][8];
        double big = Ink.box(draw(zeros2, List.of("a", "b")), inner(ConfusionMatrixPlot.cell(2, 1, 1))).height;
        List<String> eight = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        double small = Ink.box(draw(zeros8, eight), inner(ConfusionMatrixPlot.cell(8, 1, 1))).height;
        assertThat(small).as("a digit in an 8 × 8 grid").isLessThan(big * 0.8);
        assertThat(small).as("still readable").isGreaterThanOrEqualTo(7);

        int[][] thousands = new int[8][8];
        for (int[] row : thousands) {
            java.util.Arrays.fill(row, 1000);
        }
        BufferedImage image = draw(thousands, eight);
        Rectangle cell = ConfusionMatrixPlot.cell(8, 3, 4);
        int x0 = Integer.MAX_VALUE;
        int x1 = -1;
        for (int y = cell.y + 2; y < cell.y + cell.height - 2; y++) {
            for (int x = cell.x; x < cell.x + cell.width; x++) {
                if (Pictures.brightness(Pictures.at(image, x, y)) > 200) {     // white digits on dark blue
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                }
            }
        }
        assertThat(x1).as("the count is written").isPositive();
        assertThat(x0).as("'1000' leaves room on the left").isGreaterThan(cell.x + 2);
        assertThat(x1).as("and on the right").isLessThan(cell.x + cell.width - 3);
        assertThat((x0 + x1) / 2.0).as("centred").isCloseTo(cell.getCenterX(), within(3.0));
    }

    @Test
    void classNamesTitleAndAxisNamesAreWrittenWhereTheyBelong() throws Exception {
        List<String> names = List.of("Negative", "Positive");
        BufferedImage image = draw(new int[][] {{2, 2}, {1, 1}}, names);

        Rectangle title = Ink.box(image, Ink.span(0, 0, 679, TOP - 6));
        assertThat(title).as("title").isNotNull();
        assertThat(title.getCenterX()).isCloseTo(LEFT + GRID / 2.0, within(4.0));
        assertThat(title.height).as("a bold 20 pt title").isGreaterThan(12);

        int smallest = Integer.MAX_VALUE;
        for (int c = 0; c < 2; c++) {
            Rectangle column = ConfusionMatrixPlot.cell(2, 0, c);
            Rectangle under = Ink.box(image, Ink.span(column.x, TOP + GRID + 4, column.x + column.width - 1, TOP + GRID + 28));
            assertThat(under).as("name under column %d", c).isNotNull();
            assertThat(under.getCenterX()).isCloseTo(column.getCenterX(), within(4.0));
            assertThat(under.height).as("14 pt").isBetween(8, 16);

            Rectangle row = ConfusionMatrixPlot.cell(2, c, 0);
            Rectangle left = Ink.box(image, Ink.span(0, (int) row.getCenterY() - 12, LEFT - 1, (int) row.getCenterY() + 12));
            assertThat(left).as("name left of row %d", c).isNotNull();
            assertThat(left.getMaxX()).as("right-aligned 8 px before the grid").isCloseTo(LEFT - 8, within(3.0));
            assertThat(left.getCenterY()).isCloseTo(row.getCenterY(), within(3.0));
            assertThat(left.width).as("'%s' in 14 pt", names.get(c)).isBetween(40, 80);
            smallest = Math.min(smallest, left.x);
        }

        Rectangle predicted = Ink.box(image, Ink.span(LEFT, TOP + GRID + 36, LEFT + GRID, TOP + GRID + 64));
        assertThat(predicted).as("'Predicted' under the grid").isNotNull();
        assertThat(predicted.getCenterX()).isCloseTo(LEFT + GRID / 2.0, within(4.0));
        assertThat(predicted.width).isBetween(60, 100);

        Rectangle truth = Ink.box(image, Ink.span(0, TOP + GRID / 2 - 40, LEFT - 1, TOP + GRID / 2 + 40));
        assertThat(truth).as("'True' at the left").isNotNull();
        assertThat(truth.height).as("written upwards").isGreaterThan(truth.width);
        assertThat(truth.getCenterY()).isCloseTo(TOP + GRID / 2.0, within(3.0));
        assertThat(truth.getMaxX()).as("left of the row names").isLessThan(smallest - 5);
        assertThat(truth.x).as("inside the picture").isGreaterThan(0);
    }

    @Test
    void theColourBarRunsFromWhiteAtTheBottomToTheDarkestBlueAtTheTopWithWholeNumberTicks() throws Exception {
        BufferedImage image = draw(new int[][] {{8, 1}, {3, 5}}, List.of("a", "b"));
        int x = BAR_X + BAR_W / 2;
        assertThat(Pictures.brightness(Pictures.at(image, x, TOP + 1))).isCloseTo(
                Pictures.brightness(Palette.blues(1)), within(3.0));
        assertThat(Pictures.brightness(Pictures.at(image, x, TOP + GRID - 2))).isGreaterThan(245);
        double previous = -1;
        for (int y = TOP + 1; y < TOP + GRID - 1; y++) {
            double b = Pictures.brightness(Pictures.at(image, x, y));
            assertThat(b).as("lighter going down, y = %d", y).isGreaterThanOrEqualTo(previous);
            previous = b;
        }
        assertThat(grey(Pictures.at(image, BAR_X, TOP + GRID / 2))).as("left edge of the frame").isTrue();
        assertThat(grey(Pictures.at(image, BAR_X + BAR_W, TOP + GRID / 2))).as("right edge of the frame").isTrue();
        assertThat(Pictures.at(image, BAR_X - 3, TOP + GRID / 2)).as("nothing between grid and bar").isEqualTo(Color.WHITE);

        // largest count 8: ticks 0, 2, 4, 6, 8 from the bottom to the top, none at the odd counts
        for (int tick = 0; tick <= 8; tick++) {
            int y = (int) (TOP + (GRID - 1) * (1 - tick / 8.0));
            Rectangle label = Ink.box(image, Ink.span(BAR_X + BAR_W + 6, y - 8, BAR_X + BAR_W + 40, y + 8));
            if (tick % 2 == 0) {
                assertThat(label).as("label of tick %d", tick).isNotNull();
                assertThat(label.getCenterY()).as("label of tick %d", tick).isCloseTo(y, within(2.5));
                assertThat(label.x).isGreaterThanOrEqualTo(BAR_X + BAR_W + 7);
                assertThat(grey(Pictures.at(image, BAR_X + BAR_W + 3, y))).as("tick mark %d", tick).isTrue();
            } else {
                assertThat(Ink.count(image, Ink.span(BAR_X + BAR_W + 6, y - 3, BAR_X + BAR_W + 40, y + 3)))
                        .as("no tick at %d", tick).isZero();
                assertThat(Pictures.at(image, BAR_X + BAR_W + 3, y)).isEqualTo(Color.WHITE);
            }
        }
    }

    @Test
    void aColourBarUpToOneHasOnlyTheTicksZeroAndOne() throws Exception {
        BufferedImage image = draw(new int[][] {{1, 0}, {0, 0}}, List.of("a", "b"));
        int right = BAR_X + BAR_W;
        assertThat(Ink.box(image, Ink.span(right + 6, TOP + GRID - 9, right + 40, TOP + GRID + 7))).as("0").isNotNull();
        assertThat(Ink.box(image, Ink.span(right + 6, TOP - 8, right + 40, TOP + 8))).as("1").isNotNull();
        assertThat(Ink.count(image, Ink.span(right + 6, TOP + 12, right + 60, TOP + GRID - 14)))
                .as("no fractional ticks between 0 and 1").isZero();
    }

    private static boolean grey(Color c) {
        return Math.abs(c.getRed() - c.getGreen()) < 8 && Math.abs(c.getGreen() - c.getBlue()) < 8
                && c.getRed() > 90 && c.getRed() < 170;
    }

    private static Rectangle inner(Rectangle r) {
        return new Rectangle(r.x + 2, r.y + 2, r.width - 4, r.height - 4);
    }
}
