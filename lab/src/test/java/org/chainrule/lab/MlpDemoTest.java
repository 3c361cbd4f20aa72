package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.chainrule.models.data.Dataset;
import org.chainrule.models.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlpDemoTest {
    @TempDir
    Path dir;

    @Test
    void aLineFailsXorAndAHiddenLayerSolvesIt() throws Exception {
        MlpDemo.XorResult r = MlpDemo.xor(MlpDemo.DEFAULT_SEED, dir, new PrintStream(OutputStream.nullOutputStream()));

        assertThat(r.logistic()).isLessThanOrEqualTo(0.75);
        assertThat(r.mlp()).isEqualTo(1.0);
        DemoPictures.assertPng(dir.resolve("mlp-xor-regions.png"));
        DemoPictures.assertPng(dir.resolve("mlp-xor-logistic-probability.png"));
    }

    @Test
    void theLineOnXorIsSaidToBeUndecidedEverywhere() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MlpDemo.xor(MlpDemo.DEFAULT_SEED, dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).containsPattern("ends at W = \\[-?\\d\\.\\de-1\\d, -?\\d\\.\\de-1\\d\\], b = -?\\d\\.\\de-1\\d:\\n"
                + " +h = 0\\.5000 at all four points");
        assertThat(out).contains("value is at margins 0, 0, 0, 0: W = 0, b = 0, h = 1/2 everywhere, loss ln 2");
        assertThat(out).contains("only shows which way rounding broke each tie");
    }

    @Test
    void onXorTheLogLossAtZeroIsBelowThatOfTheLineGettingThreeRight() {
        // The claim the demo makes, checked: W = 0, b = 0 costs ln 2; the line x0 + x1 = 0.5 (scaled) costs more.
        Dataset xor = Datasets.xor();
        double atZero = logLoss(xor, 0, 0, 0);
        assertThat(atZero).isCloseTo(Math.log(2), Offset.offset(1e-15));
        for (double scale : new double[] {0.1, 1, 10}) {
            assertThat(logLoss(xor, scale, scale, -0.5 * scale)).as("scale %s", scale).isGreaterThan(atZero);
        }
    }

    private static double logLoss(Dataset data, double w0, double w1, double b) {
        double sum = 0;
        for (int i = 0; i < data.size(); i++) {
            double z = w0 * data.features().get(i, 0) + w1 * data.features().get(i, 1) + b;
            double m = data.labels()[i] == 1 ? z : -z;
            sum += Math.log1p(Math.exp(-m));
        }
        return sum / data.size();
    }

    @Test
    void theDemoPrintsBothStoriesAndTheMlpReaches096OnDigits() throws Exception {
        String out = TensorsDemoTest.run(new MlpDemo(), dir, null);

        assertThat(out).contains("MLP [2, 8, 2] with tanh (a hidden layer of 8 units): accuracy 1.00");
        assertThat(SoftmaxDemoTest.number(out, "MLP, digits test accuracy: (\\d\\.\\d+)")).isGreaterThanOrEqualTo(0.96);
        DemoPictures.assertPng(dir.resolve("mlp-digits-confusion.png"));
    }
}
