package org.chainrule.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class LinearTest {

    @Test
    void itComputesXTimesWPlusB() {
        // X = [[1, 2]], W = [[3, 4, 5], [6, 7, 8]], b = [1, 0, -1]: [1·3 + 2·6 + 1, 1·4 + 2·7, 1·5 + 2·8 − 1]
        Linear layer = new Linear(Tensor.of(new double[][] {{3, 4, 5}, {6, 7, 8}}), Tensor.of(1, 0, -1));
        Node out = layer.forward(Node.constant(Tensor.of(new double[][] {{1, 2}})));
        assertThat(out.value()).isEqualTo(Tensor.of(new double[][] {{16, 18, 20}}));
    }

    @Test
    void itsParametersAreNamedWAndB() {
        Linear layer = new Linear(2, 3, Rng.seed(0));
        assertThat(layer.parameters()).extracting(Node::name).containsExactly("W", "b");
        assertThat(layer.weights().shape().toArray()).containsExactly(2, 3);
        assertThat(layer.bias().value()).isEqualTo(Tensor.zeros(3));
    }

    @Test
    void xavierWeightsStayWithinTheirLimitAndRepeatWithTheSeed() {
        Linear a = new Linear(30, 20, Rng.seed(5));
        double limit = Math.sqrt(6.0 / 50);
        double largest = 0;
        for (double w : a.weights().value().toArray()) {
            largest = Math.max(largest, Math.abs(w));
        }
        assertThat(largest).isLessThanOrEqualTo(limit).isGreaterThan(0.9 * limit);
        assertThat(new Linear(30, 20, Rng.seed(5)).weights().value()).isEqualTo(a.weights().value());
    }

    @Test
    void aWrongInputShapeIsExplained() {
        Linear layer = new Linear(2, 3, Rng.seed(0));
        assertThatThrownBy(() -> layer.forward(Node.constant(Tensor.zeros(4, 5))))
                .isInstanceOf(ShapeException.class)
                .hasMessage("Linear: x is [4, 5] but W is [2, 3]; x must be [n, 2] (n rows of 2 features).");
        assertThatThrownBy(() -> new Linear(Tensor.zeros(2, 3), Tensor.zeros(2)))
                .hasMessage("Linear: W is [2, 3] and b is [2]; W must be [in, out] and b [out] (one bias per output column).");
    }

    @Test
    void aLayerWithoutInputsOrOutputsIsRefusedHoweverItIsMade() {
        String rule = "a layer needs at least one input and one output (W is [in, out] with in ≥ 1 and out ≥ 1).";
        assertThatThrownBy(() -> new Linear(0, 3, Rng.seed(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear: W is [0, 3]; " + rule);
        assertThatThrownBy(() -> new Linear(Tensor.zeros(0, 3), Tensor.zeros(3))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear: W is [0, 3]; " + rule);
        assertThatThrownBy(() -> new Linear(Tensor.zeros(2, 0), Tensor.zeros(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Linear: W is [2, 0]; " + rule);
    }
}
