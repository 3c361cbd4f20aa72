package org.chainrule.exercises.engine;

import java.util.List;
import java.util.function.Consumer;

/**
 * A scalar that remembers how it was made, so that {@link #backward()} can apply the chain rule
 * through everything it was computed from: the whole autograd idea, for single numbers.
 * <pre>
 *   Value x = new Value(-2), y = new Value(5), z = new Value(-4);
 *   Value f = x.add(y).mul(z);        // forward pass: f = (x + y)·z = -12
 *   f.backward();                     // backpropagation, upstream 1 at f
 *   x.grad();                         // -4 = ∂f/∂x
 * </pre>
 *
 * <p>Every operation computes its result at once (the forward pass) and stores, with it, a
 * <i>backward step</i>: how to turn the result's gradient (the <b>upstream</b>) into its inputs'
 * gradients (upstream × <b>local</b> gradient = <b>downstream</b>). {@link #backward()} runs those
 * steps from the result back to the leaves, each after every value that used it.
 *
 * <p>Gradients <b>add up</b>: a value used twice (fan-out, the notes' copy gate) receives a
 * downstream gradient from each use, and its gradient is their sum. So each step does
 * {@code input.grad += ...}, never {@code =}. Gradients start at 0 in every new value; call
 * {@code backward()} once per expression.
 */
public final class Value {
    private final double data;
    private double grad;
    /** The values this one was computed from, in order; empty for a leaf. */
    private final List<Value> inputs;
    /** Adds this value's gradient × each local gradient into its inputs' gradients; receives this value. */
    private final Consumer<Value> backwardStep;

    /**
     * A leaf: an input or a constant, with gradient 0 until {@link #backward()} reaches it.
     *
     * @param data the number
     */
    public Value(double data) {
        this(data, List.of(), out -> { });
    }

    /**
     * The result of an operation.
     *
     * @param data the result of the forward pass
     * @param inputs the values it was computed from
     * @param backwardStep adds {@code out.grad × local gradient} into each input's {@code grad};
     *                     it receives the result ({@code out}) when it runs
     */
    private Value(double data, List<Value> inputs, Consumer<Value> backwardStep) {
        this.data = data;
        this.inputs = inputs;
        this.backwardStep = backwardStep;
    }

    /** The number computed by the forward pass. */
    public double data() {
        return data;
    }

    /** ∂result/∂this after {@code result.backward()}; 0 before, and for values the result does not use. */
    public double grad() {
        return grad;
    }

    /**
     * Sum: a gradient distributor.
     * <pre>
     *   out = this + other          ∂out/∂this = 1,  ∂out/∂other = 1
     *   this.grad  += out.grad
     *   other.grad += out.grad
     * </pre>
     *
     * @param other the right operand, a scalar like this one
     * @return a new value, made from this and other
     */
    public Value add(Value other) {
        throw new UnsupportedOperationException("E03 Value.add: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * {@code this + c}, with c a constant (a leaf whose gradient nobody reads).
     *
     * @param c the number to add
     */
    public Value add(double c) {
        throw new UnsupportedOperationException("E03 Value.add: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Product: a swap multiplier.
     * <pre>
     *   out = this · other          ∂out/∂this = other,  ∂out/∂other = this
     *   this.grad  += other.data · out.grad
     *   other.grad += this.data  · out.grad
     * </pre>
     *
     * @param other the right operand, a scalar like this one
     * @return a new value, made from this and other
     */
    public Value mul(Value other) {
        throw new UnsupportedOperationException("E03 Value.mul: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * {@code this · c}, with c a constant.
     *
     * @param c the number to multiply by
     */
    public Value mul(double c) {
        throw new UnsupportedOperationException("E03 Value.mul: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Power with a constant exponent.
     * <pre>
     *   out = this^p                ∂out/∂this = p · this^(p−1)
     *   this.grad += p · this.data^(p−1) · out.grad
     * </pre>
     *
     * @param p the exponent, e.g. 2 or −1 or 0.5 (for p that is not a whole number, this must be positive)
     */
    public Value pow(double p) {
        throw new UnsupportedOperationException("E03 Value.pow: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Hyperbolic tangent; its backward reuses the result.
     * <pre>
     *   out = tanh(this)            ∂out/∂this = 1 − tanh²(this) = 1 − out²
     *   this.grad += (1 − out.data²) · out.grad
     * </pre>
     */
    public Value tanh() {
        throw new UnsupportedOperationException("E03 Value.tanh: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Rectified linear unit.
     * <pre>
     *   out = max(this, 0)          ∂out/∂this = 1 where this &gt; 0, else 0
     *   this.grad += [this.data &gt; 0] · out.grad
     * </pre>
     * At the kink (0) the gradient is taken as 0, as in the framework.
     */
    public Value relu() {
        throw new UnsupportedOperationException("E03 Value.relu: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Backpropagation from this value: sets its gradient to 1 (∂this/∂this), then runs every
     * backward step from here back to the leaves, each value's step after the steps of all values
     * that used it (reverse topological order), so its gradient is complete when its step runs.
     */
    public void backward() {
        throw new UnsupportedOperationException("E03 Value.backward: not done yet — see exercises/handouts/E03-engine.md");
    }

    /**
     * Every value this one was computed from (and itself), each after all of its inputs.
     * Iterative, with an explicit stack: a chain of 10,000 values would overflow the call stack of
     * a recursive walk. Each value is listed once, however many times it was used.
     */
    private List<Value> topologicalOrder() {
        throw new UnsupportedOperationException("E03 Value.topologicalOrder: not done yet — see exercises/handouts/E03-engine.md");
    }

    /** {@code Value(data=-12.0, grad=1.0)}. */
    @Override
    public String toString() {
        return "Value(data=" + data + ", grad=" + grad + ")";
    }
}
