package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.InPlace;
import org.chainrule.core.Tensor;

/**
 * Any gate, replayed through its own {@code forward} and {@code backward} (a gate of your own,
 * softmax, the reductions along an axis): the inputs' nodes are handed the buffers' values as
 * tensors, the gate computes, and the result is copied into the buffers. This saves building the
 * graph and sorting it, but not the gate's allocations; the gates with kernels of their own
 * ({@link BinaryStep}, {@link UnaryStep}, …) save those too.
 */
final class GateStep extends Step {
    GateStep(Gate gate, Slot out, Slot... in) {
        super(gate, out, in);
    }

    @Override
    void forward() {
        for (Slot input : in) {
            if (input.kind == Slot.Kind.GATE || input.kind == Slot.Kind.INPUT) {
                input.node.replay(input.valueTensor());
            } else if (input.kind == Slot.Kind.PARAMETER) {
                input.publish();         // the node is current unless an in-place update ran
            }
        }
        InPlace.copy(GateRules.requireForwardValue(gate, gate.forward()), out.value);
    }

    @Override
    void backward() {
        List<Tensor> downstream = gate.backward(out.gradTensor(), out.valueTensor());
        GateRules.requireOneGradientPerInput(gate, gate.inputs(), downstream);
        for (int k = 0; k < in.length; k++) {
            if (wants(k)) {
                Backprop.requireShape(in[k].node, downstream.get(k), gate.name(), k);
                InPlace.copy(downstream.get(k), into(k));
                delivered(k);
            }
        }
    }
}
