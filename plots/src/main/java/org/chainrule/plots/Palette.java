package org.chainrule.plots;

import java.awt.Color;

/**
 * The colours every plot shares (package-private): one colour per class, and two colour scales.
 *
 * <p>Class 0 is blue and class 1 red, as in the notes' {@code colors = ['red' if L > 0.5 else 'blue']};
 * further classes follow matplotlib's "tab10" order.
 */
final class Palette {
    private static final Color[] CLASSES = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };
    /** matplotlib's "Blues", light to dark: seaborn's {@code cmap='Blues'} in the notes' heatmap. */
    private static final int[] BLUES = {
        0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b,
    };
    /** Blue (negative) through white (0) to red (positive): matplotlib's "RdBu", reversed. */
    private static final int[] BLUE_WHITE_RED = {
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    };
    /** How far a class colour is mixed towards white to paint the region behind the points. */
    private static final double REGION_TINT = 0.6;

    private Palette() {
    }

    /** The colour of class c (the ten colours repeat after class 9). */
    static Color of(int c) {
        return CLASSES[Math.floorMod(c, CLASSES.length)];
    }

    /** A pale version of class c's colour, for the background of a decision region. */
    static Color region(int c) {
        return mix(of(c), Color.WHITE, REGION_TINT);
    }

    /** "Blues" at t in [0, 1]: 0 is near white, 1 dark blue. */
    static Color blues(double t) {
        return scale(BLUES, t);
    }

    /** Blue–white–red at t in [−1, 1]: −1 dark blue, 0 white, +1 dark red. */
    static Color diverging(double t) {
        return scale(BLUE_WHITE_RED, (t + 1) / 2);
    }

    /** Black or white, whichever reads better on {@code background} (by its luminance). */
    static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

    /** Linear interpolation between the stops of a colour scale; t is clamped to [0, 1]. */
    private static Color scale(int[] stops, double t) {
        double u = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
        int i = Math.min((int) u, stops.length - 2);
        return mix(new Color(stops[i]), new Color(stops[i + 1]), u - i);
    }

    /** {@code (1 − t)·a + t·b} per channel. */
    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
    }
}
