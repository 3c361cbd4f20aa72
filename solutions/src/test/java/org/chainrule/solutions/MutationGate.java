package org.chainrule.solutions;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The mutation gate of the curriculum: reads PIT's results for the solutions (run under the public
 * tests only) and fails unless, for <i>every</i> registered exercise,
 * <ul>
 *   <li>at least {@link #THRESHOLD} % of its mutants are killed ({@code mutations.csv}, one line per
 *       mutant: file, class, mutator, method, line, status, killing test), and</li>
 *   <li>PIT examined every one of its public tests ({@code linecoverage.xml} names each test that
 *       covered a line; a property test PIT skipped silently would be missing).</li>
 * </ul>
 * JDK only, so {@code .ci/run} starts it as a source file:
 * <pre>
 *   java solutions/src/test/java/org/chainrule/solutions/MutationGate.java solutions/target/pit-reports .
 * </pre>
 * Prints one line per exercise and every surviving mutant; exit code 0 passed, 1 failed, 2 usage.
 */
public final class MutationGate {
    /** The least share of killed mutants, per exercise, in percent. */
    static final double THRESHOLD = 90.0;
    private static final Set<String> DETECTED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR");
    private static final Pattern TEST_METHOD = Pattern.compile("@Test\\b[^;{]*?void\\s+(\\w+)\\s*\\(");
    private static final Pattern COVERING_TEST = Pattern.compile("<test name='([\\w.]+)\\.\\[engine:[^']*\\[method:(\\w+)\\(");

    private MutationGate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java MutationGate.java PIT_REPORTS_DIR REPOSITORY_ROOT");
            System.exit(2);
        }
        List<String> report = new ArrayList<>();
        boolean passed = check(Path.of(args[0]), Path.of(args[1]), report);
        report.forEach(System.out::println);
        System.exit(passed ? 0 : 1);
    }

    /** Checks the reports in {@code pit} against the exercises of {@code root}; appends what it found to {@code report}. */
    static boolean check(Path pit, Path root, List<String> report) throws IOException {
        Map<String, String> packages = exercises(root.resolve("exercises/registry.properties"));
        Map<String, int[]> counts = new TreeMap<>();                  // package -> {mutants, detected}
        List<String> survivors = new ArrayList<>();
        for (String line : Files.readAllLines(pit.resolve("mutations.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length < 6) {
                continue;
            }
            String pkg = f[1].substring(0, f[1].lastIndexOf('.'));
            int[] c = counts.computeIfAbsent(pkg, k -> new int[2]);
            c[0]++;
            if (DETECTED.contains(f[5])) {
                c[1]++;
            } else {
                survivors.add(String.format("  %s %s.%s line %s: %s (%s)", f[5], f[1], f[3], f[4],
                        f[2].substring(f[2].lastIndexOf('.') + 1), f.length > 6 && !f[6].isEmpty() ? f[6] : "no test"));
            }
        }
        Map<String, Set<String>> examined = examined(pit.resolve("linecoverage.xml"));
        boolean passed = true;
        report.add(String.format("%-4s %-12s %8s %8s %8s   %s", "", "exercise", "mutants", "killed", "score", "public tests examined by PIT"));
        for (Map.Entry<String, String> e : packages.entrySet()) {
            String pkg = e.getValue();
            int[] c = counts.getOrDefault(pkg, new int[2]);
            Set<String> tests = publicTests(root.resolve("exercises/src/test/java").resolve(pkg.replace('.', '/')), pkg);
            Set<String> seen = examined.getOrDefault(pkg, Set.of());
            Set<String> missing = new TreeSet<>(tests);
            missing.removeAll(seen);
            double score = c[0] == 0 ? 0 : 100.0 * c[1] / c[0];
            boolean ok = c[0] > 0 && score >= THRESHOLD && missing.isEmpty() && !tests.isEmpty();
            passed &= ok;
            report.add(String.format("%-4s %-12s %8d %8d %7.1f%%   %d of %d%s%s", e.getKey(), pkg.substring(pkg.lastIndexOf('.') + 1),
                    c[0], c[1], score, tests.size() - missing.size(), tests.size(),
                    missing.isEmpty() ? "" : " — not examined: " + missing,
                    ok ? "" : c[0] == 0 ? "   FAILED: no mutants (did PIT skip it?)" : "   FAILED"));
        }
        if (!survivors.isEmpty()) {
            report.add("surviving mutants (each needs a test, or a reason it is equivalent):");
            report.addAll(survivors);
        }
        report.add(passed ? "mutation gate passed: every exercise ≥ " + THRESHOLD + " % killed, every public test examined"
                : "mutation gate FAILED: below " + THRESHOLD + " % killed, or public tests PIT did not examine");
        return passed;
    }

    /** Exercise id → package, from the registry. */
    static Map<String, String> exercises(Path registry) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> packages = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".package")) {
                packages.put(key.substring(0, key.indexOf('.')), p.getProperty(key).trim());
            }
        }
        return packages;
    }

    /** {@code Class.method} of every {@code @Test} in the public test sources of {@code dir}. */
    static Set<String> publicTests(Path dir, String pkg) throws IOException {
        Set<String> tests = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return tests;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith("Test.java")).sorted().toList()) {
                String cls = f.getFileName().toString().replace(".java", "");
                Matcher m = TEST_METHOD.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    tests.add(cls + "." + m.group(1));
                }
            }
        }
        return tests;
    }

    /** Package → {@code Class.method} of every test that PIT ran and saw cover a line. */
    static Map<String, Set<String>> examined(Path lineCoverage) throws IOException {
        Map<String, Set<String>> examined = new TreeMap<>();
        if (!Files.exists(lineCoverage)) {
            return examined;
        }
        Matcher m = COVERING_TEST.matcher(Files.readString(lineCoverage, StandardCharsets.UTF_8));
        while (m.find()) {
            String cls = m.group(1);
            int dot = cls.lastIndexOf('.');
            examined.computeIfAbsent(cls.substring(0, dot), k -> new TreeSet<>()).add(cls.substring(dot + 1) + "." + m.group(2));
        }
        return examined;
    }
}
