package org.chainrule.solutions.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StubGeneratorTest {
    private static final String SOLUTION = String.join("\n",
            "package org.chainrule.exercises.gates;",
            "",
            "import java.util.Arrays;",
            "import java.util.List;",
            "import org.chainrule.core.Tensor;",
            "",
            "/** Uses {@link Tensor}. */",
            "public record MulGate(Node a, Node b) {",
            "    public List<Tensor> backward(Tensor upstream,",
            "                                 Tensor out) {",
            "        // BEGIN SOLUTION",
            "        return List.of(Arrays.asList(upstream).get(0), out);",
            "        // END SOLUTION",
            "    }",
            "",
            "    public MulGate {",
            "    }",
            "}",
            "");

    @Test
    void aRegionBecomesAThrowNamingTheExerciseMethodAndHandout() {
        String stub = StubGenerator.stub(SOLUTION, "E02", "MulGate", "exercises/handouts/E02-gates.md");

        assertThat(stub).contains("                                 Tensor out) {\n"
                + "        throw new UnsupportedOperationException(\"E02 MulGate.backward: not done yet — see "
                + "exercises/handouts/E02-gates.md\");\n    }\n");
        assertThat(stub).doesNotContain("Arrays", "BEGIN", "END SOLUTION");
        assertThat(stub).contains("import java.util.List;", "import org.chainrule.core.Tensor;");
        assertThat(stub).endsWith("}\n");
    }

    @Test
    void aFileWithoutRegionsIsCopiedAsItIs() {
        String record = "package p;\n\nimport java.util.List;\n\npublic record R(List<String> names) {\n}\n";
        assertThat(StubGenerator.stub(record, "E05", "R", "h.md")).isEqualTo(record);
    }

    @Test
    void constructorsAndGenericMethodsAreNamed() {
        String[] lines = {"    public Value(double data) {", "        // BEGIN SOLUTION"};
        assertThat(StubGenerator.method(lines, 1, "Value")).isEqualTo("new");
        String[] generic = {"    static <T> List<T> epoch(int n,", "            Rng rng) {", "        return x;", "        // BEGIN SOLUTION"};
        assertThat(StubGenerator.method(generic, 3, "Batches")).isEqualTo("epoch");
    }

    @Test
    void brokenRegionsAreNamedWithTheirLine() {
        assertThatThrownBy(() -> StubGenerator.stub("class A {\n void f() {\n // BEGIN SOLUTION\n }\n}", "E01", "A", "h"))
                .hasMessage("A.java line 3: // BEGIN SOLUTION without // END SOLUTION.");
        assertThatThrownBy(() -> StubGenerator.stub("class A {\n // END SOLUTION\n}", "E01", "A", "h"))
                .hasMessage("A.java line 2: // END SOLUTION without // BEGIN SOLUTION.");
    }
}
