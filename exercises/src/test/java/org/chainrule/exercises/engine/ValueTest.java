package org.chainrule.exercises.engine;

import java.util.List;
import org.chainrule.autograd.Node;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * E03, a scalar engine. Random expressions reuse values (fan-out); where the right gradient is a
 * small whole number it is checked exactly, because a gradient found numerically is only close.
 */
class ValueTest {
    private static final Exercise FORWARD = Exercise.of("E03", "Value (forward: add, mul, pow, tanh, relu)");
    private static final Exercise BACKWARD = Exercise.of("E03", "Value.backward");

    @Test
    @Points(1)
    @DisplayName("forward: random expressions give the values of the same expression built with Node")
    void forwardAgreesWithNode() {
        FORWARD.qt().forAll(Expression.expressions(3, 8)).checkAssert(e -> {
            List<Value> values = e.withValues(e.leaves(Value::new));
            List<Node> nodes = e.withNodes(e.leaves(x -> Node.of(Tensor.scalar(x))));
            for (int i = e.inputs().length; i < values.size(); i++) {
                FORWARD.assertClose("v" + i + " of the same expression built with Node",
                        nodes.get(i).item(), values.get(i).data(), EngineChecks.SAME_ARITHMETIC);
            }
        });
    }

    @Test
    @Points(1.5)
    @DisplayName("the lecture's example: f = (x + y)·z at x = -2, y = 5, z = -4 is -12, with gradients -4, -4, 3 exactly")
    void lectureExample() {
        Value x = new Value(-2);
        Value y = new Value(5);
        Value z = new Value(-4);
        Value f = x.add(y).mul(z);
        FORWARD.given("x = -2, y = 5, z = -4").assertClose("(x + y)·z", -12, f.data(), 0);
        f.backward();
        Exercise example = BACKWARD.given("f = (x + y)·z at x = -2, y = 5, z = -4");
        example.assertClose("∂f/∂x = z", -4, x.grad(), 0);
        example.assertClose("∂f/∂y = z", -4, y.grad(), 0);
        example.assertClose("∂f/∂z = x + y", 3, z.grad(), 0);
        example.assertClose("∂f/∂f = 1", 1, f.grad(), 0);
    }

    @Test
    @Points(1.5)
    @DisplayName("each operation's local gradient, exactly where it is a whole number (add, mul, pow, tanh at 0, relu also at its kink 0, constants)")
    void localGradientsExactly() {
        assertGradient("x + 5 at x = 3", 1, x -> x.add(new Value(5)), 3);
        assertGradient("x + 5 (a constant) at x = 3", 1, x -> x.add(5), 3);
        assertGradient("x · (-4) at x = 3", -4, x -> x.mul(new Value(-4)), 3);
        assertGradient("x · 0.5 (a constant) at x = 3", 0.5, x -> x.mul(0.5), 3);
        assertGradient("x^2 at x = 3", 6, x -> x.pow(2), 3);
        assertGradient("x^3 at x = -2", 12, x -> x.pow(3), -2);
        assertGradient("x^-1 at x = 2", -0.25, x -> x.pow(-1), 2);
        assertGradient("tanh(x) at x = 0", 1, Value::tanh, 0);
        assertGradient("relu(x) at x = 2", 1, Value::relu, 2);
        assertGradient("relu(x) at x = -2", 0, Value::relu, -2);
        assertGradient("relu(x) at its kink x = 0 (0 by convention, as in the framework)", 0, Value::relu, 0);
    }

    private static void assertGradient(String expression, double expected, java.util.function.UnaryOperator<Value> f, double at) {
        Value x = new Value(at);
        f.apply(x).backward();
        BACKWARD.given(expression).assertClose("the local gradient, exact for this input "
                + "(a numerical gradient is only close)", expected, x.grad(), 0);
    }

    @Test
    @Points(1.5)
    @DisplayName("a value used several times adds up its gradients (the copy gate is a gradient adder)")
    void fanOutAddsUp() {
        Value a = new Value(3);
        a.add(a).backward();
        BACKWARD.given("a + a at a = 3").assertClose("1 + 1: the gradients of both uses add up (+=)", 2, a.grad(), 0);

        Value b = new Value(3);
        b.mul(b).backward();
        BACKWARD.given("b · b at b = 3").assertClose("b + b: each use gets the other, and the two add up (+=)", 6, b.grad(), 0);

        Value c = new Value(2);
        Value d = new Value(-3);
        c.mul(d).add(c).add(c.pow(2)).backward();            // f = c·d + c + c²
        Exercise three = BACKWARD.given("f = c·d + c + c² at c = 2, d = -3");
        three.assertClose("∂f/∂c = d + 1 + 2c: the gradients of three uses add up (+=)", 2, c.grad(), 0);
        three.assertClose("∂f/∂d = c", 2, d.grad(), 0);
    }

    @Test
    @Points(2)
    @DisplayName("backward of random expressions that reuse values gives the gradients of the same expression built with Node")
    void backwardAgreesWithNode() {
        BACKWARD.qt().forAll(Expression.expressions(3, 8)).checkAssert(e ->
                EngineChecks.assertGradients(BACKWARD, "the same expression built with Node",
                        EngineChecks.nodeGradients(e), EngineChecks.valueGradients(e), EngineChecks.SAME_ARITHMETIC));
    }

    @Test
    @Points(1)
    @DisplayName("backward of random expressions that reuse values matches central differences")
    void backwardAgreesWithCentralDifferences() {
        BACKWARD.qt().forAll(Expression.expressions(3, 8)).checkAssert(e ->
                EngineChecks.assertGradients(BACKWARD, "central differences (f(x + h) − f(x − h)) / 2h",
                        EngineChecks.numericGradients(e), EngineChecks.valueGradients(e), EngineChecks.NUMERIC));
    }

    @Test
    @Points(1.5)
    @DisplayName("a chain 10,000 values deep backprops on a small call stack: v = v + x, 10,000 times, gives ∂v/∂x = 10,001")
    void deepChain() throws InterruptedException {
        double[] grad = new double[1];
        EngineChecks.onSmallStack(BACKWARD, "on a chain 10,000 values deep", 20, () -> {
            Value x = new Value(0.5);
            Value v = x;
            for (int i = 0; i < 10_000; i++) {
                v = v.add(x);
            }
            v.backward();
            grad[0] = x.grad();
        });
        BACKWARD.given("v = x; 10,000 times v = v + x; at x = 0.5")
                .assertClose("1 + 10,000 (every use of x adds 1)", 10_001, grad[0], 0);
    }
}
