package org.chainrule.models;

import java.util.ArrayList;
import java.util.List;
import org.chainrule.autograd.Node;

/**
 * Layers applied one after another: {@code out = f_L(… f_2(f_1(x)))}.
 * Its parameters are its layers' parameters, in order. Backward needs nothing extra: the chain
 * rule runs through the composed graph.
 */
public final class Sequential implements Layer {
    private final List<Layer> layers;

    /** @param layers applied first to last; at least one */
    public Sequential(Layer... layers) {
        this(List.of(layers));
    }

    /** @param layers applied first to last; at least one; the list is copied */
    public Sequential(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Sequential: no layers; give at least one, e.g. new Linear(2, 1, rng).");
        }
        this.layers = List.copyOf(layers);
    }

    /**
     * @param x inputs, shape {@code [n, in]} of the first layer
     * @return outputs, shape {@code [n, out]} of the last layer
     */
    @Override
    public Node forward(Node x) {
        Node h = x;
        for (Layer layer : layers) {
            h = layer.forward(h);
        }
        return h;
    }

    @Override
    public List<Node> parameters() {
        List<Node> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        return List.copyOf(all);
    }

    /** The layers, first to last. */
    public List<Layer> layers() {
        return layers;
    }

    @Override
    public String toString() {
        return "Sequential" + layers;
    }
}
