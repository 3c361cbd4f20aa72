package org.chainrule.exercises.engine;

import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** E03 hidden: larger expressions on another seed, graphs with very many paths, a deeper chain, kinks. */
class ValueHiddenTest {
    private static final Exercise BACKWARD = Exercise.of("E03", "Value.backward");

    @Test
    @Points(1.5)
    @DisplayName("backward of larger random expressions (5 inputs, 30 steps, another seed) gives Node's gradients")
    void largerExpressionsAgreeWithNode() {
        BACKWARD.qt(9_101, 150).forAll(Expression.expressions(5, 30)).checkAssert(e ->
                EngineChecks.assertGradients(BACKWARD, "the same expression built with Node",
                        EngineChecks.nodeGradients(e), EngineChecks.valueGradients(e), EngineChecks.SAME_ARITHMETIC));
    }

    @Test
    @Points(1)
    @DisplayName("backward of larger random expressions (another seed) matches central differences")
    void largerExpressionsAgreeWithCentralDifferences() {
        BACKWARD.qt(9_102, 150).forAll(Expression.expressions(5, 30)).checkAssert(e ->
                EngineChecks.assertGradients(BACKWARD, "central differences (f(x + h) − f(x − h)) / 2h",
                        EngineChecks.numericGradients(e), EngineChecks.valueGradients(e), EngineChecks.NUMERIC));
    }

    @Test
    @Points(1)
    @DisplayName("v = v + v, 60 times: 2^60 paths from the result to x, yet backward visits each value once and gives 2^60")
    void manyPathsAreWalkedOnce() throws InterruptedException {
        double[] grad = new double[1];
        EngineChecks.onSmallStack(BACKWARD, "on a graph with 2^60 paths", 10, () -> {
            Value x = new Value(1);
            Value v = x;
            for (int i = 0; i < 60; i++) {
                v = v.add(v);
            }
            v.backward();
            grad[0] = x.grad();
        });
        BACKWARD.given("v = x; 60 times v = v + v; at x = 1").assertClose("2^60 (it doubles at every step)",
                Math.pow(2, 60), grad[0], 0);
    }

    @Test
    @Points(0.5)
    @DisplayName("a chain 150,000 values deep (mul, tanh, add) backprops on a small call stack")
    void deeperChain() throws InterruptedException {
        double[] grad = new double[1];
        EngineChecks.onSmallStack(BACKWARD, "on a chain 150,000 values deep", 30, () -> {
            Value x = new Value(0.25);
            Value v = x;
            for (int i = 0; i < 50_000; i++) {
                v = v.mul(1.0).tanh().add(0.0);
            }
            v = v.mul(0.0).add(x.mul(4));                 // ∂/∂x through the chain is 0 after the mul by 0
            v.backward();
            grad[0] = x.grad();
        });
        BACKWARD.given("v = x; 50,000 times v = tanh(v·1) + 0; result 0·v + 4x").assertClose("0 + 4", 4, grad[0], 0);
    }

    @Test
    @Points(1)
    @DisplayName("relu at its kink 0 passes gradient 0; tanh at ±20 passes exactly 0 (out = ±1); pow(0.5) and pow(-2) at x = 4")
    void edges() {
        check("relu(x) at x = 0", 0, Value::relu, 0);
        check("tanh(x) at x = 20", 0, Value::tanh, 20);
        check("tanh(x) at x = -20", 0, Value::tanh, -20);
        check("x^0.5 at x = 4", 0.25, x -> x.pow(0.5), 4);
        check("x^-2 at x = 4", -2.0 / 64, x -> x.pow(-2), 4);
    }

    private static void check(String expression, double expected, java.util.function.UnaryOperator<Value> f, double at) {
        Value x = new Value(at);
        f.apply(x).backward();
        BACKWARD.given(expression).assertClose("the local gradient, exact for this input", expected, x.grad(), 0);
    }
}
