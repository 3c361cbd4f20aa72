package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Drives {@code chainrule shell} with a typed script, as a student at the prompt would. */
class ShellCommandTest {

    private static String type(String script) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ShellCommand shell = new ShellCommand(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int status = shell.call();
        assertThat(status).as("jshell's exit status").isZero();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** One session (JShell takes seconds to start): the imports, a tensor, a node's explain(), a data set. */
    @Test
    void tensorsAndNodesNeedNoImportsAtThePrompt() throws Exception {
        String shown = type(String.join("\n",
                "Tensor.of(1, 2).add(3)",
                "var a = Node.of(Tensor.scalar(3)).named(\"a\");",
                "var y = a.mul(a);",
                "y.backward();",
                "System.out.println(y.explain());",
                "Datasets.xor().features().shape()",
                "/exit", ""));
        assertThat(shown)
                .contains("Chainrule is imported.")
                .contains("$1 ==> Tensor[2] [4.0, 5.0]")
                .contains("swap multiplier")
                .contains("grad = [] 6.0")
                .contains("==> [4, 2]")
                // An import of a package that does not exist would print an error at startup.
                .doesNotContain("Error", "cannot find symbol", "does not exist");
    }
}
