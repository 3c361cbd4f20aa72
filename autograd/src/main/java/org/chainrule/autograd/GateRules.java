package org.chainrule.autograd;

import java.util.List;
import org.chainrule.core.Tensor;

/**
 * The rules every {@link Gate} keeps, checked where the engine calls it (package-private), so
 * that a gate of one's own that breaks one is named with the rule, instead of ending in a
 * {@code NullPointerException} deep inside the engine:
 * <ol>
 *   <li>{@code inputs()} lists the nodes the gate reads, none of them null;</li>
 *   <li>{@code forward()} returns the output value, never null;</li>
 *   <li>{@code backward} returns one gradient per input, in the order of {@code inputs()}, and
 *       null only for an input that needs no gradient.</li>
 * </ol>
 */
final class GateRules {
    private GateRules() {
    }

    /** Rule 1: the inputs, checked before the forward pass. */
    static List<Node> requireInputs(Gate gate) {
        List<Node> inputs = gate.inputs();
        if (inputs == null) {
            throw new IllegalStateException(String.format("gate %s: inputs() returned null; a gate lists "
                    + "the nodes it reads, e.g. List.of(a, b).", gate.name()));
        }
        for (int k = 0; k < inputs.size(); k++) {
            if (inputs.get(k) == null) {
                throw new IllegalStateException(String.format("gate %s: input %d of its %d inputs is null; "
                        + "a gate reads nodes made by Node.of, Node.constant or another gate.",
                        gate.name(), k, inputs.size()));
            }
        }
        return inputs;
    }

    /** Rule 2: the forward value. */
    static Tensor requireForwardValue(Gate gate, Tensor out) {
        if (out == null) {
            throw new IllegalStateException(String.format("gate %s: forward() returned null; forward "
                    + "computes the output from the inputs' values and returns it as a Tensor.", gate.name()));
        }
        return out;
    }

    /** Rule 3: one gradient per input, null only where no gradient is needed. */
    static void requireOneGradientPerInput(Gate gate, List<Node> inputs, List<Tensor> downstream) {
        if (downstream == null || downstream.size() != inputs.size()) {
            String got = downstream == null ? "null" : downstream.size() + " gradient"
                    + (downstream.size() == 1 ? "" : "s");
            throw new IllegalStateException(String.format("backward: gate %s returned %s for its %d input%s; "
                    + "backward returns one gradient per input, in the order of inputs().",
                    gate.name(), got, inputs.size(), inputs.size() == 1 ? "" : "s"));
        }
        for (int k = 0; k < inputs.size(); k++) {
            if (downstream.get(k) == null && inputs.get(k).requiresGrad()) {
                throw new IllegalStateException(String.format("backward: gate %s returned null for input %d "
                        + "(%s), which needs a gradient; null is allowed only for an input that needs none "
                        + "(!input.requiresGrad(), e.g. a constant).", gate.name(), k, inputs.get(k).shape()));
            }
        }
    }
}
