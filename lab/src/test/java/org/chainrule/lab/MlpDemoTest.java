package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
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
        DemoPictures.assertPng(dir.resolve("mlp-xor-logistic-regions.png"));
    }

    @Test
    void theDemoPrintsBothStoriesAndTheMlpReaches096OnDigits() throws Exception {
        String out = TensorsDemoTest.run(new MlpDemo(), dir, null);

        assertThat(out).contains("MLP [2, 8, 2] with tanh (a hidden layer of 8 units): accuracy 1.00");
        assertThat(SoftmaxDemoTest.number(out, "MLP, digits test accuracy: (\\d\\.\\d+)")).isGreaterThanOrEqualTo(0.96);
        DemoPictures.assertPng(dir.resolve("mlp-digits-confusion.png"));
    }
}
