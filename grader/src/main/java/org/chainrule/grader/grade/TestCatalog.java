package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chainrule.grader.ClassPaths;
import org.chainrule.grader.CompileError;
import org.chainrule.grader.ExerciseCompiler;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.TestSuite;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * An exercise's graded tests, compiled once per grading run (against the stubs, whose signatures
 * are the handout's) and listed from their bytecode — every {@code @Test} method with its
 * {@code @Points} and {@code @DisplayName} — so each test is known, numbered and worth its points
 * before any student code runs, whatever then happens to the run.
 *
 * @param spec    the exercise
 * @param classes the compiled test classes (a folder)
 * @param tests   public test classes first, then hidden ones; methods in source order
 */
record TestCatalog(ExerciseSpec spec, Path classes, List<Entry> tests) {
    private static final String TEST = "Lorg/junit/jupiter/api/Test;";
    private static final String POINTS = "Lorg/chainrule/testkit/Points;";
    private static final String DISPLAY_NAME = "Lorg/junit/jupiter/api/DisplayName;";

    /**
     * One graded test.
     *
     * @param className   fully-qualified test class
     * @param method      the test method
     * @param displayName its description (or {@code method()} without one, as JUnit shows it)
     * @param points      its {@code @Points}
     * @param hidden      a {@code <Class>HiddenTest}
     */
    record Entry(String className, String method, String displayName, double points, boolean hidden) {
        String key() {
            return className + "#" + method;
        }

        String simpleClassName() {
            return className.substring(className.lastIndexOf('.') + 1);
        }
    }

    /** Compiles the stubs and the tests of {@code suite} into {@code work} with {@code compiler} and lists the tests. */
    static TestCatalog build(Course course, ExerciseSpec spec, TestSuite suite, ClassPaths classPaths, Path work,
                             ExerciseCompiler compiler) throws IOException {
        List<Path> stubs = new ArrayList<>();
        for (String name : spec.classes()) {
            stubs.add(course.stubs().resolve(spec.packagePath()).resolve(name + ".java"));
        }
        Path stubClasses = work.resolve("stub-classes");
        fail(spec, "stubs", compiler.compileAll(course.stubs(), stubs, classPaths.framework(), stubClasses));
        List<Path> roots = suite == TestSuite.ALL ? List.of(course.publicTests(), course.hiddenTests())
                : List.of(course.publicTests());
        List<Path> sources = sources(spec, roots, suite);
        List<Path> classPath = new ArrayList<>(List.of(stubClasses));
        classPath.addAll(classPaths.tests());
        Path testClasses = work.resolve("test-classes");
        fail(spec, "tests", compiler.compileAll(roots.get(0), sources, classPath, testClasses));
        return new TestCatalog(spec, testClasses, list(testClasses.resolve(spec.packagePath())));
    }

    /** The class files of the tests, by file name. */
    Map<String, byte[]> classFiles() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                files.put(classes.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    /** What all listed tests are worth. */
    double maxPoints() {
        return tests.stream().mapToDouble(Entry::points).sum();
    }

    private static void fail(ExerciseSpec spec, String what, List<CompileError> errors) {
        if (!errors.isEmpty()) {
            throw new IllegalStateException(spec.id() + ": the " + what + " do not compile, so nothing can be graded: "
                    + errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
    }

    private static List<Path> sources(ExerciseSpec spec, List<Path> roots, TestSuite suite) throws IOException {
        List<Path> tests = new ArrayList<>();
        for (Path root : roots) {
            Path dir = root.resolve(spec.packagePath());
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    // every source of the package: the tests and the helpers they share (e.g. GateChecks)
                    files.filter(f -> f.getFileName().toString().endsWith(".java"))
                            .filter(f -> suite == TestSuite.ALL || !f.getFileName().toString().endsWith("HiddenTest.java"))
                            .sorted().forEach(tests::add);
                }
            }
        }
        if (tests.isEmpty()) {
            throw new IllegalStateException(spec.id() + ": no tests under " + roots + " in " + spec.packagePath());
        }
        return tests;
    }

    private static List<Entry> list(Path packageDir) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(packageDir)) {
            files = all.filter(p -> p.getFileName().toString().matches("[A-Za-z0-9_]+Test\\.class")).toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path f : files) {
            entries.addAll(read(Files.readAllBytes(f)));
        }
        entries.sort(Comparator.comparing(Entry::hidden).thenComparing(Entry::className));
        return entries;
    }

    /** The {@code @Test} methods of one class, in class-file (source) order. */
    private static List<Entry> read(byte[] bytes) {
        ClassReader reader = new ClassReader(bytes);
        String className = reader.getClassName().replace('/', '.');
        boolean hidden = className.endsWith("HiddenTest");
        List<Entry> entries = new ArrayList<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                Object[] found = {false, 0.0, name + "()"};
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
                        if (desc.equals(TEST)) {
                            found[0] = true;
                        }
                        int slot = desc.equals(POINTS) ? 1 : desc.equals(DISPLAY_NAME) ? 2 : -1;
                        return slot < 0 ? null : new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String key, Object value) {
                                if (key.equals("value")) {
                                    found[slot] = slot == 1 ? ((Number) value).doubleValue() : value;
                                }
                            }
                        };
                    }

                    @Override
                    public void visitEnd() {
                        if ((boolean) found[0]) {
                            entries.add(new Entry(className, name, (String) found[2], (double) found[1], hidden));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_CODE);
        return entries;
    }
}
