package org.chainrule.grader.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chainrule.grader.intake.ExerciseDeclaration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BytecodePolicyTest {
    private static final ExerciseDeclaration GATES = new ExerciseDeclaration("E02", "org.chainrule.exercises.gates",
            "Gates", List.of("AddGate", "MulGate", "MaxGate"), List.of("org.chainrule.core"));
    private static final String MUL_GATE = "org/chainrule/exercises/gates/MulGate.java";

    private static final String JVM = "ending or steering the JVM is not allowed";
    private static final String PROCESSES = "starting or inspecting processes is not allowed";
    private static final String THREADS = "threads, executors and parallel streams are not allowed";
    private static final String SETTINGS = "the JVM's settings and environment are not an exercise's business";
    private static final String STREAMS = "replacing or reading the standard streams is not allowed";
    private static final String FILES = "files, resources and I/O are not allowed";
    private static final String REFLECTION = "reflection is not allowed";
    private static final String HANDLES = "method handles are not allowed";
    private static final String LOADERS = "class loaders are not allowed";
    private static final String STACK = "stack traces are not allowed";
    private static final String RANDOM = "random numbers outside the framework's seeded Rng";

    @TempDir
    Path tmp;

    @TempDir
    static Path cases;

    /** The messages of every case class, compiled together once (javac is slow to start). */
    private static final Map<String, List<String>> CASE_MESSAGES = new TreeMap<>();

    /** {@code body} sits on line 5 of {@code <name>.backward}; {@code members} on line 8. */
    private static String gate(String name, String body, String members) {
        return String.join("\n",
                "package org.chainrule.exercises.gates;",
                "",
                "public final class " + name + " {",
                "    public static Object backward() throws Exception {",
                "        if (true) { " + body + " }",
                "        return null;",
                "    }",
                "    " + members,
                "}", "");
    }

    private static String mulGate(String body, String members) {
        return gate("MulGate", body, members);
    }

    private List<Violation> check(ExerciseDeclaration exercise, Map<String, String> sources) throws Exception {
        return new BytecodePolicy(exercise, getClass().getClassLoader()).check(Javac.compile(tmp, sources));
    }

    private List<String> messages(String body, String members) throws Exception {
        return check(GATES, Map.of(MUL_GATE, mulGate(body, members))).stream().map(Violation::message).toList();
    }

    /** Each forbidden call in class {@code CallNN}, each forbidden declaration in {@code DeclNN}. */
    @BeforeAll
    static void compileCases() throws Exception {
        Map<String, String> sources = new TreeMap<>();
        List<String> names = new ArrayList<>();
        List<Arguments> calls = forbiddenCalls().toList();
        for (int i = 0; i < calls.size(); i++) {
            String name = String.format("Call%02d", i);
            names.add(name);
            sources.put("org/chainrule/exercises/gates/" + name + ".java", gate(name, (String) calls.get(i).get()[0], ""));
        }
        List<Arguments> declarations = forbiddenDeclarations().toList();
        for (int i = 0; i < declarations.size(); i++) {
            String name = String.format("Decl%02d", i);
            names.add(name);
            sources.put("org/chainrule/exercises/gates/" + name + ".java", gate(name, "", (String) declarations.get(i).get()[0]));
        }
        ExerciseDeclaration all = new ExerciseDeclaration("E02", GATES.packageName(), "", names, GATES.allowed());
        for (Violation v : new BytecodePolicy(all, BytecodePolicyTest.class.getClassLoader()).check(Javac.compile(cases, sources))) {
            String top = v.className().split("[.$]")[0];
            CASE_MESSAGES.computeIfAbsent(top, k -> new ArrayList<>()).add(v.message());
        }
    }

    private static int caseIndex(Stream<Arguments> cases, Object first) {
        List<Arguments> all = cases.toList();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).get()[0].equals(first)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no case " + first);
    }

    static Stream<Arguments> forbiddenCalls() {
        return Stream.of(
                Arguments.of("System.exit(1);", "calls java.lang.System.exit(int)", JVM),
                Arguments.of("Runtime.getRuntime().halt(0);", "calls java.lang.Runtime.getRuntime()", JVM),
                Arguments.of("return ProcessHandle.current().pid();", "calls java.lang.ProcessHandle.current()", PROCESSES),
                Arguments.of("new ProcessBuilder(\"ls\").start();", "creates java.lang.ProcessBuilder", PROCESSES),
                Arguments.of("new Thread(() -> { }).start();", "creates java.lang.Thread", THREADS),
                Arguments.of("java.util.concurrent.Executors.newFixedThreadPool(2);",
                        "calls java.util.concurrent.Executors.newFixedThreadPool(int)", THREADS),
                Arguments.of("return java.util.List.of(1, 2).parallelStream().count();",
                        "calls java.util.Collection.parallelStream()", THREADS),
                Arguments.of("return java.util.stream.IntStream.range(0, 3).parallel().sum();",
                        "calls java.util.stream.IntStream.parallel()", THREADS),
                Arguments.of("java.util.Arrays.parallelSort(new int[3]);", "calls java.util.Arrays.parallelSort(int[])", THREADS),
                Arguments.of("synchronized (Object.class) { Object.class.wait(); }", "calls java.lang.Object.wait()", THREADS),
                Arguments.of("return System.getProperties();", "calls java.lang.System.getProperties()", SETTINGS),
                Arguments.of("System.setProperty(\"a\", \"b\");", "calls java.lang.System.setProperty(String, String)", SETTINGS),
                Arguments.of("return System.getenv(\"HOME\");", "calls java.lang.System.getenv(String)", SETTINGS),
                Arguments.of("return Integer.getInteger(\"x\");", "calls java.lang.Integer.getInteger(String)", SETTINGS),
                Arguments.of("java.util.Locale.setDefault(java.util.Locale.ROOT);",
                        "calls java.util.Locale.setDefault(Locale)", SETTINGS),
                Arguments.of("System.setOut(System.err);", "calls java.lang.System.setOut(PrintStream)", STREAMS),
                Arguments.of("return System.in.read();", "reads field java.lang.System.in", STREAMS),
                Arguments.of("return java.nio.file.Files.readString(java.nio.file.Path.of(\"x\"));",
                        "calls java.nio.file.Path.of(String, String[])", FILES),
                Arguments.of("return new java.io.File(\"x\").delete();", "creates java.io.File", FILES),
                Arguments.of("return java.io.File.separator;", "reads field java.io.File.separator", FILES),
                Arguments.of("return java.nio.charset.StandardCharsets.UTF_8;",
                        "reads field java.nio.charset.StandardCharsets.UTF_8", FILES),
                Arguments.of("return new java.net.Socket(\"localhost\", 80);", "creates java.net.Socket",
                        "network access is not allowed"),
                Arguments.of("return Object.class.getDeclaredFields();", "calls java.lang.Class.getDeclaredFields()", REFLECTION),
                Arguments.of("return Class.forName(\"java.lang.Runtime\");", "calls java.lang.Class.forName(String)", REFLECTION),
                Arguments.of("return java.lang.invoke.MethodHandles.lookup();",
                        "calls java.lang.invoke.MethodHandles.lookup()", HANDLES),
                Arguments.of("return ClassLoader.getSystemClassLoader();",
                        "calls java.lang.ClassLoader.getSystemClassLoader()", LOADERS),
                Arguments.of("return Object.class.getResourceAsStream(\"MulGateHiddenTest.class\");",
                        "calls java.lang.Class.getResourceAsStream(String)", FILES),
                Arguments.of("return StackWalker.getInstance();", "calls java.lang.StackWalker.getInstance()", STACK),
                Arguments.of("return new IllegalStateException().getStackTrace();",
                        "calls java.lang.Throwable.getStackTrace()", STACK),
                Arguments.of("new RuntimeException().printStackTrace();", "calls java.lang.Throwable.printStackTrace()", STACK),
                Arguments.of("return sun.misc.Unsafe.class;", "loads the class constant sun.misc.Unsafe",
                        "Unsafe and JDK internals are not allowed"),
                Arguments.of("new java.io.ObjectOutputStream(null);", "creates java.io.ObjectOutputStream",
                        "serialization is not allowed"),
                Arguments.of("return jdk.jshell.JShell.create();", "calls jdk.jshell.JShell.create()",
                        "JShell, compilers and other tools are not allowed"),
                Arguments.of("return java.util.spi.ToolProvider.findFirst(\"javac\");",
                        "calls java.util.spi.ToolProvider.findFirst(String)", "JShell, compilers and other tools"),
                Arguments.of("java.util.function.IntConsumer c = System::exit; return c;",
                        "calls java.lang.System.exit(int)", JVM),
                Arguments.of("java.util.function.Supplier<Thread> s = Thread::new; return s;", "creates java.lang.Thread", THREADS),
                Arguments.of("return Math.random();", "calls java.lang.Math.random()", RANDOM),
                Arguments.of("return new java.util.Random(1).nextInt();", "creates java.util.Random", RANDOM),
                Arguments.of("try { return 1; } catch (java.io.UncheckedIOException e) { return 2; }",
                        "catches java.io.UncheckedIOException", FILES),
                Arguments.of("return org.chainrule.testkit.Theories.qt();", "calls org.chainrule.testkit.Theories.qt()",
                        "test-framework classes are not an exercise's business"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("forbiddenCalls")
    void eachForbiddenCallIsRefusedNamingClassMethodLineAndCall(String body, String what, String reason) {
        String name = String.format("Call%02d", caseIndex(forbiddenCalls(), body));
        assertThat(CASE_MESSAGES.get(name)).as(body).anySatisfy(m -> assertThat(m)
                .startsWith(name + ".backward (" + name + ".java:5): " + what + " — " + reason));
    }

    @Test
    void theExactMessageForSystemExit() throws Exception {
        assertThat(messages("System.exit(0);", "")).containsExactly(
                "MulGate.backward (MulGate.java:5): calls java.lang.System.exit(int) — ending or steering the JVM is not "
                        + "allowed: the grader would lose every result");
    }

    static Stream<Arguments> forbiddenDeclarations() {
        return Stream.of(
                Arguments.of("static class Worker extends Thread { }", "MulGate.Worker.(class)", "extends java.lang.Thread", THREADS),
                Arguments.of("static class Loader extends ClassLoader { }", "MulGate.Loader.(class)",
                        "extends java.lang.ClassLoader", LOADERS),
                Arguments.of("static class Saved implements java.io.Serializable { }", "MulGate.Saved.(class)",
                        "implements java.io.Serializable", "serialization is not allowed"),
                Arguments.of("static native void boom();", "MulGate.boom", "declares a native method",
                        "native code (JNI) is not allowed"),
                Arguments.of("protected void finalize() { }", "MulGate.finalize", "declares finalize()", "finalizers"),
                Arguments.of("static Thread worker;", "MulGate.(class)", "declares field worker of type java.lang.Thread", THREADS),
                Arguments.of("static class Oops extends RuntimeException { void show() { printStackTrace(); } }",
                        "MulGate.Oops.show", "calls java.lang.Throwable.printStackTrace()", STACK));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("forbiddenDeclarations")
    void forbiddenDeclarationsAreRefused(String members, String where, String what, String reason) {
        String name = String.format("Decl%02d", caseIndex(forbiddenDeclarations(), members));
        assertThat(CASE_MESSAGES.get(name)).as(members)
                .anySatisfy(m -> assertThat(m).startsWith(where.replace("MulGate", name)).contains(what + " — " + reason));
    }

    @Test
    void extraTopLevelClassesAndOtherExercisesAreRefused() throws Exception {
        String source = mulGate("return new Sneaky();", "") + "class Sneaky { }\n";
        List<String> messages = check(GATES, Map.of(MUL_GATE, source)).stream().map(Violation::message).toList();
        assertThat(messages).contains(
                "Sneaky.(class) (MulGate.java): is compiled as org.chainrule.exercises.gates.Sneaky — not one of E02's "
                        + "classes (AddGate, MulGate, MaxGate): an exercise uses only its own classes and the framework",
                "MulGate.backward (MulGate.java:5): creates org.chainrule.exercises.gates.Sneaky — not one of E02's "
                        + "classes (AddGate, MulGate, MaxGate): an exercise uses only its own classes and the framework");
    }

    @Test
    void theFrameworkIsAllowedOnlyAsTheRegistryLists() throws Exception {
        String body = "return org.chainrule.core.Tensor.of(1, 2).add(org.chainrule.core.Tensor.scalar(1)).shape();";
        assertThat(messages(body, "")).isEmpty();
        ExerciseDeclaration onlyShape = new ExerciseDeclaration("E02", GATES.packageName(), "", GATES.classes(),
                List.of("org.chainrule.core.Shape"));
        List<String> messages = check(onlyShape, Map.of(MUL_GATE, mulGate(body, ""))).stream().map(Violation::message).toList();
        assertThat(messages).first().asString().isEqualTo("MulGate.backward (MulGate.java:5): calls "
                + "org.chainrule.core.Tensor.of(double[]) — E02 may use only org.chainrule.core.Shape from the framework");
        assertThat(messages).noneMatch(m -> m.contains("Tensor.shape()") && !m.contains("org.chainrule.core.Tensor."));
    }

    @Test
    void aForbiddenFrameworkMethodIsRefusedEvenThoughItsClassIsAllowed() throws Exception {
        ExerciseDeclaration byHand = new ExerciseDeclaration("E01", GATES.packageName(), "", GATES.classes(),
                List.of("org.chainrule.core"), List.of("org.chainrule.core.Tensor#matmul"));
        String body = "org.chainrule.core.Tensor a = org.chainrule.core.Tensor.of(1, 2); return a.add(a).matmul(a);";
        List<String> messages = check(byHand, Map.of(MUL_GATE, mulGate(body, ""))).stream().map(Violation::message).toList();
        assertThat(messages).containsExactly("MulGate.backward (MulGate.java:5): calls org.chainrule.core.Tensor.matmul(Tensor)"
                + " — E01 asks you to write this yourself: org.chainrule.core.Tensor.matmul is the answer the exercise is about");
    }

    @Test
    void honestCodeWithRecordsLambdasConcatenationMathCollectionsAndStreamsPasses() throws Exception {
        String gate = String.join("\n",
                "package org.chainrule.exercises.gates;",
                "import java.util.*;",
                "import java.util.function.*;",
                "import java.util.stream.*;",
                "import org.chainrule.core.Tensor;",
                "public record MulGate(double a, double b) implements Comparable<MulGate> {",
                "    enum Side { LEFT, RIGHT }",
                "    static final class Oops extends IllegalArgumentException {",
                "        Oops(String m) { super(m); }",
                "        String twice() { return getMessage() + getMessage(); }",
                "    }",
                "    public MulGate {",
                "        if (Double.isNaN(a)) throw new Oops(\"a is \" + a + \", b is \" + b);",
                "        Objects.requireNonNull(Side.LEFT);",
                "    }",
                "    public double forward() { return StrictMath.exp(Math.log(Math.abs(a))) * b; }",
                "    public List<Double> backward(double upstream) {",
                "        List<Double> out = new ArrayList<>(List.of(upstream * b, upstream * a));",
                "        Map<String, Integer> counts = new TreeMap<>(Comparator.reverseOrder());",
                "        counts.merge(\"x\", 1, Integer::sum);",
                "        for (Map.Entry<String, Integer> e : counts.entrySet()) { out.add((double) e.getValue()); }",
                "        Function<Double, Double> twice = x -> 2 * x;",
                "        DoubleUnaryOperator neg = x -> -x;",
                "        double sum = out.stream().map(twice).mapToDouble(Double::doubleValue).map(neg).sum();",
                "        String joined = IntStream.range(0, 3).mapToObj(Integer::toString).collect(Collectors.joining(\",\"));",
                "        StringBuilder sb = new StringBuilder(joined).append(sum).reverse();",
                "        Optional<Double> max = out.stream().max(Double::compare);",
                "        double[] copy = new double[] {1, 2}.clone();",
                "        Arrays.sort(copy);",
                "        Side side = a > b ? Side.LEFT : Side.RIGHT;",
                "        switch (side) { case LEFT -> out.add(1.0); case RIGHT -> out.add(0.0); }",
                "        String kind = switch (joined) { case \"0,1,2\" -> \"ok\"; default -> \"no\"; };",
                "        if (sb.length() < 0 || max.isEmpty() || kind.isEmpty()) { System.out.println(\"debug \" + sb + getClass().getSimpleName()); }",
                "        System.err.printf(\"%.3f%n\", String.format(Locale.ROOT, \"%s\", Tensor.scalar(a)).length() * 1.0);",
                "        Iterator<Double> it = new ArrayDeque<>(out).iterator();",
                "        Runnable r = new Runnable() { public void run() { it.hasNext(); } };",
                "        r.run();",
                "        try { Integer.parseInt(\"x\"); } catch (NumberFormatException | ArithmeticException e) { out.add(-1.0); }",
                "        return Collections.unmodifiableList(out);",
                "    }",
                "    @Override public int compareTo(MulGate o) { return Double.compare(a, o.a); }",
                "}", "");
        assertThat(check(GATES, Map.of(MUL_GATE, gate))).isEmpty();
    }
}
