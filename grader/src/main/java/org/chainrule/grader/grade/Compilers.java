package org.chainrule.grader.grade;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chainrule.grader.ExerciseCompiler;

/**
 * One {@link ExerciseCompiler} per grading thread, kept for the whole run: a compiler's file
 * manager serves one compile at a time, and keeping it spares reopening the framework's jars for
 * every (submission, exercise). Closed together at the end.
 */
final class Compilers implements AutoCloseable {
    private final List<ExerciseCompiler> opened = new ArrayList<>();
    private final ThreadLocal<ExerciseCompiler> perThread = ThreadLocal.withInitial(this::open);

    /** The calling thread's compiler, opened on first use. */
    ExerciseCompiler ofThisThread() {
        return perThread.get();
    }

    private ExerciseCompiler open() {
        ExerciseCompiler compiler = ExerciseCompiler.open();
        synchronized (opened) {
            opened.add(compiler);
        }
        return compiler;
    }

    @Override
    public void close() throws IOException {
        synchronized (opened) {
            for (ExerciseCompiler compiler : opened) {
                compiler.close();
            }
            opened.clear();
        }
    }
}
