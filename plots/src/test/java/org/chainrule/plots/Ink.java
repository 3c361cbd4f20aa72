package org.chainrule.plots;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** Where the dark pixels (text, outlines) of a picture are (test helper). */
final class Ink {
    private Ink() {
    }

    static boolean dark(BufferedImage image, int x, int y) {
        return Pictures.brightness(Pictures.at(image, x, y)) < 128;
    }

    /** The bounding box of the dark pixels inside {@code area} (clipped to the image), or null if there are none. */
    static Rectangle box(BufferedImage image, Rectangle area) {
        Rectangle c = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) {
                if (dark(image, x, y)) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? null : new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    static Rectangle box(BufferedImage image) {
        return box(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()));
    }

    /** How many dark pixels lie in {@code area} (clipped to the image). */
    static int count(BufferedImage image, Rectangle area) {
        Rectangle c = area.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
        int n = 0;
        for (int y = c.y; y < c.y + c.height; y++) {
            for (int x = c.x; x < c.x + c.width; x++) {
                n += dark(image, x, y) ? 1 : 0;
            }
        }
        return n;
    }

    /** The rectangle from (x0, y0) to (x1, y1), both included. */
    static Rectangle span(int x0, int y0, int x1, int y1) {
        return new Rectangle(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }
}
