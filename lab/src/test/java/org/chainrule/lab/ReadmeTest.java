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
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything a user sees in the README runs: each {@code ```java} block is compiled as the body
 * of a {@code main} method (with the project's packages imported) and run. A block ending in a
 * comment line {@code // prints: TEXT} must print TEXT.
 */
class ReadmeTest {
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PRINTS = Pattern.compile("// prints: (.*)");
    private static final String IMPORTS = String.join("\n",
            "import java.util.*;",
            "import org.chainrule.core.*;",
            "import org.chainrule.autograd.*;",
            "import org.chainrule.models.*;",
            "import org.chainrule.models.data.*;",
            "import org.chainrule.models.loss.*;",
            "import org.chainrule.models.optim.*;",
            "import org.chainrule.models.metrics.*;",
            "import org.chainrule.models.train.*;");

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
        String name = "ReadmeBlock" + index;
        Path src = dir.resolve(name + ".java");
        Files.writeString(src, IMPORTS + "\npublic class " + name
                + " { public static void main(String[] args) throws Exception {\n" + body + "\n}}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, errors, errors, "-proc:none", "-d", dir.toString(),
                "-cp", System.getProperty("java.class.path"), src.toString());
        assertThat(status).as("README block %d does not compile:%n%s", index, errors).isZero();
        String printed = captureMain(name);
        Matcher expected = PRINTS.matcher(body);
        while (expected.find()) {
            assertThat(printed).as("README block %d output", index).contains(expected.group(1).trim());
        }
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
