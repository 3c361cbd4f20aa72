package org.chainrule.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void classColoursAreTab10AndRepeat() {
        assertThat(Palette.of(0)).isEqualTo(new Color(0x1f, 0x77, 0xb4));
        assertThat(Palette.of(1)).isEqualTo(new Color(0xd6, 0x27, 0x28));
        assertThat(Palette.of(10)).isEqualTo(Palette.of(0));
        assertThat(Palette.of(-1)).isEqualTo(Palette.of(9));
    }

    @Test
    void aRegionIsTheClassColourSixTenthsOfTheWayToWhite() {
        // 0x1f77b4 = (31, 119, 180): 31 + 0.6·224 = 165.4, 119 + 0.6·136 = 200.6, 180 + 0.6·75 = 225
        assertThat(Palette.region(0)).isEqualTo(new Color(165, 201, 225));
        // 0xd62728 = (214, 39, 40): 214 + 0.6·41 = 238.6, 39 + 0.6·216 = 168.6, 40 + 0.6·215 = 169
        assertThat(Palette.region(1)).isEqualTo(new Color(239, 169, 169));
    }

    @Test
    void bluesRunsFromNearWhiteToDarkBlueAndInterpolates() {
        assertThat(Palette.blues(0)).isEqualTo(new Color(0xf7fbff));
        assertThat(Palette.blues(1)).isEqualTo(new Color(0x08306b));
        assertThat(Palette.blues(0.5)).as("the middle stop of nine").isEqualTo(new Color(0x6baed6));
        // halfway between the first two stops f7fbff and deebf7: (247+222)/2, (251+235)/2, (255+247)/2
        assertThat(Palette.blues(1 / 16.0)).isEqualTo(new Color(235, 243, 251));
        // a quarter of the way from 08519c to 08306b (the last segment): 81 − 33/4, 156 − 49/4
        assertThat(Palette.blues(1 - 0.75 / 8)).isEqualTo(new Color(8, 73, 144));
        assertThat(Palette.blues(-3)).as("clamped").isEqualTo(Palette.blues(0));
        assertThat(Palette.blues(7)).as("clamped").isEqualTo(Palette.blues(1));
        assertThat(Palette.blues(Double.NaN)).isEqualTo(Palette.blues(0));
    }

    @Test
    void bluesGetsDarkerAsTGrows() {
        double previous = 256;
        for (int i = 0; i <= 100; i++) {
            double b = Pictures.brightness(Palette.blues(i / 100.0));
            assertThat(b).as("brightness at t = %s", i / 100.0).isLessThanOrEqualTo(previous);
            previous = b;
        }
    }

    @Test
    void divergingIsBlueWhiteRed() {
        assertThat(Palette.diverging(-1)).isEqualTo(new Color(0x053061));
        assertThat(Palette.diverging(0)).isEqualTo(new Color(0xf7f7f7));
        assertThat(Palette.diverging(1)).isEqualTo(new Color(0x67001f));
        // t = 0.1 → 0.55 of ten segments = halfway from f7f7f7 to fddbc7: (247+253)/2, (247+219)/2, (247+199)/2
        assertThat(Palette.diverging(0.1)).isEqualTo(new Color(250, 233, 223));
        // t = −0.1 → halfway from d1e5f0 to f7f7f7: (209+247)/2, (229+247)/2, (240+247)/2 = 243.5 → 244
        assertThat(Palette.diverging(-0.1)).isEqualTo(new Color(228, 238, 244));
        assertThat(Palette.diverging(-5)).isEqualTo(Palette.diverging(-1));
        assertThat(Palette.diverging(5)).isEqualTo(Palette.diverging(1));
    }

    @Test
    void textIsBlackOnLightAndWhiteOnDark() {
        assertThat(Palette.textOn(Color.WHITE)).isEqualTo(Color.BLACK);
        assertThat(Palette.textOn(Color.BLACK)).isEqualTo(Color.WHITE);
        assertThat(Palette.textOn(new Color(0, 255, 0))).as("green is light: 0.587·255 = 150").isEqualTo(Color.BLACK);
        assertThat(Palette.textOn(new Color(255, 0, 0))).as("red is dark: 0.299·255 = 76").isEqualTo(Color.WHITE);
        assertThat(Palette.textOn(new Color(140, 140, 140))).as("luminance exactly 140 is not light").isEqualTo(Color.WHITE);
        assertThat(Palette.textOn(new Color(141, 141, 141))).isEqualTo(Color.BLACK);
        qt().withFixedSeed(7L).withExamples(500)
                .forAll(integers().between(0, 255), integers().between(0, 255), integers().between(0, 255))
                .checkAssert((r, g, b) -> {
                    double luminance = (299 * r + 587 * g + 114 * b) / 1000.0;
                    if (Math.abs(luminance - 140) > 0.01) {
                        assertThat(Palette.textOn(new Color(r, g, b)))
                                .isEqualTo(luminance > 140 ? Color.BLACK : Color.WHITE);
                    }
                });
    }
}
