package org.chainrule.grader.policy;

import java.util.List;
import java.util.Map;

/**
 * Why a refused name is refused: the first entry whose prefix matches the name (a class, or a
 * member as {@code java.lang.System.exit}) gives the reason a student reads.
 */
final class Reasons {
    private static final String JVM = "ending or steering the JVM is not allowed: the grader would lose every result";
    private static final String SETTINGS = "the JVM's settings and environment are not an exercise's business";
    private static final String STREAMS = "replacing or reading the standard streams is not allowed; print with System.out or System.err";
    private static final String JNI = "native code (JNI) is not allowed";
    private static final String PROCESSES = "starting or inspecting processes is not allowed";
    private static final String THREADS = "threads, executors and parallel streams are not allowed: an exercise runs on one thread";
    private static final String SERIALIZATION = "serialization is not allowed";
    private static final String LOADERS = "class loaders are not allowed";
    private static final String FILES = "files, resources and I/O are not allowed: an exercise computes, it reads and writes nothing";
    private static final String NETWORK = "network access is not allowed";
    private static final String REFLECTION = "reflection is not allowed";
    private static final String HANDLES = "method handles are not allowed";
    private static final String STACK = "stack traces are not allowed: the tests' frames are not an exercise's business";
    private static final String UNSAFE = "Unsafe and JDK internals are not allowed";
    private static final String TOOLS = "JShell, compilers and other tools are not allowed";
    private static final String MANAGEMENT = "JVM management, instrumentation and security settings are not allowed";
    private static final String RANDOM = "random numbers outside the framework's seeded Rng are not allowed: a grade must not depend on luck";
    private static final String TESTS = "test-framework classes are not an exercise's business";

