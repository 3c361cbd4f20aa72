package org.chainrule.exercises.logistic;

import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;
import org.chainrule.testkit.Exercise;
import org.chainrule.testkit.Points;
import org.chainrule.testkit.Shapes;
import org.chainrule.testkit.TensorGen;
import org.chainrule.testkit.Values;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * E06's public tests: the notes' run reproduced line by line, one step against the same step
 * built with autograd, the cost before the update, ∂b summed over the batch, exact gradients
 * where they are exact, and the decision boundary. 10 points.
 */
class LogisticByHandTest {
    static final Exercise STEP = Exercise.of("E06", "LogisticByHand.step");
    static final Exercise BOUNDARY = Exercise.of("E06", "LogisticByHand.boundary");

    /** The notes' X_train [6, 2] and Y_train [6, 1]. */
    static final Tensor X_TRAIN = Tensor.of(new double[][] {{1, 1}, {1, 2}, {2, 1}, {3, 2}, {3, 3}, {2, 3}});
    static final Tensor Y_TRAIN = Tensor.of(new double[][] {{0}, {0}, {0}, {1}, {1}, {1}});
    /** The notes' start, recovered from their first printed line (as the {@code logistic} demo does). */
    static final Tensor W0 = Tensor.of(new double[][] {{-0.10099822286611654}, {0.6847899159537382}});
    static final Tensor B0 = Tensor.of(0.3841461274590695);
    static final double NOTES_RATE = 0.01;
    /** The notes printed float32; our run is in double, so agreement is to float32's precision. */
    static final double NOTES_TOLERANCE = 2e-6;
    /** The notes' log: Step, Cost, w0, w1, b after that step's update. */
    static final double[][] NOTES_LOG = {
        {1, 0.7932398319244385, -0.10415223, 0.68125504, 0.3810195},
        {1001, 0.5122759938240051, 0.1809378, 0.55177015, -0.97815347},
        {2001, 0.39883172512054443, 0.5135696, 0.6884617, -1.9777462},
        {3001, 0.32507583498954773, 0.7515713, 0.8368167, -2.7877953},
        {4001, 0.27400580048561096, 0.9350327, 0.97824335, -3.4628296},
        {5001, 0.2367737740278244, 1.0848083, 1.1075894, -4.039375},
    };
    static final double SAME = 1e-12;
    /**
     * Where the formula is exact in floating point: a few units in the last place (rounding in
     * another order), far below the 1e-10 or so that a numerically differentiated gradient is off.
     */
    static final double EXACT = 1e-15;

    /**
     * A batch for one step: X [n, d], y [n, 1] of 0/1, W [d, 1] and b [1] in [−2, 2]. Keep
     * |z| = |XW + b| below about 15 (h at least 1e-7 away from 0 and 1), where the cost's floor
     * never acts, so the floorless autograd oracle applies.
     */
    record Batch(Tensor x, Tensor y, Tensor w, Tensor b) {
        @Override
        public String toString() {
            return "X = " + TensorGen.describe(x) + ", y = " + TensorGen.describe(y) + ", W = "
                    + TensorGen.describe(w) + ", b = " + TensorGen.describe(b);
        }
    }

    static Gen<Batch> batches(int maxRows, int maxFeatures, Gen<Double> xs) {
        Gen<Integer> rows = Generate.range(1, maxRows);
        Gen<Integer> features = Generate.range(1, maxFeatures);
        Gen<Double> labels = Generate.range(0, 1).map(Integer::doubleValue);
        Gen<Batch> gen = in -> {
            int n = rows.generate(in);
            int d = features.generate(in);
            return new Batch(TensorGen.tensors(Shape.of(n, d), xs).generate(in),
                    TensorGen.tensors(Shape.of(n, 1), labels).generate(in),
                    TensorGen.tensors(Shape.of(d, 1), Values.between(-2, 2)).generate(in),
                    TensorGen.tensors(Shape.of(1), Values.between(-2, 2)).generate(in));
        };
        return gen.describedAs(Batch::toString);
    }

