package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TensorsDemoTest {

    @TempDir
    Path dir;

    static String run(Demo demo, Path dir, Long seed) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        demo.run(new Demo.Context(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir, seed));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTheMatmulRuleAndItsError() throws Exception {
        String out = run(new TensorsDemo(), dir, null);
        assertThat(out).contains("Tensor[1, 1] [[11.0]]");
        assertThat(out).contains("matmul: a is [1, 2] and b is [3, 1]; a's columns (2) must equal b's rows (3).");
        assertThat(out).contains("flattens to [3072]");
        assertThat(out).contains("X·W + b = [5, 3072]·[3072, 10] + [10] → scores [5, 10]")
                .contains("has W [3072, 10] ([features, classes]").doesNotContain("W for 10 classes is [10, 3072]");
    }

    @Test
    void theSameSeedTwiceIsBitIdentical() throws Exception {
        String out = run(new TensorsDemo(), dir, 7L);
        assertThat(out).contains("bit-identical: true; different seeds equal: false");
        assertThat(run(new TensorsDemo(), dir, 7L)).isEqualTo(out);
    }
}
