package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backprop-cost table means what it says: 2 forward passes per parameter, equal gradients, ratio = cd/bp. */
class BackpropCostDemoTest {
    private static final Pattern ROW = Pattern.compile("(?m)^ +(\\d+) +(\\d+) +(\\d+) +([\\d.]+) +([\\d.]+) +([\\d.]+) +(\\d+)× +([\\d.]+) +([\\d.e+-]+)$");

    @TempDir
    static Path dir;
    private static String out;

    @BeforeAll
    static void runOnce() throws Exception {
        out = TensorsDemoTest.run(new BackpropCostDemo(), dir, null);
    }

    @Test
    void everyRowIsANetworkOfItsWidthWithTwoForwardPassesPerParameter() {
        List<Integer> widths = new ArrayList<>();
        Matcher m = ROW.matcher(out);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            int parameters = Integer.parseInt(m.group(2));
            widths.add(h);
            assertThat(parameters).as("parameters of 16-%d-4", h).isEqualTo(16 * h + h + h * 4 + 4);
            assertThat(Long.parseLong(m.group(3))).as("forward passes at width %d", h).isEqualTo(2L * parameters);
        }
        assertThat(widths).containsExactly(1, 2, 4, 8, 16, 32, 64, 128);
    }

    @Test
    void bothWaysGiveTheSameGradientAndTheRatioIsTheirTimes() {
        Matcher m = ROW.matcher(out);
        while (m.find()) {
            assertThat(Double.parseDouble(m.group(9))).as("max gap at width %s", m.group(1)).isLessThan(1e-6);
            double bp = Double.parseDouble(m.group(5));
            double cd = Double.parseDouble(m.group(6));
            double ratio = Double.parseDouble(m.group(7));
            // the printed times are rounded; the ratio was computed before rounding
            assertThat(ratio).isBetween(cd / (bp + 5e-5) - 1, cd / Math.max(bp - 5e-5, 1e-9) + 1);
        }
    }

    @Test
    void itEndsWithTheNotesSentenceAndWritesThePicture() throws Exception {
        assertThat(out.strip()).endsWith("each gate's upstream gradient is computed\n"
                + "once and handed to every input below it, where the forward way recomputes W1's part for every parameter.");
        assertThat(out).contains("The backward pass reuses the upstream instead of recomputing");
        DemoPictures.assertPng(dir.resolve("backprop-cost.png"));
    }
}
