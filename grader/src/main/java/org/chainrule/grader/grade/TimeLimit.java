package org.chainrule.grader.grade;

import java.time.Duration;
import org.chainrule.grader.SandboxedRun;

/**
 * How long one exercise's tests may run: a processor-time limit (what an endless loop burns) and a
 * wall-clock backstop (for code that waits), both from the reference solution's own time —
 * {@code max(10 s, 5 × reference)} — the wall clock three times that again, because a slow,
 * shared machine must not fail an honest submission.
 *
 * @param processorTime the processor time the test JVM may use
 * @param wallClock     the wall-clock time it may take
 */
public record TimeLimit(Duration processorTime, Duration wallClock) {
    /** The least limit, whatever the reference took. */
    public static final Duration FLOOR = Duration.ofSeconds(10);
    /** How many times the reference's time an exercise may take. */
    public static final int FACTOR = 5;
    /** The wall clock's extra margin over the processor-time limit, for a busy machine. */
    public static final int WALL_MARGIN = 3;

    /** From the reference's processor time and wall-clock time. */
    public static TimeLimit calibrated(Duration referenceProcessor, Duration referenceWall) {
        return new TimeLimit(times(referenceProcessor), times(referenceWall).multipliedBy(WALL_MARGIN));
    }

    /** A fixed limit: {@code seconds} of processor time, three times that of wall clock. */
    public static TimeLimit fixed(Duration processorTime) {
        return new TimeLimit(processorTime, processorTime.multipliedBy(WALL_MARGIN));
    }

    /** The sandbox's limits with these times. */
    SandboxedRun.Limits limits() {
        return SandboxedRun.Limits.of(processorTime, wallClock);
    }

    /** {@code E01 12 s (wall 90 s)}. */
    String describe(String id) {
        return id + " " + processorTime.toSeconds() + " s (wall " + wallClock.toSeconds() + " s)";
    }

    private static Duration times(Duration reference) {
        long seconds = (long) Math.ceil(FACTOR * reference.toMillis() / 1000.0);
        return Duration.ofSeconds(Math.max(FLOOR.toSeconds(), seconds));
    }
}
