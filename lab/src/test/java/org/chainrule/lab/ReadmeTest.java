package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a user sees in the README runs, as shown: each {@code ```java} block is compiled with
 * its own imports only (so every block must show the ones it needs) and run. A block that
 * declares a class is compiled as it stands and its {@code main} run; any other block's import
 * lines go to the top of a file and the rest becomes the body of a {@code main} method. A comment
 * line {@code // prints: TEXT} means the block must print TEXT.
 */
class ReadmeTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?[\\w.*]+;\\s*$");
    private static final Pattern CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> everyJavaBlockCompilesAndRuns() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher m = JAVA_BLOCK.matcher(readme);
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        while (m.find()) {
            String body = m.group(1);
            int index = ++n;
            int line = readme.substring(0, m.start()).split("\n", -1).length;
            tests.add(DynamicTest.dynamicTest("README block " + index + " (line " + line + ")",
                    () -> run(index, body)));
        }
        assertThat(tests).as("java blocks in README.md").isNotEmpty();
        return tests;
    }

    private void run(int index, String body) throws Exception {
        Matcher declared = CLASS.matcher(body);
        String name = declared.find() ? declared.group(1) : "ReadmeBlock" + index;
        String source = declared.find(0) ? body : asMain(name, body);
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, "-proc:none", "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("README block %d does not compile with its own imports:%n%s", index, errors).isZero();
        String printed = captureMain(name);
        Matcher expected = PRINTS.matcher(body);
        while (expected.find()) {
            assertThat(printed).as("README block %d output", index).contains(expected.group(1).trim());
        }
    }

    /** The block's import lines on top, the other lines as the body of {@code main}. */
    static String asMain(String name, String body) {
        StringBuilder imports = new StringBuilder();
        Matcher m = IMPORT.matcher(body);
        while (m.find()) {
            imports.append(m.group().trim()).append('\n');
        }
        String statements = IMPORT.matcher(body).replaceAll("");
        return imports + "public class " + name
                + " { public static void main(String[] args) throws Exception {\n" + statements + "\n}}\n";
    }

    @Test
    void aBlockWithoutItsImportsDoesNotCompile() throws Exception {
        Path src = dir.resolve("NoImports.java");
        Files.writeString(src, asMain("NoImports", "System.out.println(Tensor.of(1, 2));"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, new ByteArrayOutputStream(),
                new ByteArrayOutputStream(), "-proc:none", "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("javac status for Tensor without an import").isNotZero();
    }

    private String captureMain(String name) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
