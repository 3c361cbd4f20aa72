package org.chainrule.grader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What an exercise's compiled student code may call: the registry's {@code allowed} framework
 * packages and classes, minus its {@code forbidden} methods, plus the JDK basics.
 *
 * <p>The grader refuses code that breaks the policy; {@code chainrule check} shows the same
 * findings as warnings. The policy itself is a separate piece of the grader, found with
 * {@link ServiceLoader}; without one installed, {@link #installed()} finds nothing.
 */
public interface CodePolicy {
    /**
     * Reviews the compiled student classes of one exercise.
     *
     * @param spec the exercise (its allowed and forbidden lists)
     * @param classes the folder holding the student's compiled classes
     * @return one line per breach, naming the class, method, line and call; empty if none
     */
    List<String> review(ExerciseSpec spec, Path classes) throws IOException;

    /** The policy installed on the class path, or one that finds nothing. */
    static CodePolicy installed() {
        return ServiceLoader.load(CodePolicy.class).findFirst().orElse((spec, classes) -> List.of());
    }
}
