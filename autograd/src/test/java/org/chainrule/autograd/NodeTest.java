package org.chainrule.autograd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class NodeTest {

    @Test
    void theJavadocExampleComputesItsGradient() {
        Node w = Node.of(Tensor.of(2.0)).named("w");
        Node x = Node.constant(Tensor.of(3.0));
        Node loss = w.mul(x).sub(1.0).pow(2).sum();     // (w·x − 1)² = 25
        loss.backward();
        assertThat(loss.item()).isEqualTo(25.0);
        assertThat(w.grad()).isEqualTo(Tensor.of(30.0));   // 2(w·x − 1)·x
    }

    @Test
    void assignReplacesALeafsValue() {
        Node w = Node.of(Tensor.of(1, 2));
        w.assign(Tensor.of(3, 4));
        assertThat(w.value()).isEqualTo(Tensor.of(3, 4));
    }

    @Test
    void onlyALeafCanBeAssigned() {
        Node sum = Node.of(1.0).add(Node.of(2.0));
        assertThatThrownBy(() -> sum.assign(Tensor.scalar(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("assign: this node was made by gate Add; only a leaf (Node.of) can be assigned a new value.");
    }

    @Test
    void aLeafKeepsItsShape() {
        Node w = Node.of(Tensor.zeros(2, 3));
        assertThatThrownBy(() -> w.assign(Tensor.zeros(3, 2)))
                .isInstanceOf(ShapeException.class)
                .hasMessage("assign: the leaf is [2, 3] but the new value is [3, 2]; a parameter keeps its shape.");
    }

    @Test
    void opsWithNumbersUseConstants() {
        Node x = Node.of(4.0);
        Node y = x.add(1).sub(2).mul(3).div(6);            // ((4 + 1 − 2)·3)/6 = 1.5
        y.backward();
        assertThat(y.item()).isEqualTo(1.5);
        assertThat(x.grad().item()).isEqualTo(0.5);
    }

    @Test
    void namesAndLabels() {
        Node w = Node.of(2.0).named("w");
        assertThat(w.name()).isEqualTo("w");
        assertThat(w.isLeaf()).isTrue();
        assertThat(w).hasToString("Node(w, Tensor[] 2.0)");
        assertThat(w.exp().isLeaf()).isFalse();
        assertThat(Node.of(1.0).neg()).hasToString("Node(Neg, Tensor[] -1.0)");
    }

    @Test
    void crossEntropyRefusesBadLabels() {
        Node logits = Node.of(Tensor.zeros(2, 3));
        assertThatThrownBy(() -> Node.crossEntropy(logits, new int[] {0, 3}))
                .hasMessage("crossEntropy: label 3 at position 1 is not a class index; with k = 3 classes a label is 0 to 2.");
        assertThatThrownBy(() -> Node.crossEntropy(logits, new int[] {0}))
                .hasMessage("crossEntropy: logits are [2, 3] but 1 labels were given; logits must be [n, k] with one label per row (n = 1).");
        assertThatThrownBy(() -> Node.crossEntropy(logits, Tensor.zeros(2, 2)))
                .hasMessage("crossEntropy: logits are [2, 3] and targets are [2, 2]; both must be [n, k]: n rows of k class scores and k target probabilities.");
    }

    @Test
    void crossEntropyWithLabelsIsMinusLogSoftmaxAtEachLabel() {
        // row 0: logits [1, 2, 3], label 2 → log(e + e² + e³) − 3; row 1: [0, 0, 0], label 0 → log 3
        Node logits = Node.of(Tensor.of(new double[][] {{1, 2, 3}, {0, 0, 0}}));
        double row0 = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
        double row1 = Math.log(3);
        assertThat(Node.crossEntropy(logits, new int[] {2, 0}).item()).isCloseTo((row0 + row1) / 2, within(1e-12));
        assertThat(Node.crossEntropy(logits, new int[] {0, 0}).item())
                .isCloseTo((row0 + 2 + row1) / 2, within(1e-12));
    }

    @Test
    void reductionsAlongAnAxisNameTheirAxis() {
        Node x = Node.of(Tensor.zeros(2, 3));
        assertThat(x.sum(1)).hasToString("Node(Sum(axis 1), Tensor[2] [0.0, 0.0])");
        assertThat(x.mean(0)).hasToString("Node(Mean(axis 0), Tensor[3] [0.0, 0.0, 0.0])");
        assertThat(x.sum()).hasToString("Node(Sum, Tensor[] 0.0)");
        assertThat(x.mean()).hasToString("Node(Mean, Tensor[] 0.0)");
    }
}
