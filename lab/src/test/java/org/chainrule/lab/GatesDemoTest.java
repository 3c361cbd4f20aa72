package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatesDemoTest {

    @TempDir
    Path dir;

    @Test
    void eachPatternSendsTheRightGradients() throws Exception {
        String out = TensorsDemoTest.run(new GatesDemo(), dir, null);
        assertThat(out).contains("a gets 2.0, b gets 2.0: both get the upstream unchanged.");
        assertThat(out).contains("a gets 2 · b = -8.0, b gets 2 · a = 6.0");
        assertThat(out).contains("x gets the sum, 20.0.");
        assertThat(out).contains("z gets 2.0, w gets 0.0");
        assertThat(out).contains("f = -20.0");
    }

    @Test
    void writesTheGraphAsDot() throws Exception {
        TensorsDemoTest.run(new GatesDemo(), dir, null);
        String dot = Files.readString(dir.resolve("gates.dot"));
        assertThat(dot).startsWith("digraph chainrule {").contains("Max", "grad [] -8.0");
    }
}
