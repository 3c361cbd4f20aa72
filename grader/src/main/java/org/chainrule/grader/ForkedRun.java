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
 * killed), or the JVM stopping early. The child's own output goes to {@code output.txt} in the work
 * folder, never mixed with the results.
 */
public final class ForkedRun {
    /** Options of the test JVM: quick to start for seconds of small tests; bounded memory. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Xmx512m", "-Xss4m", "-Djava.awt.headless=true");
    private static final int OUTPUT_TAIL = 2_000;

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
     * @param timeLimit wall-clock limit for the whole JVM
     * @param workDir where the results and the child's output are written (created)
     */
    public static Outcome run(String packageName, TestSuite suite, List<Path> classPath, Duration timeLimit, Path workDir)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path results = workDir.resolve("results.txt");
        Path output = workDir.resolve("output.txt");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", ClassPaths.join(classPath), RunnerMain.class.getName(),
                "--results", results.toString(), "--package", packageName,
                "--include", suite.classNamePattern(packageName)));
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            kill(process);
        }
        List<String> lines = Files.exists(results) ? Files.readAllLines(results, StandardCharsets.UTF_8) : List.of();
        String stop = finished ? "" : "time limit: the tests were stopped after " + seconds(timeLimit);
        if (finished && process.exitValue() != 0 && !lines.contains(Records.END)) {
            stop = "the test JVM stopped (exit code " + process.exitValue() + ")";
        }
        return read(lines, stop, output);
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
        if (tests.isEmpty() && !problem.isEmpty() || tests.isEmpty() && !broken.isEmpty()) {
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
