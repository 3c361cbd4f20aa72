package org.chainrule.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class TheoriesTest {

    private static List<String> examples() {
        List<String> seen = new ArrayList<>();
        Theories.qt().forAll(TensorGen.tensors(Shapes.shapes(2, 3), Values.between(-1, 1)))
                .checkAssert((Tensor t) -> seen.add(TensorGen.describe(t)));
        return seen;
    }

    @Test
    void theSameSeedDrawsTheSameExamplesEveryRun() {
        List<String> first = examples();
        assertThat(examples()).isEqualTo(first);
        // QuickTheories skips an example it has already tried, so a few of the 100 may not run
        assertThat(first).hasSizeBetween(Theories.EXAMPLES / 2, Theories.EXAMPLES).doesNotHaveDuplicates();
    }

    @Test
    void atLeastOneExample() {
        assertThatThrownBy(() -> Theories.qt(0)).hasMessage("qt: examples is 0; draw at least 1.");
    }
}
