package org.chainrule.grader.policy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles small test sources with the JDK's compiler (javax.tools) and returns their class files. */
final class Javac {
    private Javac() {
    }

    /**
     * @param dir     a scratch folder
     * @param sources relative path → source text
     * @return class file name → bytes
     */
    static Map<String, byte[]> compile(Path dir, Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<String> args = new java.util.ArrayList<>(List.of("-d", out.toString(), "-g", "-proc:none", "-nowarn",
                "-XDsuppressNotes", "-classpath", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }), args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("test source does not compile:\n" + errors);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                classes.put(out.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return classes;
    }
}
