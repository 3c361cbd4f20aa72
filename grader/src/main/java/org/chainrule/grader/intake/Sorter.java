package org.chainrule.grader.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, file by file, what a submission contributes: a declared student class (kept), or a
 * reason to leave the file out. A class counts by its {@code package} line and file name, never
 * by the folder it sits in, so a whole repository, a source tree and flat files all work.
 */
final class Sorter {
    /** Package prefixes of code a submission must never replace, and whose it is. */
    private static final Map<String, String> SHADOWED = new LinkedHashMap<>();

    static {
        for (String p : List.of("java.", "javax.", "jdk.", "sun.", "com.sun.")) {
            SHADOWED.put(p, "the JDK");
        }
        for (String p : List.of("org.junit.", "org.opentest4j.", "org.apiguardian.")) {
            SHADOWED.put(p, "JUnit");
        }
        for (String p : List.of("org.quicktheories.", "org.assertj.", "org.chainrule.testkit.")) {
            SHADOWED.put(p, "the test libraries");
        }
        SHADOWED.put("org.chainrule.grader.", "the grader");
    }

    private final List<ExerciseDeclaration> exercises;

    Sorter(List<ExerciseDeclaration> exercises) {
        this.exercises = exercises;
    }

    /** A declared class found in the submission, before duplicates are resolved. */
    record Candidate(ExerciseDeclaration exercise, String className, SubmittedFile file) {
    }

    /** Sorts {@code files}: candidates into {@code kept} (one per class), the rest into {@code ignored}. */
    void sort(List<SubmittedFile> files, List<Candidate> kept, List<IgnoredFile> ignored) {
        Map<String, List<Candidate>> byClass = new LinkedHashMap<>();
        for (SubmittedFile file : files) {
            String reason = file.isJava() ? javaReason(file, byClass) : otherReason(file);
            if (reason != null) {
                ignored.add(new IgnoredFile(file.path(), reason));
            }
        }
        for (List<Candidate> copies : byClass.values()) {
            List<Candidate> ranked = new ArrayList<>(copies);
            ranked.sort(Comparator.comparingInt(Sorter::rank)
                    .thenComparingInt(c -> c.file().path().length())
                    .thenComparing(c -> c.file().path()));
            kept.add(ranked.get(0));
            for (Candidate other : ranked.subList(1, ranked.size())) {
                ignored.add(new IgnoredFile(other.file().path(), "another copy of " + other.exercise().id() + " "
                        + other.className() + "; the grader kept " + ranked.get(0).file().path()));
            }
        }
        kept.sort(Comparator.comparing((Candidate c) -> c.exercise().id())
                .thenComparingInt(c -> c.exercise().classes().indexOf(c.className())));
    }

    /** Lower is better: the stub's own place, then a matching package folder, then anywhere. */
    private static int rank(Candidate c) {
        String tail = c.exercise().packagePath() + "/" + c.className() + ".java";
        if (c.file().path().endsWith("exercises/src/main/java/" + tail) || c.file().path().equals("exercises/src/main/java/" + tail)) {
            return 0;
        }
        return c.file().path().endsWith(tail) ? 1 : 2;
    }

    private static String otherReason(SubmittedFile file) {
        String name = file.name();
        if (file.path().contains("META-INF/services/")) {
            return "a service registration: it could load code no test asked for; the grader never reads it";
        }
        if (name.equals("junit-platform.properties")) {
            return "a JUnit configuration file: the grader configures JUnit itself";
        }
        if (name.equals("pom.xml") || name.startsWith("build.gradle") || name.startsWith("settings.gradle")
                || name.startsWith("mvnw")) {
            return "a build file: the grader compiles with its own settings, never with yours";
        }
        if (name.endsWith(".class") || name.endsWith(".jar")) {
            return "compiled code: the grader compiles your sources itself";
        }
        if (name.endsWith(".zip")) {
            return "an archive inside the submission: not unpacked (upload the zip itself, or its files)";
        }
        return "not a Java source: not graded";
    }

    private String javaReason(SubmittedFile file, Map<String, List<Candidate>> byClass) {
        String simple = file.name().substring(0, file.name().length() - ".java".length());
        String pkg = PackageLine.of(file.content());
        if (pkg == null) {
            return "its package line cannot be read; exercise classes start with 'package org.chainrule.exercises.<topic>;'";
        }
        String qualified = pkg.isEmpty() ? simple : pkg + "." + simple;
        for (Map.Entry<String, String> shadow : SHADOWED.entrySet()) {
            if ((pkg + ".").startsWith(shadow.getKey())) {
                return "would shadow " + qualified + " of " + shadow.getValue() + ": refused";
            }
        }
        if (file.path().contains("src/test/") || simple.endsWith("Test") || simple.endsWith("Tests")) {
            return "a test class: the grader runs its own tests, never submitted ones";
        }
        ExerciseDeclaration home = exerciseWithPackage(pkg);
        if (home != null) {
            if (!home.classes().contains(simple)) {
                return simple + " is not one of " + home.id() + "'s classes (" + String.join(", ", home.classes())
                        + "): only those are graded, so put helper code inside one of them";
            }
            byClass.computeIfAbsent(qualified, k -> new ArrayList<>()).add(new Candidate(home, simple, file));
            return null;
        }
        ExerciseDeclaration owner = exerciseWithClass(simple);
        if (owner != null) {
            return (pkg.isEmpty() ? "has no package line" : "declares package " + pkg) + ", but " + owner.id() + "'s "
                    + simple + " belongs in package " + owner.packageName() + ": move it there";
        }
        if (pkg.startsWith("org.chainrule.")) {
            return "would shadow the framework class " + qualified + ": the grader always uses its own framework";
        }
        return "not one of the exercises' classes (" + (pkg.isEmpty() ? "no package" : "package " + pkg) + "): not graded";
    }

    private ExerciseDeclaration exerciseWithPackage(String pkg) {
        return exercises.stream().filter(e -> e.packageName().equals(pkg)).findFirst().orElse(null);
    }

    private ExerciseDeclaration exerciseWithClass(String simple) {
        return exercises.stream().filter(e -> e.classes().contains(simple)).findFirst().orElse(null);
    }
}
