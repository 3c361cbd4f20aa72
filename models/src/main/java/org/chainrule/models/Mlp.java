package org.chainrule.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Rng;
import org.chainrule.core.Tensor;

/**
 * A multi-layer perceptron: linear layers with an activation between them, logits out.
 * <pre>
 *   sizes = [d, h1, h2, …, k]:
 *   x → Linear(d, h1) → act → Linear(h1, h2) → act → … → Linear(·, k) → logits [n, k]
 * </pre>
 * The notes' answer to XOR: one linear boundary cannot separate it, but a hidden layer bends the
 * space so that the last linear layer can. Trains on cross-entropy from the logits; parameters are
 * named {@code W1, b1, W2, b2, …} from the input side.
 *
 * <p>Initialisation: {@link Init#forActivation} — Xavier uniform for sigmoid and tanh, He uniform for
 * ReLU — and zero biases.
 */
public final class Mlp implements SoftmaxClassifier {
    private final Sequential network;

    /**
     * @param sizes layer widths {@code [d, h1, …, k]}: at least two numbers, each ≥ 1
     * @param activation the nonlinearity between layers (not after the last)
     * @param rng the random stream for the weights; it moves on
     */
    public Mlp(int[] sizes, Activation activation, Rng rng) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("Mlp: sizes are " + Arrays.toString(sizes)
                    + "; give at least the input and output widths, e.g. [2, 4, 2] (2 features, 4 hidden, 2 classes).");
        }
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < sizes.length; i++) {
            int out = sizes[i + 1];
            layers.add(new Linear(Init.forActivation(activation, sizes[i], out, rng), Tensor.zeros(out),
                    String.valueOf(i + 1)));
            if (i + 2 < sizes.length) {
                layers.add(activation);
            }
        }
        this.network = new Sequential(layers);
    }

    /** The logits. @param x features {@code [n, d]} @return {@code [n, k]} */
    @Override
    public Node forward(Node x) {
        return network.forward(x);
    }

    /** The layers: Linear, activation, Linear, …, Linear. */
    public List<Layer> layers() {
        return network.layers();
    }

    /** {@code [W1, b1, W2, b2, …]}. */
    @Override
    public List<Node> parameters() {
        return network.parameters();
    }

    @Override
    public String toString() {
        return "Mlp" + network.layers();
    }
}
