package org.chainrule.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one exercise's compiled tests in a fresh JVM ({@link RunnerMain}) with a wall-clock time
 * limit, and reads back what each test did.
 *
 * <p>Every test is first reported as planned, so whatever happens later each one is listed: a
 * test that never ended is "not run" with the reason — the time limit (the whole process tree is
 * killed), or the JVM stopping early. The limit counts from the first test's start: starting a
 * JVM on a busy machine is not the student's time. The child's own output goes to {@code output.txt} in the work
 * folder, never mixed with the results.
 */
public final class ForkedRun {
    /** Options of the test JVM: quick to start for seconds of small tests; bounded memory. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Xmx512m", "-Xss4m", "-Djava.awt.headless=true");
    private static final int OUTPUT_TAIL = 2_000;
    /**
     * How long the test JVM may take to start and list its tests before the time limit starts:
     * a busy shared machine must not cost an honest submission its points, so starting up is
     * not counted against the exercise.
     */
    static final Duration STARTUP_LIMIT = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 25;

    private ForkedRun() {
    }

    /**
     * What a run gives back.
     *
     * @param tests every planned test with its outcome
     * @param problem why the tests could not all be run ("time limit …", "the test JVM stopped …"); empty if none
     */
    public record Outcome(List<TestResult> tests, String problem) {
        public Outcome {
            tests = List.copyOf(tests);
        }
    }

    /**
     * Runs the tests of {@code packageName} that {@code suite} selects.
     *
     * @param packageName the exercise's package
     * @param suite public tests only, or hidden too
     * @param classPath the test JVM's class path: student classes, test classes, {@link ClassPaths#runner()}
     * @param timeLimit wall-clock limit for the tests, from the first test's start
     * @param workDir where the results and the child's output are written (created)
     */
    public static Outcome run(String packageName, TestSuite suite, List<Path> classPath, Duration timeLimit, Path workDir)
            throws IOException, InterruptedException {
        return run(packageName, suite, classPath, timeLimit, workDir, List.of(), List.of());
    }

    /**
     * The same, with a command in front of {@code java} (e.g. {@code unshare -rn} for no network)
     * and JVM options after {@link #JVM_OPTIONS} (e.g. {@code -XX:ActiveProcessorCount=1}): what
     * grading untrusted code adds.
     *
     * @param prefix the command and arguments that start {@code java}, or none
     * @param jvmOptions more options for the test JVM, or none
     */
    public static Outcome run(String packageName, TestSuite suite, List<Path> classPath, Duration timeLimit, Path workDir,
                              List<String> prefix, List<String> jvmOptions) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path results = workDir.resolve("results.txt");
        Path output = workDir.resolve("output.txt");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", ClassPaths.join(classPath), RunnerMain.class.getName(),
                "--results", results.toString(), "--package", packageName,
                "--include", suite.classNamePattern(packageName)));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        String stop = waitFor(process, results, timeLimit);
        boolean finished = stop.isEmpty();
        List<String> lines = Files.exists(results) ? Files.readAllLines(results, StandardCharsets.UTF_8) : List.of();
        if (finished && process.exitValue() != 0 && !lines.contains(Records.END)) {
            stop = "the test JVM stopped (exit code " + process.exitValue() + ")";
        }
        return read(lines, stop, output);
    }

    /**
     * Waits for the test JVM: {@link #STARTUP_LIMIT} until its first test starts, then
     * {@code timeLimit} for the tests. Kills it at either limit.
     *
     * @return why it was stopped, or empty if it ended on its own
     */
    static String waitFor(Process process, Path results, Duration timeLimit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        boolean started = false;
        long seen = 0;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (!started && Files.exists(results) && Files.size(results) != seen) {
                seen = Files.size(results);
                String text = Files.readString(results, StandardCharsets.UTF_8);
                if (text.startsWith(Records.START) || text.contains("\n" + Records.START) || text.contains(Records.END)) {
                    started = true;
                    deadline = System.nanoTime() + timeLimit.toNanos();
                }
            }
            if (System.nanoTime() > deadline) {
                kill(process);
                return started ? "time limit: the tests were stopped after " + seconds(timeLimit)
                        : "time limit: the test JVM did not start its tests within " + seconds(STARTUP_LIMIT)
                        + " (a static initializer that never ends?)";
            }
        }
        return "";
    }

    /** Kills {@code process} and everything it started. */
    static void kill(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
    }

    /** The tests from the records; those without an end get the reason {@code stop}. */
    static Outcome read(List<String> lines, String stop, Path output) throws IOException {
        Map<String, TestResult> tests = new LinkedHashMap<>();
        Map<String, String> broken = new LinkedHashMap<>();
        String running = null;
        boolean ended = false;
        for (String line : lines) {
            List<String> f = Records.fields(line);
            switch (f.get(0)) {
                case Records.PLAN -> tests.put(f.get(1), new TestResult(f.get(2), f.get(3), f.get(5),
                        Double.parseDouble(f.get(4)), TestResult.Status.NOT_RUN, "not run"));
                case Records.START -> running = f.get(1);
                case Records.DONE -> {
                    tests.computeIfPresent(f.get(1), (k, t) -> t.with(TestResult.Status.valueOf(f.get(2)), f.get(3)));
                    running = null;
                }
                case Records.BROKEN -> broken.put(f.get(1), f.get(2));
                case Records.END -> ended = true;
                default -> {
                    // a partial last line of a killed JVM: ignored
                }
            }
        }
        String problem = stop;
        if (!ended && problem.isEmpty()) {
            problem = "the test JVM stopped before all tests ended";
        }
        if (tests.isEmpty() && (!problem.isEmpty() || !broken.isEmpty())) {
            problem = (problem.isEmpty() ? "no test could run" : problem) + brokenText(broken) + tail(output);
        }
        List<TestResult> out = new ArrayList<>();
        for (Map.Entry<String, TestResult> e : tests.entrySet()) {
            TestResult t = e.getValue();
            if (t.status() == TestResult.Status.NOT_RUN) {
                String container = broken.keySet().stream().filter(e.getKey()::startsWith).findFirst().orElse(null);
                if (container != null) {
                    t = t.with(TestResult.Status.FAILED, broken.get(container));
                } else if (e.getKey().equals(running)) {
                    t = t.with(TestResult.Status.FAILED, problem.startsWith("time limit")
                            ? problem + " while this test was running (an endless loop?)"
                            : problem + " while this test was running");
                } else {
                    t = t.with(TestResult.Status.NOT_RUN, "not run: " + problem);
                }
            }
            out.add(t);
        }
        return new Outcome(out, problem);
    }

    private static String brokenText(Map<String, String> broken) {
        return broken.isEmpty() ? "" : ": " + String.join("; ", broken.values());
    }

    private static String tail(Path output) throws IOException {
        if (!Files.exists(output)) {
            return "";
        }
        byte[] bytes;
        try (var file = new java.io.RandomAccessFile(output.toFile(), "r")) {
            long start = Math.max(0, file.length() - 4L * OUTPUT_TAIL);
            bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
        }
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        return System.lineSeparator() + "its output ended with:" + System.lineSeparator()
                + (text.length() > OUTPUT_TAIL ? "… " + text.substring(text.length() - OUTPUT_TAIL) : text);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
