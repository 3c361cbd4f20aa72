package org.chainrule.lab;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One walkthrough of the course, run by {@code ./chainrule demo NAME}: it prints what it does in
 * plain words and writes any pictures under {@link Context#outDir()}.
 */
interface Demo {

    /** The name typed after {@code demo}, e.g. {@code tensors}. */
    String name();

    /** One line for the demo list. */
    String summary();

    /** Whether the walkthrough writes files under {@link Context#outDir()} (then the folder is checked first). */
    default boolean writesFiles() {
        return true;
    }

    /**
     * Whether {@code --seed} changes anything: false for a walkthrough without a random start (it
     * then refuses {@code --seed} instead of ignoring it).
     */
    default boolean usesSeed() {
        return true;
    }

    /** Runs the walkthrough. */
    void run(Context context) throws Exception;

    /**
     * What a demo gets from the command line.
     *
     * @param out where to print the walkthrough
     * @param outDir where to write pictures ({@code out/} by default)
     * @param seed a seed given with {@code --seed}, or {@code null} for the demo's own default
     */
    record Context(PrintStream out, Path outDir, Long seed) {
    }
}
