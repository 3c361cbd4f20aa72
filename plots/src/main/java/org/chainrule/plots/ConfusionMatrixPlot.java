package org.chainrule.plots;

import java.awt.Color;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;

/**
 * The confusion matrix as a heatmap: one square per (true class, predicted class), darker for
 * more examples, with the count written in it — the notes'
 * <pre>
 *   sns.heatmap(CM_array, annot=True, cmap='Blues', xticklabels=['Negative', 'Positive'], ...)
 *   plt.xlabel('Predicted'); plt.ylabel('True')
 * </pre>
 * Rows are the true classes and columns the predicted ones (scikit-learn's convention), so the
 * diagonal holds the correct answers. Colour runs from white at 0 to dark blue at the largest
 * count; a colour bar on the right gives the scale.
 *
 * <p>Why a picture: "recall 0.5, precision 0.33" says little to a manager; a dark off-diagonal
 * square shows at once which mistake the model makes.
 */
public final class ConfusionMatrixPlot {
    static final int WIDTH = 680;
    static final int HEIGHT = 550;
    /** Pixels from the left edge to the grid: room for the row labels and "True". */
    static final int LEFT = 150;
    /** Pixels from the top edge to the grid: room for the title. */
    static final int TOP = 60;
    /** The side of the square grid, whatever the number of classes. */
    static final int GRID = 400;
    private static final int BAR_GAP = 30;
    private static final int BAR_WIDTH = 22;

    private ConfusionMatrixPlot() {
    }

    /**
     * Draws the heatmap and writes it as a PNG of 680 × 550 pixels.
     *
     * <pre>
     *   ConfusionMatrixPlot.write(new int[][] {{2, 2}, {1, 1}}, List.of("Negative", "Positive"),
     *           "Confusion Matrix", Path.of("out/confusion.png"));
     * </pre>
     *
     * @param counts the matrix, shape {@code [k, k]}: {@code counts[t][p]} examples of true class t
     *     were predicted as p; every count 0 or more
     * @param classNames k names, {@code [k]}, in class order, for both axes (e.g. {@code Negative}, {@code Positive})
     * @param title the line above the picture, e.g. {@code "Confusion Matrix"}
     * @param file where to write the PNG; missing parent folders are created
     * @return {@code file}
     * @throws IllegalArgumentException if the matrix is not k × k with k names, or a count is negative
     */
    public static Path write(int[][] counts, List<String> classNames, String title, Path file) {
        int k = check(counts, classNames);
        int max = 0;
        for (int[] row : counts) {
            for (int c : row) {
                max = Math.max(max, c);
            }
        }
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        canvas.font(20, true);
        canvas.centred(title, LEFT + GRID / 2.0, TOP / 2.0, Color.BLACK);
        drawCells(canvas, counts, max);
        drawLabels(canvas, classNames);
        drawColourBar(canvas, max);
        return Png.write(canvas.finish(), file);
    }

    /** The square of cell (row = true class, col = predicted class) in a k-class picture. */
    static Rectangle cell(int k, int row, int col) {
        int x0 = LEFT + col * GRID / k;
        int y0 = TOP + row * GRID / k;
        return new Rectangle(x0, y0, LEFT + (col + 1) * GRID / k - x0, TOP + (row + 1) * GRID / k - y0);
    }

    private static void drawCells(Canvas canvas, int[][] counts, int max) {
        int k = counts.length;
        canvas.font(Math.max(11, Math.min(28, GRID / k / 3)), false);
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                Rectangle r = cell(k, t, p);
                Color fill = Palette.blues(max == 0 ? 0 : (double) counts[t][p] / max);
                canvas.g.setColor(fill);
                canvas.g.fillRect(r.x, r.y, r.width, r.height);
                canvas.centred(Integer.toString(counts[t][p]), r.getCenterX(), r.getCenterY(), Palette.textOn(fill));
            }
        }
    }

    /** Class names under the columns and left of the rows; "Predicted" below, "True" at the left. */
    private static void drawLabels(Canvas canvas, List<String> names) {
        int k = names.size();
        canvas.font(14, false);
        int widest = 0;
        for (int c = 0; c < k; c++) {
            Rectangle column = cell(k, 0, c);
            Rectangle row = cell(k, c, 0);
            canvas.centred(names.get(c), column.getCenterX(), TOP + GRID + 16, Color.BLACK);
            canvas.rightAligned(names.get(c), LEFT - 8, row.getCenterY(), Color.BLACK);
            widest = Math.max(widest, canvas.width(names.get(c)));
        }
        canvas.font(16, true);
        canvas.centred("Predicted", LEFT + GRID / 2.0, TOP + GRID + 50, Color.BLACK);
        canvas.vertical("True", Math.max(12, LEFT - 8 - widest - 20), TOP + GRID / 2.0, Color.BLACK);
    }

    /** A vertical bar from white (0, bottom) to dark blue (max, top), with round-number ticks. */
    private static void drawColourBar(Canvas canvas, int max) {
        int x = LEFT + GRID + BAR_GAP;
        for (int y = 0; y < GRID; y++) {
            canvas.g.setColor(Palette.blues(1 - (double) y / (GRID - 1)));
            canvas.g.fillRect(x, TOP + y, BAR_WIDTH, 1);
        }
        canvas.g.setColor(Color.GRAY);
        canvas.g.drawRect(x, TOP, BAR_WIDTH, GRID - 1);
        canvas.font(12, false);
        for (double tick : Ticks.between(0, Math.max(max, 1), 6)) {
            if (tick != Math.rint(tick)) {
                continue;                                   // counts are whole numbers
            }
            double y = TOP + (GRID - 1) * (1 - tick / Math.max(max, 1));
            canvas.g.setColor(Color.GRAY);
            canvas.g.drawLine(x + BAR_WIDTH, (int) y, x + BAR_WIDTH + 4, (int) y);
            canvas.centred(Ticks.label(tick), x + BAR_WIDTH + 8 + canvas.width(Ticks.label(tick)) / 2.0, y, Color.BLACK);
        }
    }

    private static int check(int[][] counts, List<String> names) {
        int k = counts.length;
        if (k == 0 || names.size() != k) {
            throw new IllegalArgumentException(String.format("ConfusionMatrixPlot: the matrix has %d rows "
                    + "and there are %d class names %s; give one name per class.", k, names.size(), names));
        }
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new IllegalArgumentException(String.format("ConfusionMatrixPlot: row %d has %d "
                        + "counts; a confusion matrix of %d classes is [%d, %d].", t, counts[t].length, k, k, k));
            }
            for (int p = 0; p < k; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException(String.format("ConfusionMatrixPlot: counts[%d][%d] "
                            + "is %d; a count cannot be negative.", t, p, counts[t][p]));
                }
            }
        }
        return k;
    }
}
