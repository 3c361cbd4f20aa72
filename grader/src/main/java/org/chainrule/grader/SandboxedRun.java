package org.chainrule.grader;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one exercise's tests on untrusted code in a fresh, fenced JVM ({@link RunnerMain}):
 * <ul>
 *   <li>without network where Linux allows it (the {@code prefix}, e.g. {@code unshare -n});</li>
 *   <li>with {@code --limit-modules} to what the tests need (no compiler, JShell, HTTP client,
 *       management or attach API even exists in it), a heap and stack cap,
 *       {@code -XX:+DisableAttachMechanism}, {@code -XX:ActiveProcessorCount=1} (so {@code --jobs}
 *       decides the cores), no core dumps and a cap on file size;</li>
 *   <li>results come back on an inherited pipe: the child's descriptor 3, opened by
 *       {@link RunnerMain} before any test or student class loads; the child's own standard
 *       output and error go to a second pipe that the grader drains and caps;</li>
 *   <li>each test's printing is captured in the child and capped ({@code --capture});</li>
 *   <li>past the processor-time limit (what the JVM's threads used: an endless loop burns it,
 *       a busy shared machine does not) or the wall-clock limit (counted from the first test's
 *       start, as {@link ForkedRun} does), the whole process tree is killed and the tests that did
 *       not end are "not run: time limit".</li>
 * </ul>
 */
public final class SandboxedRun {
    /** The modules the exercises' tests need: JUnit logs through java.logging; the fast matmul uses the Vector API. */
    static final String MODULES = "java.base,java.logging,jdk.incubator.vector";
    /** Crash text kept from the child's own streams (the JVM's messages; student printing is captured per test). */
    private static final int STREAM_BYTES = 16_384;
    /** Records kept from the result channel; far above what a run of a few dozen tests sends. */
    private static final int MAX_RECORD_CHARS = 4_000_000;
    private static final long DRAIN_SECONDS = 5;
    /** The test JVM's young generation: a short run's garbage, collected often and cheaply. */
    static final int YOUNG_MEGABYTES = 12;

    private SandboxedRun() {
    }

    /** How often the child's processor time is read. */
    private static final long POLL_MILLIS = 100;

    /**
     * The limits of one run.
     *
     * @param processorTime  processor time the JVM may use, all its threads together
     * @param wallClock      wall-clock limit for the whole JVM (a backstop for code that waits)
     * @param heapMegabytes  {@code -Xmx}
     * @param stackKilobytes {@code -Xss}
     * @param capturedBytes  printing kept per test
     */
    public record Limits(Duration processorTime, Duration wallClock, int heapMegabytes, int stackKilobytes,
                         int capturedBytes) {
        /** 512 MB heap, a 1 MB stack (deep enough for a 10,000-node chain done iteratively), 16 KB printing per test. */
        public static Limits of(Duration processorTime, Duration wallClock) {
            return new Limits(processorTime, wallClock, 512, 1024, 16_384);
        }
    }

    /**
     * What a run gives back.
     *
     * @param tests   every planned test with its outcome
     * @param printed what each test printed, by {@code className#methodName}
     * @param problem why the tests could not all run, or empty
     * @param elapsed wall-clock time of the JVM
     * @param processorTime processor time the JVM used (read every {@value #POLL_MILLIS} ms while it ran)
     */
    public record Outcome(List<TestResult> tests, Map<String, String> printed, String problem, Duration elapsed,
                          Duration processorTime) {
        public Outcome {
            tests = List.copyOf(tests);
            printed = Map.copyOf(printed);
        }
    }

