package org.chainrule.grader.intake;

import java.util.List;

/**
 * What the registry declares for one exercise, as far as untrusted code is concerned: where its
 * classes live, which classes a student writes, and which framework code those classes may use.
 *
 * @param id          the exercise id, {@code E01} … {@code E11}
 * @param packageName the exercise's package, e.g. {@code org.chainrule.exercises.gates}
 * @param title       the exercise's title, one line
 * @param classes     the student classes' simple names, e.g. {@code [AddGate, MulGate, MaxGate]}
 * @param allowed     framework packages or fully-qualified classes the student classes may use,
 *                    e.g. {@code [org.chainrule.core, org.chainrule.autograd]}
 * @param forbidden   methods of allowed classes that are the answer the exercise asks for by hand,
 *                    {@code Class#method}, e.g. {@code [org.chainrule.core.Tensor#matmul]}
 */
public record ExerciseDeclaration(String id, String packageName, String title, List<String> classes,
                                  List<String> allowed, List<String> forbidden) {

    /** Copies the lists, so a declaration never changes after the registry is read. */
    public ExerciseDeclaration {
        classes = List.copyOf(classes);
        allowed = List.copyOf(allowed);
        forbidden = List.copyOf(forbidden);
    }

    /** A declaration with nothing forbidden beyond the allow-list. */
    public ExerciseDeclaration(String id, String packageName, String title, List<String> classes, List<String> allowed) {
        this(id, packageName, title, classes, allowed, List.of());
    }

    /** The exercise's number as Gradescope numbers tests: {@code E02} → {@code 2}. */
    public int number() {
        return Integer.parseInt(id.substring(1));
    }

    /** {@code org.chainrule.exercises.gates} → {@code org/chainrule/exercises/gates}. */
    public String packagePath() {
        return packageName.replace('.', '/');
    }
}
