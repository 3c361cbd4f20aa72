package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.chainrule.grader.CodePolicy;
import org.chainrule.grader.ExerciseSpec;
import org.chainrule.grader.policy.BytecodePolicy;

/**
 * The bytecode allow-list as {@code chainrule check}'s {@link CodePolicy} (registered in
 * {@code META-INF/services}): a student sees, as warnings, exactly what {@code grade} would refuse.
 */
public final class AllowListPolicy implements CodePolicy {
    /** For {@link java.util.ServiceLoader}. */
    public AllowListPolicy() {
    }

    @Override
    public List<String> review(ExerciseSpec spec, Path classes) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(classes)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                files.put(classes.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return new BytecodePolicy(Course.declaration(spec), AllowListPolicy.class.getClassLoader()).check(files).stream()
                .map(v -> "the grader would refuse this: " + v.message()).toList();
    }
}
