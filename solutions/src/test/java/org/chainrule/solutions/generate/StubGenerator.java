package org.chainrule.solutions.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.Registry;

/**
 * Writes the exercise stubs from the reference solutions: each {@code // BEGIN SOLUTION} …
 * {@code // END SOLUTION} region (inside a method body; one per method) becomes
 * <pre>
 *   throw new UnsupportedOperationException("E02 MulGate.backward: not done yet — see exercises/handouts/E02-gates.md");
 * </pre>
 * and imports that only the solution code used are removed. Everything else — Javadoc,
 * signatures, records, fields — is copied as it is, so the stub is the solution minus its answers.
 *
 * <p>Instructors edit {@code solutions/src/main/java} only; {@code StubsInSyncTest} fails when the
 * committed stubs differ from what this writes, and regenerates them with {@code -Pregenerate}.
 */
public final class StubGenerator {
    static final String BEGIN = "// BEGIN SOLUTION";
    static final String END = "// END SOLUTION";
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]*?(\\w+)\\s*;\\s*$");
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|synchronized|abstract|default|native)\\s+)*"
                    + "(?:<[^>]*>\\s+)?([\\w.<>\\[\\], ?]+?)\\s+(\\w+)\\s*\\(");
    private static final Pattern CONSTRUCTOR = Pattern.compile(
            "^\\s*(?:(?:public|protected|private)\\s+)?([A-Z]\\w*)\\s*\\(");
    private static final Set<String> NOT_TYPES = Set.of("return", "new", "throw", "else", "case", "yield", "assert");

    private StubGenerator() {
    }

    /**
     * Every stub of every registered exercise: stub path (relative to the repository root) → text.
     *
     * @param root the repository root (holds {@code exercises/} and {@code solutions/})
     */
    public static Map<Path, String> generate(Path root) throws IOException {
        Registry registry = Registry.load(root.resolve("exercises"));
        Map<Path, String> stubs = new LinkedHashMap<>();
        for (ExerciseSpec spec : registry.exercises()) {
            Path solutions = root.resolve("solutions/src/main/java").resolve(spec.packagePath());
            for (String name : spec.classes()) {
                Path source = solutions.resolve(name + ".java");
                if (!Files.isRegularFile(source)) {
                    throw new IllegalStateException(spec.id() + ".classes lists " + name + " but " + source + " is missing.");
                }
                stubs.put(Path.of("exercises/src/main/java", spec.packagePath(), name + ".java"),
                        stub(Files.readString(source, StandardCharsets.UTF_8), spec.id(), name, spec.handout()));
            }
            try (Stream<Path> files = Files.list(solutions)) {
                List<String> extra = files.map(f -> f.getFileName().toString().replaceFirst("\\.java$", ""))
                        .filter(n -> !spec.classes().contains(n)).sorted().toList();
                if (!extra.isEmpty()) {
                    throw new IllegalStateException(String.format("%s: %s holds %s, which %s.classes does not list; an "
                            + "exercise package holds exactly its student classes.", spec.id(), solutions, extra, spec.id()));
                }
            }
        }
        return stubs;
    }

    /**
     * The stub of one solution file.
     *
     * @param source the solution's text
     * @param id the exercise, e.g. {@code E02}
     * @param className the class, e.g. {@code MulGate}
     * @param handout the handout to point at, e.g. {@code exercises/handouts/E02-gates.md}
     */
    public static String stub(String source, String id, String className, String handout) {
        String[] lines = source.split("\n", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (trimmed.equals(END)) {
                throw new IllegalArgumentException(className + ".java line " + (i + 1) + ": " + END + " without " + BEGIN + ".");
            }
            if (!trimmed.equals(BEGIN)) {
                out.add(lines[i]);
                continue;
            }
            int end = i + 1;
            while (end < lines.length && !lines[end].trim().equals(END)) {
                if (lines[end].trim().equals(BEGIN)) {
                    throw new IllegalArgumentException(className + ".java line " + (end + 1) + ": a region inside a region.");
                }
                end++;
            }
            if (end == lines.length) {
                throw new IllegalArgumentException(className + ".java line " + (i + 1) + ": " + BEGIN + " without " + END + ".");
            }
            String indent = lines[i].substring(0, lines[i].indexOf('/'));
            out.add(indent + String.format("throw new UnsupportedOperationException(\"%s %s.%s: not done yet — see %s\");",
                    id, className, method(lines, i, className), handout));
            i = end;
        }
        return withoutUnusedImports(out);
    }

    /** The name of the method whose body holds line {@code at}. */
    static String method(String[] lines, int at, String className) {
        for (int i = at - 1; i >= 0; i--) {
            Matcher c = CONSTRUCTOR.matcher(lines[i]);
            if (c.find() && c.group(1).equals(className)) {
                return "new";
            }
            Matcher m = DECLARATION.matcher(lines[i]);
            if (m.find() && !NOT_TYPES.contains(m.group(1).trim())) {
                return m.group(2);
            }
        }
        throw new IllegalArgumentException(className + ".java line " + (at + 1) + ": a solution region must sit inside a method.");
    }

    private static String withoutUnusedImports(List<String> lines) {
        String code = String.join("\n", lines.stream().filter(l -> !IMPORT.matcher(l).matches()).toList());
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher m = IMPORT.matcher(line);
            if (m.matches() && !Pattern.compile("\\b" + m.group(1) + "\\b").matcher(code).find()) {
                continue;
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
