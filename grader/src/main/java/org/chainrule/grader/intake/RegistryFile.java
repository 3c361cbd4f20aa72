package org.chainrule.grader.intake;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the exercise declarations from {@code exercises/registry.properties}
 * (java.util.Properties, UTF-8; one block of {@code E02.package}, {@code E02.classes},
 * {@code E02.allowed}, … per exercise).
 *
 * <p>Intake and policy take a {@code List<ExerciseDeclaration>}, not this class, so the grader's
 * own registry reader can supply them instead.
 */
public final class RegistryFile {
    private static final Pattern PACKAGE_KEY = Pattern.compile("(E\\d\\d)\\.package");

    private RegistryFile() {
    }

    /**
     * The declarations in id order.
     *
     * @param registry the {@code registry.properties} file
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException when an exercise lacks {@code classes} or its package
     */
    public static List<ExerciseDeclaration> read(Path registry) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(registry, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        TreeSet<String> ids = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher m = PACKAGE_KEY.matcher(key);
            if (m.matches()) {
                ids.add(m.group(1));
            }
        }
        List<ExerciseDeclaration> declarations = new ArrayList<>();
        for (String id : ids) {
            declarations.add(new ExerciseDeclaration(id, required(properties, registry, id, "package"),
                    properties.getProperty(id + ".title", "").trim(),
                    list(required(properties, registry, id, "classes")),
                    list(properties.getProperty(id + ".allowed", "")),
                    list(properties.getProperty(id + ".forbidden", ""))));
        }
        return declarations;
    }

    private static String required(Properties properties, Path registry, String id, String field) {
        String value = properties.getProperty(id + "." + field, "").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("registry " + registry + ": " + id + "." + field
                    + " is missing or empty; every exercise declares its package and its classes");
        }
        return value;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
