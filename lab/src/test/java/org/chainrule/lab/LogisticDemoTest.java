package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticDemoTest {
    @TempDir
    Path dir;

    @Test
    void retracesTheNotesLogWithin2e6() throws Exception {
        String out = TensorsDemoTest.run(new LogisticDemo(), dir, null);

        List<String> log = out.lines().filter(l -> l.startsWith("Step=")).toList();
        assertThat(log).hasSize(6);
        assertThat(log.get(1)).startsWith("Step=1001, Cost = 0.51227").contains("W=[[0.18093", "] [0.55177",
                "]], b = [-0.97815");
        assertThat(log.get(5)).startsWith("Step=5001, Cost = 0.23677").contains("W=[[1.08480", "] [1.10758",
                "]], b = [-4.03937");
        assertThat(LogisticDemo.maxDifference(log)).isLessThan(2e-6);
        assertThat(out).contains("The notes' lines (TensorFlow, float32)", "Largest difference over all 24 printed numbers");
    }

    @Test
    void theTestSetGivesTheNotesConfusionMatrix() throws Exception {
        String out = TensorsDemoTest.run(new LogisticDemo(), dir, null);

        assertThat(out).contains("Confusion matrix (rows: true class, columns: predicted) = [[2, 2], [1, 1]]");
        assertThat(out).contains("Precision (Positive) = TP / (TP + FP) = 1 / 3 = 0.333");
        assertThat(out).contains("Recall    (Positive) = TP / (TP + FN) = 1 / 2 = 0.500");
        assertThat(out).contains("x1 = −(w0/w1)·x0 − b/w1 = -0.9794·x0 + 3.6470");
        for (String png : List.of("logistic-boundary.png", "logistic-boundary-test.png", "logistic-confusion.png")) {
            assertThat(out).contains("picture: " + dir.resolve(png));
            DemoPictures.assertPng(dir.resolve(png));
        }
    }

    @Test
    void aSeedStartsFromChainrulesOwnDraw() throws Exception {
        String out = TensorsDemoTest.run(new LogisticDemo(), dir, 7L);

        assertThat(out).contains("Start: Chainrule's own draw, Rng.seed(7)").doesNotContain("The notes' lines");
        assertThat(out.lines().filter(l -> l.startsWith("Step=")).count()).isEqualTo(6);
        assertThat(TensorsDemoTest.run(new LogisticDemo(), dir, 7L)).isEqualTo(out);
    }

    @Test
    void parseReadsALogLineBack() {
        assertThat(LogisticDemo.parse(LogisticDemo.NOTES.get(5)))
                .containsExactly(5001, 0.2367737740278244, 1.0848083, 1.1075894, -4.039375);
    }

    @Test
    void maxDifferenceFindsTheLargestGapToTheNotes() {
        List<String> log = new ArrayList<>(LogisticDemo.NOTES);
        assertThat(LogisticDemo.maxDifference(log)).isZero();
        // Step=3001's b is -2.7877953 in the notes; 0.001 off there, and 1e-5 off in Step=1's cost.
        log.set(3, log.get(3).replace("b = [-2.7877953]", "b = [-2.7867953]"));
        log.set(0, log.get(0).replace("Cost = 0.7932398319244385", "Cost = 0.7932498319244385"));
        assertThat(LogisticDemo.maxDifference(log)).isCloseTo(1e-3, within(1e-12));
    }

    @Test
    void maxDifferenceRefusesALogOfOtherSteps() {
        List<String> shifted = new ArrayList<>(LogisticDemo.NOTES);
        shifted.set(2, shifted.get(2).replace("Step=2001", "Step=2002"));
        assertThatThrownBy(() -> LogisticDemo.maxDifference(shifted)).hasMessage("log line 2 is step 2002, the notes' is step 2001");
        assertThatThrownBy(() -> LogisticDemo.maxDifference(LogisticDemo.NOTES.subList(0, 5)))
                .hasMessage("expected 6 log lines, got 5");
    }
}
