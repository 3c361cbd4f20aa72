package org.chainrule.autograd;

import java.util.function.Function;
import org.chainrule.core.Tensor;

/**
 * Compiles one gate into the {@link Step} that replays it (package-private): a kernel on buffers
 * for the gates a training step is made of, {@link GateStep} (the gate's own code) for the rest.
 */
final class Steps {
    private Steps() {
    }

    /**
     * @param out the gate's output slot
     * @param in the slots of {@code gate.inputs()}, in order
     * @param inputHolding the input slot whose tensor is this one (a placeholder's), or null
     */
    static Step of(Gate gate, Slot out, Slot[] in, Function<Tensor, Slot> inputHolding) {
        if (gate instanceof Add) {
            return new BinaryStep(BinaryStep.Op.ADD, gate, out, in[0], in[1]);
        } else if (gate instanceof Sub) {
            return new BinaryStep(BinaryStep.Op.SUB, gate, out, in[0], in[1]);
        } else if (gate instanceof Mul) {
            return new BinaryStep(BinaryStep.Op.MUL, gate, out, in[0], in[1]);
        } else if (gate instanceof Div) {
            return new BinaryStep(BinaryStep.Op.DIV, gate, out, in[0], in[1]);
        } else if (gate instanceof Max) {
            return new BinaryStep(BinaryStep.Op.MAX, gate, out, in[0], in[1]);
        } else if (gate instanceof MatMul) {
            return new MatMulStep(gate, out, in[0], in[1]);
        } else if (gate instanceof CrossEntropy ce) {
            return new CrossEntropyStep(ce, out, in[0], inputHolding.apply(ce.targets()));
        } else if (gate instanceof SumAll) {
            return new ReduceStep(false, gate, out, in[0]);
        } else if (gate instanceof MeanAll) {
            return new ReduceStep(true, gate, out, in[0]);
        } else if (gate instanceof Reshape) {
            return new MoveStep(false, gate, out, in[0]);
        } else if (gate instanceof Transpose && in[0].shape.rank() == 2) {
            return new MoveStep(true, gate, out, in[0]);
        } else if (gate instanceof Pow pow) {
            return new UnaryStep(UnaryStep.Op.POW, pow.p(), gate, out, in[0]);
        }
        UnaryStep.Op unary = unaryOp(gate);
        return unary != null ? new UnaryStep(unary, 0, gate, out, in[0]) : new GateStep(gate, out, in);
    }

    private static UnaryStep.Op unaryOp(Gate gate) {
        if (gate instanceof Neg) {
            return UnaryStep.Op.NEG;
        } else if (gate instanceof Exp) {
            return UnaryStep.Op.EXP;
        } else if (gate instanceof Log) {
            return UnaryStep.Op.LOG;
        } else if (gate instanceof Sqrt) {
            return UnaryStep.Op.SQRT;
        } else if (gate instanceof Relu) {
            return UnaryStep.Op.RELU;
        } else if (gate instanceof Sigmoid) {
            return UnaryStep.Op.SIGMOID;
        } else if (gate instanceof Tanh) {
            return UnaryStep.Op.TANH;
        }
        return null;
    }
}
