package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class CanvasTest {
    @Test
    void startsWhiteAndAntialiased() {
        Canvas canvas = new Canvas(30, 20);
        assertThat(canvas.g.getRenderingHint(RenderingHints.KEY_ANTIALIASING))
                .isEqualTo(RenderingHints.VALUE_ANTIALIAS_ON);
        assertThat(canvas.g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING))
                .isEqualTo(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BufferedImage image = canvas.finish();
        assertThat(image.getWidth()).isEqualTo(30);
        assertThat(image.getHeight()).isEqualTo(20);
        assertThat(Pictures.count(image, Color.WHITE)).isEqualTo(30 * 20);
    }

    @Test
    void antialiasedTextHasGreyEdges() {
        Canvas canvas = new Canvas(200, 80);
        canvas.font(30, false);
        canvas.centred("Sweep", 100, 40, Color.BLACK);
        BufferedImage image = canvas.finish();
        int grey = 0;
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 200; x++) {
                double b = Pictures.brightness(Pictures.at(image, x, y));
                grey += b > 40 && b < 215 ? 1 : 0;
            }
        }
        assertThat(grey).isGreaterThan(20);
    }

    @Test
    void centredTextIsCentredOnThePoint() {
        for (String text : new String[] {"X", "HHHH", "M"}) {
            Canvas canvas = new Canvas(300, 200);
            canvas.font(40, false);
            canvas.centred(text, 140, 90, Color.BLACK);
            Rectangle ink = ink(canvas.finish());
            assertThat(ink.getCenterX()).as("%s horizontally", text).isCloseTo(140, within(3.0));
            assertThat(ink.getCenterY()).as("%s vertically", text).isCloseTo(90, within(3.0));
        }
    }

    @Test
    void rightAlignedTextEndsAtXAndIsCentredOnY() {
        Canvas canvas = new Canvas(300, 200);
        canvas.font(40, false);
        canvas.rightAligned("HIH", 250, 120, Color.BLACK);
        Rectangle ink = ink(canvas.finish());
        assertThat((double) ink.x + ink.width).isCloseTo(250, within(5.0));
        assertThat(ink.width).isGreaterThan(60);
        assertThat(ink.getCenterY()).isCloseTo(120, within(3.0));
    }

    @Test
    void verticalTextReadsUpwardsCentredOnThePoint() {
        Canvas canvas = new Canvas(200, 300);
        canvas.font(30, false);
        canvas.vertical("HHHHH", 80, 160, Color.BLACK);
        Rectangle ink = ink(canvas.finish());
        assertThat(ink.height).as("a column, not a row").isGreaterThan(3 * ink.width);
        assertThat(ink.getCenterX()).isCloseTo(80, within(3.0));
        assertThat(ink.getCenterY()).isCloseTo(160, within(3.0));

        // "L" turned anticlockwise: its stem lies along the bottom and its foot points up on the right
        Canvas l = new Canvas(200, 200);
        l.font(60, false);
        l.vertical("L", 100, 100, Color.BLACK);
        BufferedImage image = l.finish();
        Rectangle box = ink(image);
        assertThat(inkIn(image, new Rectangle(box.x, box.y + box.height - 4, box.width, 4)))
                .as("bottom rows (the stem)").isGreaterThan(inkIn(image, new Rectangle(box.x, box.y, box.width, 4)));
        assertThat(inkIn(image, new Rectangle(box.x + box.width * 2 / 3, box.y, box.width - box.width * 2 / 3, box.height)))
                .as("the foot rises on the right")
                .isGreaterThan(inkIn(image, new Rectangle(box.x, box.y, box.width / 3, box.height)));
        // drawing continues unturned afterwards
        Canvas after = new Canvas(200, 200);
        after.font(30, false);
        after.vertical("x", 50, 50, Color.BLACK);
        after.centred("HHHHH", 100, 150, Color.BLACK);
        Rectangle row = ink(after.finish().getSubimage(0, 100, 200, 100));
        assertThat(row.width).isGreaterThan(3 * row.height);
    }

    @Test
    void widthGrowsWithTheTextAndTheFont() {
        Canvas canvas = new Canvas(10, 10);
        canvas.font(12, false);
        int one = canvas.width("abc");
        assertThat(one).isPositive();
        assertThat(canvas.width("abcabc")).isEqualTo(2 * one);
        canvas.font(24, false);
        assertThat(canvas.width("abc")).isGreaterThan(one * 3 / 2);
        canvas.font(24, true);
        assertThat(canvas.g.getFont().isBold()).isTrue();
        assertThat(canvas.g.getFont().getSize()).isEqualTo(24);
        canvas.font(13, false);
        assertThat(canvas.g.getFont().isBold()).isFalse();
        assertThat(canvas.g.getFont().getSize()).isEqualTo(13);
    }

    private static Rectangle ink(BufferedImage image) {
        Rectangle box = Ink.box(image);
        assertThat(box).as("some ink").isNotNull();
        return box;
    }

    private static int inkIn(BufferedImage image, Rectangle r) {
        return Ink.count(image, r);
    }
}
