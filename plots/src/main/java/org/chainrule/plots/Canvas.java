package org.chainrule.plots;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A white picture to draw on with {@code java.awt}, plus the text placement every hand-drawn plot
 * needs: centred, right-aligned, and turned a quarter for a y-axis title (package-private).
 */
final class Canvas {
    /** The font family of every label; DejaVu/Liberation stand in for it on Linux. */
    private static final String FONT = Font.SANS_SERIF;

    final BufferedImage image;
    final Graphics2D g;

    /** A white, antialiased picture of {@code width × height} pixels. */
    Canvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /** Selects a plain or bold font of {@code size} points for the next strings. */
    void font(int size, boolean bold) {
        g.setFont(new Font(FONT, bold ? Font.BOLD : Font.PLAIN, size));
    }

    /** Draws {@code text} centred on (x, y), both horizontally and vertically. */
    void centred(String text, double x, double y, Color color) {
        FontMetrics m = g.getFontMetrics();
        g.setColor(color);
        g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    /** Draws {@code text} so that it ends at x, centred vertically on y. */
    void rightAligned(String text, double x, double y, Color color) {
        FontMetrics m = g.getFontMetrics();
        g.setColor(color);
        g.drawString(text, (float) (x - m.stringWidth(text)), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    /** Draws {@code text} reading upwards (turned 90° anticlockwise), centred on (x, y). */
    void vertical(String text, double x, double y, Color color) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        centred(text, 0, 0, color);
        g.setTransform(saved);
    }

    /** The width in pixels of {@code text} in the current font. */
    int width(String text) {
        return g.getFontMetrics().stringWidth(text);
    }

    /** Releases the drawing context and returns the finished picture. */
    BufferedImage finish() {
        g.dispose();
        return image;
    }
}
