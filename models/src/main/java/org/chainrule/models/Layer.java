package org.chainrule.models;

import java.util.List;
import org.chainrule.autograd.Node;

/**
 * One stage of a network: a function of a batch of rows, perhaps with parameters of its own.
 * Layers compose with {@link Sequential}; the gradient of every parameter comes from autograd, so a
 * layer only writes its forward pass.
 */
public interface Layer {

    /**
     * Runs the layer on a batch.
     *
     * @param x inputs, shape {@code [n, in]}: one row per example
     * @return outputs, shape {@code [n, out]}
     */
    Node forward(Node x);

    /** The trainable leaves of this layer (named, e.g. {@code W}, {@code b}); empty for an activation. */
    List<Node> parameters();
}
