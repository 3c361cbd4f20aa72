package org.chainrule.grader;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.chainrule.testkit.Points;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The forked test JVM's main: runs one exercise's tests on the JUnit Platform and reports each
 * test on the result channel.
 * <pre>
 *   java -cp ... org.chainrule.grader.RunnerMain --results FILE --package PKG --include REGEX [--capture BYTES]
 * </pre>
 * With {@code --capture}, {@code System.out} and {@code System.err} are replaced (before any test
 * or student class loads) by a {@link TestOutput} that keeps at most BYTES of each test's printing
 * and sends it as an OUTPUT record: the grader shows it per test and a flood goes nowhere.
 * In order: open the channel (before any test or student class loads); discover the tests with
 * the Jupiter engine only (no engine, listener or filter registers itself from the class path; no
 * {@code junit-platform.properties} or system property changes the run); send every test as
 * planned; run them, sending each start and end; send END and exit.
 */
public final class RunnerMain {
    private static final int MAX_MESSAGE = 8_000;

    private RunnerMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean capture = args.length == 8 && args[6].equals("--capture");
        if (args.length != 6 && !capture || !args[0].equals("--results") || !args[2].equals("--package")
                || !args[4].equals("--include")) {
            System.err.println("usage: RunnerMain --results FILE --package PACKAGE --include CLASS_NAME_REGEX [--capture BYTES]");
            System.exit(2);
        }
        try (ResultChannel channel = ResultChannel.open(Path.of(args[1]))) {
            TestOutput output = capture ? TestOutput.install(Integer.parseInt(args[7])) : null;
            run(channel, args[3], args[5], output);
            channel.send(Records.CPU, String.valueOf(ProcessHandle.current().info().totalCpuDuration()
                    .map(java.time.Duration::toMillis).orElse(0L)));
            channel.send(Records.END);
        }
        System.exit(0);     // also ends threads a student's code left running
    }

    private static void run(ResultChannel channel, String packageName, String include, TestOutput output) {
        LauncherConfig config = LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .build();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage(packageName))
                .filters(ClassNameFilter.includeClassNamePatterns(include))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "false")
                .build();
        Launcher launcher = LauncherFactory.create(config);
        TestPlan plan = launcher.discover(request);
        Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
        while (!todo.isEmpty()) {
            TestIdentifier id = todo.pop();
            if (id.isTest()) {
                plan(channel, id);
            }
            todo.addAll(plan.getChildren(id));
        }
        launcher.execute(LauncherExecutionRequestBuilder.request(plan).listeners(new Listener(channel, output)).build());
    }

    private static void plan(ResultChannel channel, TestIdentifier id) {
        Optional<MethodSource> source = id.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        String className = source.map(MethodSource::getClassName).orElse("");
        String methodName = source.map(MethodSource::getMethodName).orElse(id.getDisplayName());
        double points = source.map(RunnerMain::points).orElse(0.0);
        channel.send(Records.PLAN, id.getUniqueId(), className, methodName, String.valueOf(points), id.getDisplayName());
    }

    private static double points(MethodSource source) {
        try {
            Method method = source.getJavaMethod();
            Points points = method.getAnnotation(Points.class);
            return points == null ? 0 : points.value();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** A failure as one message: an assertion's own text, or what the code threw and the student's line that threw it. */
    static String describe(Throwable thrown) {
        String text;
        if (thrown instanceof AssertionError && thrown.getMessage() != null) {
            text = thrown.getMessage();
        } else {
            text = thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
            for (StackTraceElement frame : thrown.getStackTrace()) {
                if (frame.getClassName().startsWith(ExerciseSpec.PACKAGE_PREFIX) && !frame.getClassName().endsWith("Test")) {
                    text += "   (at " + frame.getFileName() + ":" + frame.getLineNumber() + ", in " + frame.getMethodName() + ")";
                    break;
                }
            }
        }
        return text.length() <= MAX_MESSAGE ? text
                : text.substring(0, MAX_MESSAGE) + " … (" + (text.length() - MAX_MESSAGE) + " more characters)";
    }

    /** Sends each test's start and end; a failed class or engine is BROKEN, its tests never start. */
    private static final class Listener implements TestExecutionListener {
        private final ResultChannel channel;
        private final TestOutput output;

        Listener(ResultChannel channel, TestOutput output) {
            this.channel = channel;
            this.output = output;
        }

        @Override
        public void executionStarted(TestIdentifier id) {
            if (id.isTest()) {
                if (output != null) {
                    output.reset();
                }
                channel.send(Records.START, id.getUniqueId());
            }
        }

        @Override
        public void executionSkipped(TestIdentifier id, String reason) {
            if (id.isTest()) {
                channel.send(Records.DONE, id.getUniqueId(), TestResult.Status.FAILED.name(), "skipped (counts as failed): " + reason);
            } else {
                channel.send(Records.BROKEN, id.getUniqueId(), "skipped (counts as failed): " + reason);
            }
        }

        @Override
        public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            String message = result.getThrowable().map(RunnerMain::describe).orElse("");
            if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
                message = "aborted (counts as failed): " + message;
            }
            if (id.isTest()) {
                if (output != null) {
                    channel.send(Records.OUTPUT, id.getUniqueId(), output.take());
                }
                boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
                channel.send(Records.DONE, id.getUniqueId(),
                        (passed ? TestResult.Status.PASSED : TestResult.Status.FAILED).name(), message);
            } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                channel.send(Records.BROKEN, id.getUniqueId(), message);
            }
        }
    }
}
