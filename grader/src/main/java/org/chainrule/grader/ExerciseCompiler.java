package org.chainrule.grader;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one exercise's sources with {@code javax.tools}, never through Maven: a compile error
 * in one exercise is reported for that exercise only, as the compiler's message, file and line.
 *
 * <p>Options: {@code --release 17}, {@code -proc:none} (no annotation processor from the class
 * path runs), {@code -implicit:none} and an empty {@code -sourcepath} (only the given files are
 * compiled, never another exercise's sources found on the way).
 */
public final class ExerciseCompiler implements AutoCloseable {
    private static final int MAX_ERRORS = 20;

    private final JavaCompiler javac;
    /** Kept from one compile to the next: the framework's jars are opened and indexed once, not per exercise. */
    private final StandardJavaFileManager files;

    private ExerciseCompiler(JavaCompiler javac) {
        this.javac = javac;
        this.files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /**
     * A compiler for many compiles in a row, one at a time (not for two threads at once): each
     * compile names its own sources, class path and output folder, so nothing of one exercise
     * reaches the next; what is kept is the file manager's index of the class path's jars.
     *
     * @throws IllegalStateException when this Java has no compiler (a JRE, not a JDK)
     */
    public static ExerciseCompiler open() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("this Java has no compiler (javac); run Chainrule with a JDK 17, not a JRE.");
        }
        return new ExerciseCompiler(javac);
    }

    /**
     * Compiles {@code sources} into {@code outDir} with a compiler of its own (see {@link #compileAll}).
     *
     * @param sourceRoot the folder the sources' package folders start in (for error file names)
     * @param sources the {@code .java} files
     * @param classPath what the sources may use, e.g. {@link ClassPaths#framework()}
     * @param outDir where the classes go (created)
     * @return the errors, in order; empty when it compiled
     */
    public static List<CompileError> compile(Path sourceRoot, List<Path> sources, List<Path> classPath, Path outDir)
            throws IOException {
        try (ExerciseCompiler compiler = open()) {
            return compiler.compileAll(sourceRoot, sources, classPath, outDir);
        }
    }

    /**
     * Compiles {@code sources} into {@code outDir}.
     *
     * @param sourceRoot the folder the sources' package folders start in (for error file names)
     * @param sources the {@code .java} files
     * @param classPath what the sources may use, e.g. {@link ClassPaths#framework()}
     * @param outDir where the classes go (created)
     * @return the errors, in order; empty when it compiled
     */
    public List<CompileError> compileAll(Path sourceRoot, List<Path> sources, List<Path> classPath, Path outDir)
            throws IOException {
        Files.createDirectories(outDir);
        Path emptySourcePath = Files.createDirectories(outDir.resolveSibling(outDir.getFileName() + "-nosources"));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter other = new StringWriter();
        List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-encoding", "UTF-8",
                "-Xmaxerrs", String.valueOf(MAX_ERRORS), "-nowarn",
                "-sourcepath", emptySourcePath.toString(), "-cp", ClassPaths.join(classPath), "-d", outDir.toString());
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
        boolean ok = javac.getTask(other, files, diagnostics, options, null, units).call();
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(new CompileError(relative(sourceRoot, d.getSource()), Math.max(0, d.getLineNumber()),
                        d.getMessage(Locale.ROOT)));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(new CompileError("javac", 0, other.toString().strip()));
        }
        return errors;
    }

    @Override
    public void close() throws IOException {
        files.close();
    }

    private static String relative(Path root, JavaFileObject source) {
        if (source == null) {
            return "javac";
        }
        Path file = Path.of(source.toUri());
        return file.startsWith(root.toAbsolutePath()) ? root.toAbsolutePath().relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
    }
}
