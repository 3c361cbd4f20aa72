package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the static demo prints is what it measured: same bits, the tape, allocation, the refusals. */
class StaticDemoTest {
    @TempDir
    static Path dir;
    private static String out;

    @BeforeAll
    static void runOnce() throws Exception {
        out = TensorsDemoTest.run(new StaticDemo(), dir, null);
    }

    @Test
    void bothRunsGiveTheSameBitsTracedAndEager() {
        assertThat(Pattern.compile("same bits: yes").matcher(out).results().count()).isEqualTo(2);
        assertThat(out).doesNotContain("same bits: NO").contains("final cost 0.2367738");
    }

    @Test
    void theTapeListsTheNotesCostGateByGate() {
        assertThat(out).contains("StaticGraph(13 steps, 2 parameters, 2 inputs)", "MatMul [6, 1]  [MatMulStep]",
                "Exp [6, 1]  [UnaryStep]", "Mean []  [ReduceStep]");
    }

    @Test
    void theSpeedUpPrintedIsTheRatioOfTheTimesPrinted() {
        Matcher m = Pattern.compile("eager +([\\d.]+) ms +traced +([\\d.]+) ms +([\\d.]+)× faster").matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(3)))
                .isCloseTo(Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2)), within(0.06));
    }

    @Test
    void tracedStepsAllocateFarLessThanEagerOnes() {
        Matcher m = Pattern.compile("eager builds 13 nodes and allocates ([\\d,]+) bytes; traced builds none and "
                + "allocates ([\\d,]+) bytes").matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(bytes(m.group(1))).isGreaterThan(10 * bytes(m.group(2)));
        Matcher mlp = Pattern.compile("MLP step: +eager allocates ([\\d,]+) bytes; traced allocates ([\\d,]+) bytes").matcher(out);
        assertThat(mlp.find()).isTrue();
        assertThat(bytes(mlp.group(1))).isGreaterThan(bytes(mlp.group(2)));
    }

    @Test
    void theWidthSweepCountsTheParametersOfEachNetwork() throws Exception {
        Matcher m = Pattern.compile("(?m)^ +(\\d+) +(\\d+) +[\\d.]+ +[\\d.]+ +[\\d.]+× faster$").matcher(out);
        List<Integer> widths = new ArrayList<>();
        while (m.find()) {
            int h = Integer.parseInt(m.group(1));
            widths.add(h);
            assertThat(Integer.parseInt(m.group(2))).as("parameters of 64-%d-10", h).isEqualTo(64 * h + h + h * 10 + 10);
        }
        assertThat(widths).containsExactly(8, 32, 128, 512);
        DemoPictures.assertPng(dir.resolve("static-graph.png"));
    }

    @Test
    void itShowsWhatAStaticGraphCannotDo() {
        assertThat(out).contains("another shape:  StaticGraph.forward: input 0 is [5, 2] but the graph was traced with [6, 2]",
                "the traced function took another path for these inputs", "inflexible but fast");
    }

    private static long bytes(String s) {
        return Long.parseLong(s.replace(",", ""));
    }
}
