package org.chainrule.testkit;

import java.util.List;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Reporter;

/**
 * Turns a falsified property into one {@link Feedback} block (package-private): QuickTheories
 * hands over the smallest failing input it shrank to and the seed; the failure inside the
 * property ({@link Mismatch}, or whatever the student's code threw) gives expected, got and the
 * worst element.
 */
final class ExerciseReporter implements Reporter {
    private final Exercise exercise;
    private final int examples;

    ExerciseReporter(Exercise exercise, int examples) {
        this.exercise = exercise;
        this.examples = examples;
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause,
                               List<Object> others, AsString<Object> toString) {
        Feedback feedback = cause instanceof Mismatch m ? m.feedback() : exercise.threw(cause);
        throw new AssertionError(feedback.withInput(toString.asString(smallest))
                .withReplay(replay(seed, examplesUsed)).block(), cause);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> others,
                               AsString<Object> toString) {
        Feedback feedback = exercise.feedback("the property does not hold", null, null, null);
        throw new AssertionError(feedback.withInput(toString.asString(smallest))
                .withReplay(replay(seed, examplesUsed)).block());
    }

    @Override
    public void valuesExhausted(int found) {
        throw new IllegalStateException(exercise.subject() + ": the generator gave only " + found
                + " usable examples of " + examples + "; the test itself needs fixing, not your code.");
    }

    private String replay(long seed, int examplesUsed) {
        return String.format("seed %d (first failure at example %d of %d, then shrunk to the input above); "
                + "the same seed draws the same inputs, so running this test again replays it", seed, examplesUsed, examples);
    }
}