    /**
     * Runs the tests of {@code packageName} that {@code suite} selects.
     *
     * @param prefix    words before the command (e.g. {@code [unshare, -n]}), or empty
     * @param classPath the test JVM's class path: student classes, test classes, {@link ClassPaths#runner()}
     * @param workDir   the child's working folder and where its crash text is kept (created)
     */
    public static Outcome run(String packageName, TestSuite suite, List<Path> classPath, Limits limits, List<String> prefix,
                              Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("/bin/sh", "-c", "ulimit -c 0; ulimit -f 65536; exec \"$0\" \"$@\" 3>&1 1>&2"));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(limits, workDir));
        command.addAll(List.of("-cp", ClassPaths.join(classPath), RunnerMain.class.getName(),
                "--results", "/dev/fd/3", "--package", packageName, "--include", suite.classNamePattern(packageName),
                "--capture", String.valueOf(limits.capturedBytes())));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().put("LANG", "C.UTF-8");
        long start = System.nanoTime();
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        Thread results = daemon(() -> readRecords(process.getInputStream(), lines));
        ByteArrayOutputStream streams = new ByteArrayOutputStream();
        Thread drain = daemon(() -> drain(process.getErrorStream(), streams));
        Duration cpu = Duration.ZERO;
        String stop = "";
        long wallStart = 0;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            cpu = process.toHandle().info().totalCpuDuration().orElse(cpu);
            if (wallStart == 0 && started(lines)) {
                wallStart = System.nanoTime();
            }
            if (cpu.compareTo(limits.processorTime()) > 0) {
                stop = "time limit: the tests used more than " + limits.processorTime().toSeconds() + " s of processor time";
            } else if (wallStart != 0 && System.nanoTime() - wallStart > limits.wallClock().toNanos()) {
                stop = "time limit: the tests were stopped after " + limits.wallClock().toSeconds() + " s";
            } else if (wallStart == 0 && System.nanoTime() - start > ForkedRun.STARTUP_LIMIT.toNanos()) {
                stop = "time limit: the test JVM did not start its tests within " + ForkedRun.STARTUP_LIMIT.toSeconds() + " s";
            }
            if (!stop.isEmpty()) {
                ForkedRun.kill(process);
                break;
            }
        }
        boolean finished = stop.isEmpty();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        results.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
        drain.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
        Path output = workDir.resolve("jvm-output.txt");
        synchronized (streams) {
            Files.write(output, streams.toByteArray());
        }
        List<String> records;
        synchronized (lines) {
            records = List.copyOf(lines);
        }
        if (finished && process.exitValue() != 0 && !records.contains(Records.END)) {
            stop = "the test JVM stopped (exit code " + process.exitValue() + ")" + hint(streams);
        }
        for (String line : records) {
            List<String> f = Records.fields(line);
            if (f.get(0).equals(Records.CPU) && f.size() > 1 && f.get(1).matches("\\d+")) {
                cpu = Duration.ofMillis(Math.max(cpu.toMillis(), Long.parseLong(f.get(1))));
            }
        }
        ForkedRun.Outcome outcome = ForkedRun.read(records, stop, output);
        return new Outcome(outcome.tests(), printed(records), outcome.problem(), elapsed, cpu);
    }

    /** True once the runner reported a test's start (the wall clock counts from there: starting a JVM on a busy machine is not the student's time). */
    private static boolean started(List<String> lines) {
        synchronized (lines) {
            return lines.stream().anyMatch(l -> l.startsWith(Records.START + "\t") || l.equals(Records.END));
        }
    }

    /**
     * The test JVM's options. One job is one processor, so that {@code --jobs N} uses N:
     * {@code -XX:ActiveProcessorCount=1}, and the JIT compiles on the tests' own thread
     * ({@code -XX:-BackgroundCompilation}; otherwise its compiler thread keeps a third of a second
     * processor busy beside every job). Besides the limits, the options keep a short run cheap,
     * since a batch starts one JVM per (submission, exercise): the quick JIT only
     * ({@code TieredStopAtLevel=1}), the serial collector, and a small young generation
     * ({@value #YOUNG_MEGABYTES} MB; by default it is sized from the machine's memory, here over
     * 100 MB of fresh pages that a one-second run touches once and never reuses).
     */
    static List<String> jvmOptions(Limits limits, Path workDir) {
        return List.of("-XX:TieredStopAtLevel=1", "-XX:-BackgroundCompilation", "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:-UsePerfData", "-Xms" + 2 * YOUNG_MEGABYTES + "m", "-Xmn" + YOUNG_MEGABYTES + "m",
                "-Xmx" + limits.heapMegabytes() + "m", "-Xss" + limits.stackKilobytes() + "k",
                "-XX:MaxMetaspaceSize=256m", "-XX:+ExitOnOutOfMemoryError", "-XX:+DisableAttachMechanism", "-XX:ActiveProcessorCount=1",
                "-XX:ErrorFile=" + workDir.resolve("hs_err.log"), "--limit-modules", MODULES,
                "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + workDir);
    }

    /** Why a JVM died, when its own last words say so (an out-of-memory kill, a crash). */
    private static String hint(ByteArrayOutputStream streams) {
        String text;
        synchronized (streams) {
            text = streams.toString(StandardCharsets.UTF_8);
        }
        if (text.contains("OutOfMemoryError")) {
            return ": it ran out of memory (the heap is capped)";
        }
        return text.contains("StackOverflowError") ? ": the stack overflowed (unbounded recursion?)" : "";
    }

    /** OUTPUT records by {@code className#methodName} (the PLAN records name each id). */
    private static Map<String, String> printed(List<String> records) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        for (String line : records) {
            List<String> f = Records.fields(line);
            if (f.get(0).equals(Records.PLAN) && f.size() > 3) {
                names.put(f.get(1), f.get(2) + "#" + f.get(3));
            } else if (f.get(0).equals(Records.OUTPUT) && f.size() > 2 && names.containsKey(f.get(1)) && !f.get(2).isEmpty()) {
                printed.put(names.get(f.get(1)), f.get(2));
            }
        }
        return printed;
    }

    private static void readRecords(InputStream in, List<String> lines) {
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                chars += line.length();
                if (chars <= MAX_RECORD_CHARS) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            }
        } catch (IOException e) {
            // the child was killed mid-line: what arrived is kept
        }
    }

    private static void drain(InputStream in, ByteArrayOutputStream kept) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (kept) {
                    kept.write(buffer, 0, Math.max(0, Math.min(n, STREAM_BYTES - kept.size())));
                }
            }
        } catch (IOException e) {
            // the child was killed: what arrived is kept
        }
    }

    private static Thread daemon(Runnable body) {
        Thread thread = new Thread(body, "sandboxed-run-io");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
