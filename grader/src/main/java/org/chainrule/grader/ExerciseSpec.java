package org.chainrule.grader;

import java.util.List;

/**
 * One exercise as the registry ({@code exercises/registry.properties}) describes it.
 *
 * @param id {@code E01} … {@code E11}
 * @param packageName {@code org.chainrule.exercises.<topic>}
 * @param title one line, e.g. {@code Gates by hand: add distributes, mul swaps, max routes}
 * @param handouts paths relative to {@code exercises/}, English first, e.g. {@code handouts/E02-gates.md}
 * @param classes the student classes, simple names in {@link #packageName}
 * @param allowed framework packages or fully-qualified classes the student code may use
 * @param forbidden methods of allowed classes the exercise asks the student to write instead,
 *                  {@code Class#method}, e.g. {@code org.chainrule.core.Tensor#matmul}
 * @param publicPoints what the public tests ({@code <Class>Test}) are worth, e.g. 10
 * @param hiddenPoints what the hidden tests ({@code <Class>HiddenTest}) are worth, e.g. 5
 */
public record ExerciseSpec(String id, String packageName, String title, List<String> handouts, List<String> classes,
                           List<String> allowed, List<String> forbidden, double publicPoints, double hiddenPoints) {
    /** Where every exercise package lives. */
    public static final String PACKAGE_PREFIX = "org.chainrule.exercises.";

    public ExerciseSpec {
        handouts = List.copyOf(handouts);
        classes = List.copyOf(classes);
        allowed = List.copyOf(allowed);
        forbidden = List.copyOf(forbidden);
    }

    /** The last part of the package, e.g. {@code gates}; {@code check gates} means {@code check E02}. */
    public String topic() {
        return packageName.substring(PACKAGE_PREFIX.length());
    }

    /** The package as a relative folder, e.g. {@code org/chainrule/exercises/gates}. */
    public String packagePath() {
        return packageName.replace('.', '/');
    }

    /** The English handout, relative to the repository root, e.g. {@code exercises/handouts/E02-gates.md}. */
    public String handout() {
        return "exercises/" + handouts.get(0);
    }

    /** A student class's fully-qualified name, e.g. {@code org.chainrule.exercises.gates.MulGate}. */
    public String qualified(String simpleName) {
        return packageName + "." + simpleName;
    }
}