    /** X of multiples of 1/4 in [−2, 2], n a power of 2, y of 0/1, W = 0 and b = 0: every number is exact. */
    static Gen<Batch> exactBatches() {
        Gen<Integer> powers = Generate.range(0, 3).map(e -> 1 << e);
        Gen<Integer> features = Generate.range(1, 3);
        Gen<Double> quarters = Generate.range(-8, 8).map(k -> k * 0.25);
        Gen<Double> labels = Generate.range(0, 1).map(Integer::doubleValue);
        Gen<Batch> gen = in -> {
            int n = powers.generate(in);
            int d = features.generate(in);
            return new Batch(TensorGen.tensors(Shape.of(n, d), quarters).generate(in),
                    TensorGen.tensors(Shape.of(n, 1), labels).generate(in), Tensor.zeros(d, 1), Tensor.zeros(1));
        };
        return gen.describedAs(Batch::toString);
    }

    @Test
    @Points(3)
    @DisplayName("the notes' run: 6 points, 5001 steps at learning rate 0.01 from the notes' start; every printed line "
            + "(Step, Cost, W, b at steps 1, 1001, …, 5001) within 2e-6")
    void reproducesTheNotesLog() {
        Exercise ex = STEP.given("the notes' X_train [6, 2], Y_train [6, 1], W0 = " + TensorGen.describe(W0) + ", b0 = "
                + TensorGen.describe(B0) + ", learning rate 0.01, 5001 steps");
        Tensor w = W0;
        Tensor b = B0;
        int line = 0;
        for (int step = 1; step <= 5001; step++) {
            Step s = LogisticByHand.step(X_TRAIN, Y_TRAIN, w, b, NOTES_RATE);
            w = s.w();
            b = s.b();
            if ((step - 1) % 1000 == 0) {
                double[] notes = NOTES_LOG[line++];
                String at = "the notes' line Step=" + step;
                ex.assertClose(at + ", Cost (the cost before this step's update)", notes[1], s.cost(), NOTES_TOLERANCE);
                ex.assertClose(at + ", W (after the update)", Tensor.of(new double[][] {{notes[2]}, {notes[3]}}), w,
                        NOTES_TOLERANCE);
                ex.assertClose(at + ", b (after the update)", Tensor.of(notes[4]), b, NOTES_TOLERANCE);
            }
        }
    }

