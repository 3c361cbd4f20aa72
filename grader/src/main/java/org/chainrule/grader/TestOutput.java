package org.chainrule.grader;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a test's code prints, kept per test and capped: installed as {@code System.out} and
 * {@code System.err} in the forked test JVM before any student class loads, so a student's
 * printing never reaches the JVM's own streams and a flood costs at most {@code cap} bytes.
 */
final class TestOutput extends OutputStream {
    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    private TestOutput(int cap) {
        this.cap = cap;
    }

    /** Replaces {@code System.out} and {@code System.err} with one capped capture. */
    static TestOutput install(int cap) {
        TestOutput output = new TestOutput(cap);
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        System.setOut(stream);
        System.setErr(stream);
        return output;
    }

    @Override
    public synchronized void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, Math.min(len, cap - kept.size()));
        kept.write(b, off, room);
        dropped += len - room;
    }

    /** Forgets what was printed so far (a new test starts). */
    synchronized void reset() {
        kept.reset();
        dropped = 0;
    }

    /** What was printed since {@link #reset()}, with a note when some was dropped. */
    synchronized String take() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n… (" + dropped + " more bytes printed; the grader keeps " + cap + " per test)";
        }
        reset();
        return text;
    }
}
