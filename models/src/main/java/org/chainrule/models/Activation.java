package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;

/**
 * An elementwise nonlinearity, as a layer with no parameters.
 *
 * <p>Why (the notes' MLP): a stack of linear layers is still one linear map, {@code X·W1·W2 = X·(W1·W2)},
 * so it cannot draw the bent boundary XOR needs. A nonlinearity between the layers removes that limit.
 */
public enum Activation implements Layer {
    /** {@code σ(x) = 1 / (1 + e^−x)}, in (0, 1); saturates (gradient near 0) for large |x|. */
    SIGMOID {
        @Override
        public Node forward(Node x) {
            return x.sigmoid();
        }
    },
    /** {@code tanh(x)}, in (−1, 1) and centred at 0 — a rescaled sigmoid, {@code 2σ(2x) − 1}. */
    TANH {
        @Override
        public Node forward(Node x) {
            return x.tanh();
        }
    },
    /** {@code max(x, 0)}: cheap and does not saturate for x &gt; 0; the usual default (the notes). */
    RELU {
        @Override
        public Node forward(Node x) {
            return x.relu();
        }
    };

    /** None: an activation has no parameters. */
    @Override
    public List<Node> parameters() {
        return List.of();
    }
}
