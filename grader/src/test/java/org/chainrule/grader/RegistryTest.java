package org.chainrule.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryTest {
    @TempDir
    Path dir;

    private Registry write(String... lines) throws Exception {
        Files.createDirectories(dir.resolve("handouts"));
        Files.writeString(dir.resolve("handouts/E02-gates.md"), "# E02");
        Files.writeString(dir.resolve(Registry.FILE), String.join("\n", lines));
        return Registry.load(dir);
    }

    private static final String[] GATES = {
        "E02.package = org.chainrule.exercises.gates",
        "E02.title = Gates by hand",
        "E02.handouts = handouts/E02-gates.md",
        "E02.classes = AddGate, MulGate, MaxGate",
        "E02.allowed = org.chainrule.core, org.chainrule.autograd",
        "E02.points.public = 10",
        "E02.points.hidden = 5"};

    @Test
    void readsAnExerciseAndFindsItByIdOrTopic() throws Exception {
        Registry r = write(GATES);

        ExerciseSpec e = r.find("gates").orElseThrow();
        assertThat(r.find("e02")).contains(e);
        assertThat(e.classes()).containsExactly("AddGate", "MulGate", "MaxGate");
        assertThat(e.allowed()).containsExactly("org.chainrule.core", "org.chainrule.autograd");
        assertThat(e.forbidden()).isEmpty();
        assertThat(e.handout()).isEqualTo("exercises/handouts/E02-gates.md");
        assertThat(e.qualified("MulGate")).isEqualTo("org.chainrule.exercises.gates.MulGate");
        assertThat(e.publicPoints() + e.hiddenPoints()).isEqualTo(15);
    }

    @Test
    void aTypoInAKeyIsNamed() {
        String[] lines = GATES.clone();
        lines[3] = "E02.class = AddGate";
        assertThatThrownBy(() -> write(lines)).hasMessageStartingWith("registry.properties: unknown key 'E02.class'");
    }

    @Test
    void aPackageOutsideTheExercisesIsRefused() {
        String[] lines = GATES.clone();
        lines[0] = "E02.package = org.chainrule.gates";
        assertThatThrownBy(() -> write(lines)).hasMessageStartingWith(
                "registry.properties: E02.package is 'org.chainrule.gates'; it must be org.chainrule.exercises.<topic>");
    }

    @Test
    void aMissingHandoutIsNamed() {
        String[] lines = GATES.clone();
        lines[2] = "E02.handouts = handouts/E02-gates.md, handouts/E02-gates.ko.md";
        assertThatThrownBy(() -> write(lines)).hasMessageStartingWith(
                "registry.properties: E02.handouts names handouts/E02-gates.ko.md, which is not in");
    }

    @Test
    void pointsArePositiveNumbersAndClassesSimpleNames() {
        String[] lines = GATES.clone();
        lines[5] = "E02.points.public = ten";
        assertThatThrownBy(() -> write(lines)).hasMessageContaining("E02.points.public is 'ten'");
        String[] classes = GATES.clone();
        classes[3] = "E02.classes = org.x.AddGate";
        assertThatThrownBy(() -> write(classes)).hasMessageContaining("E02.classes lists 'org.x.AddGate'");
    }

    @Test
    void theCoursesOwnRegistryLoads() throws Exception {
        Registry r = Registry.load(Path.of("..", "exercises"));
        assertThat(r.exercises()).isNotEmpty();
        assertThat(r.exercises().get(0).id()).isEqualTo("E01");
    }
}
