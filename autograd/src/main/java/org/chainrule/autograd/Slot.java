package org.chainrule.autograd;

import org.chainrule.core.InPlace;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * The two buffers a {@link StaticGraph} keeps for one node of the traced graph (package-private):
 * its value and, when a gradient flows to it, its gradient. Both are allocated once, when the
 * graph is traced, and overwritten by every replay.
 */
final class Slot {
    /** What fills the value: a gate's step, an input given to each replay, a parameter, or nothing (a constant). */
    enum Kind { GATE, INPUT, PARAMETER, CONSTANT }

    final Node node;
    final Kind kind;
    final Shape shape;
    final double[] value;
    /** ∂result/∂node, or null when no gradient flows here (a constant, data). */
    final double[] grad;
    /** For an input or a parameter: the tensor last copied into {@link #value} (tensors are immutable). */
    Tensor copied;
    /** For a parameter: true when an in-place update left {@link #value} ahead of the node's value. */
    boolean ahead;

    Slot(Node node, Kind kind) {
        this.node = node;
        this.kind = kind;
        this.shape = node.shape();
        this.value = new double[shape.size()];
        this.grad = node.requiresGrad() ? new double[shape.size()] : null;
        if (kind != Kind.GATE) {
            load(node.value());
        }
    }

    /** Copies {@code t} into the value buffer, unless it is the very tensor copied last time. */
    void load(Tensor t) {
        if (t != copied) {
            InPlace.copy(t, value);
            copied = t;
        }
    }

    /**
     * For a parameter that an in-place update left ahead of its node: assigns the buffer's value
     * to the node (as an optimizer's {@code assign} would have), so the node is current again.
     */
    void publish() {
        if (ahead) {
            Tensor now = valueTensor();
            node.assign(now);
            copied = now;
            ahead = false;
        }
    }

    /** The value as a new tensor (a copy: the buffer changes with the next replay). */
    Tensor valueTensor() {
        return Tensor.of(shape, value);
    }

    /** The gradient as a new tensor, zeros when none flows here. */
    Tensor gradTensor() {
        return grad == null ? Tensor.zeros(shape) : Tensor.of(shape, grad);
    }

    /** The node's name for messages: its own name, or its shape. */
    String label() {
        return node.name() != null ? node.name() + " " + shape : shape.toString();
    }
}