    @Test
    @Points(2)
    @DisplayName("one step gives the W, b and cost of the same step built with autograd (h = σ(XW + b), ∂W = Xᵀ(h − y)/n)")
    void oneStepEqualsAutograd() {
        STEP.qt().forAll(batches(6, 3, Values.between(-2, 2)), Values.between(0, 2)).checkAssert((t, rate) -> {
            Step expected = Reference.step(t.x(), t.y(), t.w(), t.b(), rate);
            Step got = LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), rate);
            Hints.sameStep(STEP, "the same step with autograd (learning rate " + rate + ")", t.w(), t.b(), expected, got,
                    t.x().shape().dim(0));
        });
    }

    @Test
    @Points(1)
    @DisplayName("the returned cost is the cost before the update, as the notes print it")
    void costIsTheOneBeforeTheUpdate() {
        STEP.qt().forAll(batches(6, 3, Values.between(-2, 2))).checkAssert(t -> {
            Step got = LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), 1.0);
            Step expected = Reference.step(t.x(), t.y(), t.w(), t.b(), 1.0);
            double after = Reference.cost(t.x(), t.y(), expected.w(), expected.b());
            if (Math.abs(got.cost() - after) <= SAME && Math.abs(after - expected.cost()) > SAME) {
                throw STEP.fail("returned the cost after the update; the notes print the cost of the W and b the step "
                        + "started from (computed in the forward pass, before the update)", expected.cost()
                        + "   (cost before the update)", String.valueOf(got.cost()));
            }
            STEP.assertClose("the notes' cost at the starting W and b", expected.cost(), got.cost(), SAME);
        });
    }

    @Test
    @Points(1)
    @DisplayName("b moves by η·Σ(h − y)/n: ∂cost/∂b is summed over the batch and b stays [1]")
    void biasGradientIsSummedOverTheBatch() {
        STEP.qt().forAll(batches(6, 3, Values.between(-2, 2))).checkAssert(t -> {
            Step got = LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), 1.0);
            if (got.b() != null && !got.b().shape().equals(Shape.of(1))) {
                throw STEP.fail("b after the step is " + got.b().shape() + ", not [1]: ∂cost/∂b = Σ_i (h_i − y_i)/n "
                        + "adds up the n rows (b was added to every row, so its gradient sums them)",
                        "shape [1]", TensorGen.describe(got.b()));
            }
            STEP.assertClose("b − η·Σ(h − y)/n by autograd", Reference.step(t.x(), t.y(), t.w(), t.b(), 1.0).b(),
                    got.b(), SAME);
        });
    }

    @Test
    @Points(1)
    @DisplayName("the gradients are the formulas to the last digit (1e-15) where they are exact (W = 0, b = 0, so h = 1/2; n a power of 2): "
            + "a numerically differentiated step does not pass")
    void exactWhereTheFormulaIsExact() {
        STEP.qt().forAll(exactBatches()).checkAssert(t -> {
            Step got = LogisticByHand.step(t.x(), t.y(), t.w(), t.b(), 1.0);
            Tensor error = t.y().neg().add(0.5);                                 // h − y with h = 1/2
            int n = t.x().shape().dim(0);
            STEP.assertClose("W − Xᵀ(1/2 − y)/n, exactly", t.x().transpose().matmul(error).div(n).neg(), got.w(), EXACT);
            STEP.assertClose("b − Σ(1/2 − y)/n, exactly", error.sum(0).div(n).neg(), got.b(), EXACT);
        });
    }

    @Test
    @Points(1)
    @DisplayName("boundary: the notes' final model gives the line x1 = −(w0/w1)·x0 − b/w1")
    void boundaryOfTheNotesModel() {
        Tensor w = Tensor.of(new double[][] {{1.0848083}, {1.1075894}});
        Tensor b = Tensor.of(-4.039375);
        double[] got = LogisticByHand.boundary(w, b);
        Exercise ex = BOUNDARY.given("W = [[1.0848083], [1.1075894]], b = [-4.039375] (the notes' Step=5001)");
        ex.assertEquals("two numbers, {slope, intercept}", 2, got.length);
        ex.assertClose("slope −w0/w1", -1.0848083 / 1.1075894, got[0], SAME);
        ex.assertClose("intercept −b/w1", 4.039375 / 1.1075894, got[1], SAME);
    }

    @Test
    @Points(0.5)
    @DisplayName("boundary: on the line the model is undecided, z = w0·x0 + w1·x1 + b = 0 (generated W, b)")
    void pointsOnTheBoundaryAreUndecided() {
        BOUNDARY.qt().forAll(TensorGen.tensors(Shape.of(2, 1), Values.awayFromZero(-3, 3, 0.1)),
                TensorGen.tensors(Shape.of(1), Values.between(-3, 3)), Values.between(-5, 5)).checkAssert((w, b, x0) -> {
                    double[] line = LogisticByHand.boundary(w, b);
                    double x1 = line[0] * x0 + line[1];
                    BOUNDARY.assertClose("z = 0 at (x0, slope·x0 + intercept) = (" + x0 + ", " + x1 + ")", 0,
                            w.get(0, 0) * x0 + w.get(1, 0) * x1 + b.get(0), 1e-9);
                });
    }

    @Test
    @Points(0.5)
    @DisplayName("boundary refuses w1 = 0 with an IllegalArgumentException (the line is vertical: no slope)")
    void boundaryRefusesAVerticalLine() {
        try {
            LogisticByHand.boundary(Tensor.of(new double[][] {{1}, {0}}), Tensor.of(-2.0));
        } catch (IllegalArgumentException expected) {
            return;
        } catch (RuntimeException other) {
            throw BOUNDARY.given("W = [[1.0], [0.0]], b = [-2.0]").fail("should throw IllegalArgumentException: w1 = 0 "
                    + "makes −w0/w1 a division by zero", "IllegalArgumentException", other.toString());
        }
        throw BOUNDARY.given("W = [[1.0], [0.0]], b = [-2.0]").fail("should throw IllegalArgumentException: w1 = 0 "
                + "makes −w0/w1 a division by zero", "IllegalArgumentException", "no exception");
    }
}