    /** Checked in order: specific members before their class, classes before their package. */
    private static final List<Map.Entry<String, String>> TABLE = List.of(
            Map.entry("java.lang.Runtime.exec", PROCESSES),
            Map.entry("java.lang.Runtime.load", JNI),
            Map.entry("java.lang.System.exit", JVM),
            Map.entry("java.lang.Runtime", JVM),
            Map.entry("java.lang.Shutdown", JVM),
            Map.entry("java.lang.System.getenv", SETTINGS),
            Map.entry("java.lang.System.getProperty", SETTINGS),
            Map.entry("java.lang.System.getProperties", SETTINGS),
            Map.entry("java.lang.System.setProperty", SETTINGS),
            Map.entry("java.lang.System.setProperties", SETTINGS),
            Map.entry("java.lang.System.clearProperty", SETTINGS),
            Map.entry("java.lang.Integer.getInteger", SETTINGS),
            Map.entry("java.lang.Long.getLong", SETTINGS),
            Map.entry("java.lang.Boolean.getBoolean", SETTINGS),
            Map.entry("java.util.Locale.setDefault", SETTINGS),
            Map.entry("java.lang.System.setOut", STREAMS),
            Map.entry("java.lang.System.setErr", STREAMS),
            Map.entry("java.lang.System.setIn", STREAMS),
            Map.entry("java.lang.System.in", STREAMS),
            Map.entry("java.lang.System.console", STREAMS),
            Map.entry("java.lang.System.inheritedChannel", STREAMS),
            Map.entry("java.io.PrintStream", STREAMS),
            Map.entry("java.lang.System.load", JNI),
            Map.entry("java.lang.System.mapLibraryName", JNI),
            Map.entry("java.lang.System.getLogger", FILES),
            Map.entry("java.lang.System.setSecurityManager", MANAGEMENT),
            Map.entry("java.lang.System.getSecurityManager", MANAGEMENT),
            Map.entry("java.lang.System", "from java.lang.System only out, err, arraycopy, nanoTime, currentTimeMillis, "
                    + "identityHashCode and lineSeparator are allowed"),
            Map.entry("java.lang.Process", PROCESSES),
            Map.entry("java.lang.ProcessBuilder", PROCESSES),
            Map.entry("java.lang.ProcessHandle", PROCESSES),
            Map.entry("java.lang.Thread.getStackTrace", STACK),
            Map.entry("java.lang.Thread.dumpStack", STACK),
            Map.entry("java.lang.Thread", THREADS),
            Map.entry("java.lang.ThreadGroup", THREADS),
            Map.entry("java.lang.ThreadLocal", THREADS),
            Map.entry("java.lang.InheritableThreadLocal", THREADS),
            Map.entry("java.lang.Object.wait", THREADS),
            Map.entry("java.lang.Object.notify", THREADS),
            Map.entry("java.lang.Object.notifyAll", THREADS),
            Map.entry("java.lang.Object.finalize", "finalizers run on a thread of their own: not allowed"),
            Map.entry("java.lang.ref", THREADS),
            Map.entry("java.util.concurrent", THREADS),
            Map.entry("java.util.Timer", THREADS),
            Map.entry("java.util.TimerTask", THREADS),
            Map.entry("java.util.Arrays.parallelSort", THREADS),
            Map.entry("java.util.Arrays.parallelPrefix", THREADS),
            Map.entry("java.util.Arrays.parallelSetAll", THREADS),
            Map.entry("java.util.stream.StreamSupport", THREADS),
            Map.entry("java.io.Serializable", SERIALIZATION),
            Map.entry("java.io.Externalizable", SERIALIZATION),
            Map.entry("java.io.ObjectInputStream", SERIALIZATION),
            Map.entry("java.io.ObjectOutputStream", SERIALIZATION),
            Map.entry("java.lang.invoke.SerializedLambda", SERIALIZATION),
            Map.entry("java.lang.ClassLoader", LOADERS),
            Map.entry("java.security.SecureClassLoader", LOADERS),
            Map.entry("java.net.URLClassLoader", LOADERS),
            Map.entry("java.lang.Class.getResource", FILES),
            Map.entry("java.lang.Class.getResourceAsStream", FILES),
            Map.entry("java.lang.Module.getResourceAsStream", FILES),
            Map.entry("java.io", FILES),
            Map.entry("java.nio", FILES),
            Map.entry("java.util.Scanner", FILES),
            Map.entry("java.util.Formatter", FILES),
            Map.entry("java.util.Properties", FILES),
            Map.entry("java.util.ResourceBundle", FILES),
            Map.entry("java.util.ServiceLoader", LOADERS),
            Map.entry("java.util.prefs", FILES),
            Map.entry("java.util.zip", FILES),
            Map.entry("java.util.jar", FILES),
            Map.entry("java.util.logging", FILES),
            Map.entry("java.net", NETWORK),
            Map.entry("javax.net", NETWORK),
            Map.entry("jdk.net", NETWORK),
            Map.entry("com.sun.net", NETWORK),
            Map.entry("java.rmi", NETWORK),
            Map.entry("java.lang.invoke", HANDLES),
            Map.entry("java.lang.reflect", REFLECTION),
            Map.entry("java.lang.Class", REFLECTION),
            Map.entry("java.lang.Module", REFLECTION),
            Map.entry("java.lang.ModuleLayer", REFLECTION),
            Map.entry("java.lang.Package", REFLECTION),
            Map.entry("java.lang.runtime", HANDLES),
            Map.entry("java.beans", REFLECTION),
            Map.entry("java.lang.StackWalker", STACK),
            Map.entry("java.lang.StackTraceElement", STACK),
            Map.entry("java.lang.Throwable.getStackTrace", STACK),
            Map.entry("java.lang.Throwable.setStackTrace", STACK),
            Map.entry("java.lang.Throwable.printStackTrace", STACK),
            Map.entry("sun", UNSAFE),
            Map.entry("jdk.internal", UNSAFE),
            Map.entry("jdk.jshell", TOOLS),
            Map.entry("java.util.spi.ToolProvider", TOOLS),
            Map.entry("javax.tools", TOOLS),
            Map.entry("javax.script", TOOLS),
            Map.entry("com.sun.tools", TOOLS),
            Map.entry("com.sun.source", TOOLS),
            Map.entry("java.lang.management", MANAGEMENT),
            Map.entry("javax.management", MANAGEMENT),
            Map.entry("com.sun.management", MANAGEMENT),
            Map.entry("jdk.management", MANAGEMENT),
            Map.entry("java.lang.instrument", MANAGEMENT),
            Map.entry("java.lang.SecurityManager", MANAGEMENT),
            Map.entry("java.lang.Runtime$Version", JVM),
            Map.entry("java.security.SecureRandom", RANDOM),
            Map.entry("java.security", MANAGEMENT),
            Map.entry("java.util.Random", RANDOM),
            Map.entry("java.util.SplittableRandom", RANDOM),
            Map.entry("java.util.random", RANDOM),
            Map.entry("java.lang.Math.random", RANDOM),
            Map.entry("java.lang.StrictMath.random", RANDOM),
            Map.entry("org.junit", TESTS),
            Map.entry("org.opentest4j", TESTS),
            Map.entry("org.quicktheories", TESTS),
            Map.entry("org.assertj", TESTS),
            Map.entry("org.chainrule.testkit", TESTS),
            Map.entry("org.chainrule.grader", "the grader's own classes are not an exercise's business"));

    private Reasons() {
    }

    /**
     * The reason for refusing {@code name} ({@code java.lang.System.exit} or
     * {@code java.lang.Thread}), or {@code null} when no entry matches.
     */
    static String of(String name) {
        if (name.endsWith(".parallel") || name.endsWith(".parallelStream")) {
            return THREADS;
        }
        for (Map.Entry<String, String> entry : TABLE) {
            String key = entry.getKey();
            if (name.equals(key) || name.startsWith(key + ".") || name.startsWith(key + "$")) {
                return entry.getValue();
            }
        }
        return null;
    }
}
