package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationGateTest {
    @TempDir
    Path root;
    Path pit;

    @BeforeEach
    void repository() throws Exception {
        Files.createDirectories(root.resolve("exercises/src/test/java/org/chainrule/exercises/gates"));
        Files.writeString(root.resolve("exercises/registry.properties"), "E02.package = org.chainrule.exercises.gates\n");
        Files.writeString(root.resolve("exercises/src/test/java/org/chainrule/exercises/gates/MulGateTest.java"),
                "class MulGateTest {\n  @Points(2)\n  @Test\n  @DisplayName(\"x\")\n  void swaps() {}\n  @Test void adds() {}\n}\n");
        pit = Files.createDirectories(root.resolve("pit"));
    }

    private void mutants(int killed, int survived) throws Exception {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < killed + survived; i++) {
            csv.append("MulGate.java,org.chainrule.exercises.gates.MulGate,org.pitest.M.MathMutator,backward,").append(10 + i)
                    .append(',').append(i < killed ? "KILLED,t" : "SURVIVED,").append('\n');
        }
        Files.writeString(pit.resolve("mutations.csv"), csv);
    }

    private void covered(String... methods) throws Exception {
        StringBuilder xml = new StringBuilder("<coverage>\n<block><tests>\n");
        for (String m : methods) {
            xml.append("<test name='org.chainrule.exercises.gates.MulGateTest.[engine:junit-jupiter]/[class:org.chainrule.exercises.gates.MulGateTest]/[method:")
                    .append(m).append("()]'/>\n");
        }
        Files.writeString(pit.resolve("linecoverage.xml"), xml.append("</tests></block></coverage>\n"));
    }

    @Test
    void passesAtNinetyPercentWithEveryTestExamined() throws Exception {
        mutants(9, 1);
        covered("swaps", "adds");
        List<String> report = new ArrayList<>();

        assertThat(MutationGate.check(pit, root, report)).isTrue();
        assertThat(report).anySatisfy(l -> assertThat(l).contains("E02", "gates", "10", "9", "90.0%", "2 of 2"));
        assertThat(report).anySatisfy(l -> assertThat(l).contains("SURVIVED org.chainrule.exercises.gates.MulGate.backward line 19"));
    }

    @Test
    void failsBelowNinetyPercent() throws Exception {
        mutants(8, 2);
        covered("swaps", "adds");
        List<String> report = new ArrayList<>();

        assertThat(MutationGate.check(pit, root, report)).isFalse();
        assertThat(report).anySatisfy(l -> assertThat(l).contains("80.0%", "FAILED"));
    }

    @Test
    void failsWhenPitDidNotExamineAPublicTest() throws Exception {
        mutants(10, 0);
        covered("swaps");
        List<String> report = new ArrayList<>();

        assertThat(MutationGate.check(pit, root, report)).isFalse();
        assertThat(report).anySatisfy(l -> assertThat(l).contains("1 of 2 — not examined: [MulGateTest.adds]"));
    }

    @Test
    void failsWhenAnExerciseHasNoMutants() throws Exception {
        Files.writeString(pit.resolve("mutations.csv"), "");
        covered("swaps", "adds");
        List<String> report = new ArrayList<>();

        assertThat(MutationGate.check(pit, root, report)).isFalse();
        assertThat(report).anySatisfy(l -> assertThat(l).contains("no mutants (did PIT skip it?)"));
    }
}
