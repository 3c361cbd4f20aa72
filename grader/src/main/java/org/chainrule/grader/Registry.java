package org.chainrule.grader;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The course's exercises, read from {@code exercises/registry.properties}: the one list that
 * {@code check}, {@code release}, the stub generator and the grader use.
 *
 * <pre>
 *   E02.package = org.chainrule.exercises.gates
 *   E02.title = Gates by hand: add distributes, mul swaps, max routes
 *   E02.handouts = handouts/E02-gates.md, handouts/E02-gates.ko.md
 *   E02.classes = AddGate, MulGate, MaxGate
 *   E02.allowed = org.chainrule.core, org.chainrule.autograd
 *   E02.points.public = 10
 *   E02.points.hidden = 5
 * </pre>
 * Loading checks every entry (ids, package names, class names, handouts present, points) and
 * names the key at fault, so an instructor's typo fails the build, not a student's check.
 */
public final class Registry {
    /** The registry's file name, inside the {@code exercises} folder. */
    public static final String FILE = "registry.properties";

    private static final Pattern ID = Pattern.compile("E\\d\\d");
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern CLASS = Pattern.compile("[A-Z][A-Za-z0-9]*");
    private static final Pattern QUALIFIED = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+");
    private static final Pattern METHOD = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+#[a-z][A-Za-z0-9]*");
    private static final List<String> KEYS = List.of("package", "title", "handouts", "classes", "allowed",
            "forbidden", "points.public", "points.hidden");

    private final Path exercisesDir;
    private final List<ExerciseSpec> exercises;

    private Registry(Path exercisesDir, List<ExerciseSpec> exercises) {
        this.exercisesDir = exercisesDir;
        this.exercises = List.copyOf(exercises);
    }

    /**
     * Reads and checks {@code exercisesDir/registry.properties}.
     *
     * @param exercisesDir the {@code exercises} folder of a repository
     * @throws IllegalArgumentException naming the key at fault, if an entry is wrong
     * @throws IOException if the file cannot be read
     */
    public static Registry load(Path exercisesDir) throws IOException {
        Path file = exercisesDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing; it lists the exercises (see the README, For instructors).");
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Set<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            String id = dot < 0 ? key : key.substring(0, dot);
            if (!ID.matcher(id).matches() || !KEYS.contains(key.substring(dot + 1))) {
                throw new IllegalArgumentException(String.format("%s: unknown key '%s'; keys are <ID>.<name> with an "
                        + "ID like E01 and a name from %s.", FILE, key, KEYS));
            }
            ids.add(id);
        }
        List<ExerciseSpec> specs = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (String id : ids) {
            ExerciseSpec spec = read(p, id, exercisesDir);
            if (!packages.add(spec.packageName())) {
                throw new IllegalArgumentException(String.format("%s: %s.package %s is used by another exercise; "
                        + "each exercise has a package of its own.", FILE, id, spec.packageName()));
            }
            specs.add(spec);
        }
        return new Registry(exercisesDir, specs);
    }

    /** Every exercise, in id order. */
    public List<ExerciseSpec> exercises() {
        return exercises;
    }

    /** The {@code exercises} folder this registry was read from. */
    public Path exercisesDir() {
        return exercisesDir;
    }

    /**
     * The exercise named by its id or its topic, in any case: {@code E02}, {@code e02}, {@code gates}.
     */
    public Optional<ExerciseSpec> find(String idOrTopic) {
        String key = idOrTopic.trim();
        return exercises.stream()
                .filter(e -> e.id().equalsIgnoreCase(key) || e.topic().equals(key.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    private static ExerciseSpec read(Properties p, String id, Path exercisesDir) {
        String pkg = required(p, id, "package");
        if (!pkg.startsWith(ExerciseSpec.PACKAGE_PREFIX)
                || !TOPIC.matcher(pkg.substring(ExerciseSpec.PACKAGE_PREFIX.length())).matches()) {
            throw new IllegalArgumentException(String.format("%s: %s.package is '%s'; it must be %s<topic> with a "
                    + "lower-case topic, e.g. %sgates.", FILE, id, pkg, ExerciseSpec.PACKAGE_PREFIX, ExerciseSpec.PACKAGE_PREFIX));
        }
        List<String> handouts = list(p, id, "handouts", true);
        for (String handout : handouts) {
            if (!Files.isRegularFile(exercisesDir.resolve(handout))) {
                throw new IllegalArgumentException(String.format("%s: %s.handouts names %s, which is not in %s.",
                        FILE, id, handout, exercisesDir));
            }
        }
        List<String> classes = list(p, id, "classes", true);
        for (String c : classes) {
            check(CLASS, c, id, "classes", "a simple class name such as MulGate");
        }
        List<String> allowed = list(p, id, "allowed", true);
        for (String a : allowed) {
            check(QUALIFIED, a, id, "allowed", "a package or class such as org.chainrule.core or org.chainrule.core.Rng");
        }
        List<String> forbidden = list(p, id, "forbidden", false);
        for (String f : forbidden) {
            check(METHOD, f, id, "forbidden", "a method such as org.chainrule.core.Tensor#matmul");
        }
        return new ExerciseSpec(id, pkg, required(p, id, "title"), handouts, classes, allowed, forbidden,
                points(p, id, "points.public"), points(p, id, "points.hidden"));
    }

    private static String required(Properties p, String id, String name) {
        String value = p.getProperty(id + "." + name, "").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(String.format("%s: %s.%s is missing; every exercise needs %s.",
                    FILE, id, name, KEYS.subList(0, 5) + ", points.public and points.hidden"));
        }
        return value;
    }

    private static List<String> list(Properties p, String id, String name, boolean needed) {
        String value = needed ? required(p, id, name) : p.getProperty(id + "." + name, "").trim();
        return value.isEmpty() ? List.of() : Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    private static void check(Pattern pattern, String value, String id, String name, String example) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(String.format("%s: %s.%s lists '%s'; each entry is %s.",
                    FILE, id, name, value, example));
        }
    }

    private static double points(Properties p, String id, String name) {
        String value = required(p, id, name);
        try {
            double points = Double.parseDouble(value);
            if (points > 0 && Double.isFinite(points)) {
                return points;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(String.format("%s: %s.%s is '%s'; points are a positive number, e.g. 10.",
                FILE, id, name, value));
    }
}
