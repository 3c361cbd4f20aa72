package org.chainrule.grader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Which class path entries serve which step, sorted by what each entry <i>holds</i> (so it works
 * the same under Maven, from the launcher's jars and in a student's release):
 * <ul>
 *   <li>{@link #framework()} — the framework modules and their libraries: all a student's code is
 *       compiled against;</li>
 *   <li>{@link #tests()} — the framework plus testkit, JUnit's API, AssertJ and QuickTheories: what
 *       the exercises' tests are compiled against;</li>
 *   <li>{@link #runner()} — everything the forked test JVM needs, never an entry that holds
 *       exercise classes (under Maven the solutions' own classes must not shadow the code under test).</li>
 * </ul>
 *
 * @param framework entries for compiling student code
 * @param tests entries for compiling the tests
 * @param runner entries for running the tests in a forked JVM
 */
public record ClassPaths(List<Path> framework, List<Path> tests, List<Path> runner) {
    /** Folders (inside an entry) of the framework a student may compile against. */
    static final List<String> FRAMEWORK = List.of("org/chainrule/core/", "org/chainrule/autograd/",
            "org/chainrule/models/", "org/chainrule/plots/", "org/apache/commons/math3/");
    /** Folders of what the tests compile against, besides the framework. */
    static final List<String> TEST_LIBRARIES = List.of("org/chainrule/testkit/", "org/quicktheories/",
            "org/junit/jupiter/api/", "org/junit/platform/commons/", "org/opentest4j/", "org/apiguardian/",
            "org/assertj/core/");
    /** Entries holding these are student code (or the solutions): never taken from this JVM. */
    static final String EXERCISES = "org/chainrule/exercises/";

    public ClassPaths {
        framework = List.copyOf(framework);
        tests = List.copyOf(tests);
        runner = List.copyOf(runner);
    }

    /** Sorts this JVM's class path ({@code java.class.path}). */
    public static ClassPaths ofThisJvm() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return of(entries);
    }

    /** Sorts the given entries (folders or jars). */
    public static ClassPaths of(List<Path> entries) {
        List<Path> framework = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        List<Path> runner = new ArrayList<>();
        for (Path entry : entries) {
            List<String> held = holds(entry);
            if (held.contains(EXERCISES)) {
                continue;
            }
            runner.add(entry);
            if (held.stream().anyMatch(FRAMEWORK::contains)) {
                framework.add(entry);
                tests.add(entry);
            } else if (held.stream().anyMatch(TEST_LIBRARIES::contains)) {
                tests.add(entry);
            }
        }
        return new ClassPaths(framework, tests, runner);
    }

    /** Which of the known folders {@code entry} holds. */
    private static List<String> holds(Path entry) {
        List<String> known = new ArrayList<>(FRAMEWORK);
        known.addAll(TEST_LIBRARIES);
        known.add(EXERCISES);
        if (Files.isDirectory(entry)) {
            return known.stream().filter(folder -> Files.isDirectory(entry.resolve(folder))).toList();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return known.stream().filter(folder -> jar.stream().anyMatch(e -> e.getName().startsWith(folder))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the class path entry " + entry, e);
        }
    }

    /** {@code entries} joined with the platform's separator, for {@code -cp}. */
    public static String join(List<Path> entries) {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }
}
