package org.chainrule.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FixtureEditTest {
    private static final String SOURCE = String.join("\n",
            "class MulGate {",
            "    List<Tensor> backward(Tensor upstream) {",
            "        Tensor gradA = upstream.mul(b);",
            "        Tensor gradB = upstream.mul(a);",
            "        return List.of(gradA, gradB);",
            "    }",
            "}",
            "");
    private static final String NAME = "E02-gates/mul-not-swapped/MulGate.java.edit";
    /** A block that stands once in SOURCE: gradB is returned first. */
    private static final String SWAP_RETURN = edit(
            "@@ replace",
            "        return List.of(gradA, gradB);",
            "@@ with",
            "        return List.of(gradB, gradA);",
            "@@ end");

    private static String edit(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aBlockReplacesItsLinesWhereTheyStandOnce() {
        FixtureEdit e = FixtureEdit.parse(NAME, edit(
                "# not swapped",
                "@@ replace",
                "        Tensor gradA = upstream.mul(b);",
                "        Tensor gradB = upstream.mul(a);",
                "@@ with",
                "        Tensor gradA = upstream.mul(a);   // MISTAKE",
                "@@ end"));

        assertThat(e.applyTo(SOURCE, "MulGate.java")).isEqualTo(String.join("\n",
                "class MulGate {",
                "    List<Tensor> backward(Tensor upstream) {",
                "        Tensor gradA = upstream.mul(a);   // MISTAKE",
                "        return List.of(gradA, gradB);",
                "    }",
                "}",
                ""));
    }

    @Test
    void blocksApplyInOrderAndAnEmptyWithDeletes() {
        FixtureEdit e = FixtureEdit.parse(NAME, SWAP_RETURN + edit(
                "",
                "@@ replace",
                "        Tensor gradB = upstream.mul(a);",
                "        return List.of(gradB, gradA);",
                "@@ with",
                "@@ end"));

        assertThat(e.blocks()).extracting(FixtureEdit.Block::line).containsExactly(1, 7);
        assertThat(e.applyTo(SOURCE, "MulGate.java")).isEqualTo(String.join("\n",
                "class MulGate {",
                "    List<Tensor> backward(Tensor upstream) {",
                "        Tensor gradA = upstream.mul(b);",
                "    }",
                "}",
                ""));
    }

    @Test
    void linesNotInTheSourceFailNamingTheEditTheBlockTheSourceAndTheText() {
        FixtureEdit e = FixtureEdit.parse(NAME, SWAP_RETURN + edit(
                "@@ replace",
                "        Tensor gradA = upstream.mul(b).sumTo(a.shape());",
                "@@ with",
                "        Tensor gradA = upstream;",
                "@@ end"));

        assertThatThrownBy(() -> e.applyTo(SOURCE, "solutions/.../MulGate.java"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("E02-gates/mul-not-swapped/MulGate.java.edit, block 2 (line 6): the lines to replace stand "
                        + "nowhere in solutions/.../MulGate.java (did the solution change? update the fixture):\n"
                        + "        Tensor gradA = upstream.mul(b).sumTo(a.shape());\n");
    }

    @Test
    void linesThatStandTwiceFailWithTheCount() {
        String twice = SOURCE + SOURCE.replace("MulGate", "OtherGate");
        FixtureEdit e = FixtureEdit.parse(NAME, edit(
                "@@ replace",
                "        Tensor gradB = upstream.mul(a);",
                "@@ with",
                "        Tensor gradB = upstream.mul(b);",
                "@@ end"));

        assertThatThrownBy(() -> e.applyTo(twice, "MulGate.java"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("block 1 (line 1): the lines to replace stand 2 times in MulGate.java")
                .hasMessageContaining("add a neighbouring line")
                .hasMessageEndingWith("        Tensor gradB = upstream.mul(a);\n");
    }

    @Test
    void onlyWholeLinesMatch() {
        // "gradB = upstream.mul(a);" ends a source line but is not one: it must not be found.
        assertThat(FixtureEdit.wholeLineMatches(SOURCE, "Tensor gradB = upstream.mul(a);\n")).isEmpty();
        assertThat(FixtureEdit.wholeLineMatches(SOURCE, "        Tensor gradB = upstream.mul(a);\n")).containsExactly(SOURCE.indexOf("        Tensor gradB"));
        assertThat(FixtureEdit.wholeLineMatches(SOURCE, "class MulGate {\n")).containsExactly(0);
    }

    @Test
    void malformedEditsFailNamingTheFileAndLine() {
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("# only a note")))
                .hasMessage(NAME + ": no '@@ replace' block, so no mistake.");
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("        Tensor gradA = upstream;")))
                .hasMessage(NAME + " line 1: expected '@@ replace', a '#' note or a blank line, found '        Tensor gradA = upstream;'.");
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("@@ replace", "x", "@@ end")))
                .hasMessage(NAME + " line 3: expected '@@ with' before '@@ end'.");
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("", "@@ replace", "x", "@@ with", "y")))
                .hasMessage(NAME + " line 4: the block has no '@@ end' line.");
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("@@ replace", "@@ with", "y", "@@ end")))
                .hasMessage(NAME + " line 1: the block replaces nothing.");
        assertThatThrownBy(() -> FixtureEdit.parse(NAME, edit("@@ replace", "x", "@@ with", "x", "@@ end")))
                .hasMessage(NAME + " line 1: the block replaces its text with itself: no mistake.");
    }
}
