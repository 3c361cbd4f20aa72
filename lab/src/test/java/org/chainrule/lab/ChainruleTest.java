package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainrule.lab.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainruleTest {

    @Test
    void unknownDemoIsAUsageErrorThatListsTheDemos() {
        String[] r = run("demo", "nope");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("chainrule: demo: there is no demo 'nope'; choose one of [tensors, gates");
    }

    @Test
    void listNamesEveryDemo() {
        String[] r = run("demo", "--list");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("tensors", "gates");
    }

    @Test
    void helpListsTheCommands() {
        String[] r = run("--help");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("Usage: chainrule", "demo");
    }

    @Test
    void anUnwritableOutputFolderIsOneLineBeforeAnyDemoRuns(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        String[] r = run("demo", "all", "--out", blocker.resolve("pictures").toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).as("nothing ran").isEmpty();
        assertThat(r[2]).isEqualTo("chainrule: cannot write pictures to '" + blocker.resolve("pictures") + "': '"
                + blocker + "' is a file, not a folder. Choose a folder you can write with --out DIR." + NL);
    }

    @Test
    void aDemoThatWritesNothingDoesNotCheckTheFolder(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        String[] r = run("demo", "tensors", "--out", blocker.toString());
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[2]).isEmpty();
    }

    @Test
    void debugAddsTheStackTrace(@TempDir Path dir) throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        String[] plain = run("demo", "gates", "--out", blocker.toString());
        String[] debug = run("demo", "gates", "--out", blocker.toString(), "--debug");
        assertThat(plain[2]).doesNotContain("\tat ").hasLineCount(1);
        assertThat(debug[2]).startsWith(plain[2]).contains("\tat org.chainrule.lab.OutputFolder.prepare");
        assertThat(debug[0]).isEqualTo(plain[0]).isEqualTo("1");
    }

    @Test
    void unknownOptionIsAUsageErrorWithASuggestion() {
        String[] r = run("demo", "--ou", "pics");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).isEqualTo("chainrule: 'chainrule demo' has no option '--ou'; did you mean --out?"
                + " (help: chainrule demo --help)" + NL);
    }

    @Test
    void aWordTooManyIsSaidInWords() {
        String[] r = run("demo", "tensors", "extra");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).isEqualTo("chainrule: 'chainrule demo' did not expect 'extra', one word too many"
                + " (help: chainrule demo --help)" + NL);
    }

    @Test
    void aSeedThatIsNotANumberIsSaidInWords() {
        String[] r = run("demo", "seeds", "--seed", "abc");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).isEqualTo("chainrule: --seed N: 'abc' is not a whole number (e.g. 7)"
                + " (help: chainrule demo --help)" + NL);
    }

    @Test
    void anOptionWithoutItsValueIsSaidInWords() {
        String[] r = run("demo", "seeds", "--seed");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("chainrule: 'chainrule demo' needs a value after --seed");
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        String[] r = run("frobnicate");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).startsWith("chainrule: there is no command 'frobnicate' in 'chainrule'; the commands are demo, shell");
    }

    @Test
    void noUsageErrorNamesAJavaClassOrPicocli() {
        String[][] cases = {{"demo", "--seed", "1.5"}, {"demo", "a", "b"}, {"demo", "--out"}, {"nope"}, {"demo", "-x"}};
        for (String[] args : cases) {
            assertThat(run(args)[2]).as(String.join(" ", args))
                    .doesNotContainPattern("[A-Z][a-z]+(Exception|Error)\\b")
                    .doesNotContain("Unmatched", "is not a long", "index", "Invalid value");
        }
    }

    @Test
    void aSeedForADemoWithoutRandomnessIsRefusedNotIgnored() {
        for (String demo : new String[] {"gates", "lr"}) {
            String[] r = run("demo", demo, "--seed", "7");
            assertThat(r[0]).as(demo).isEqualTo("2");
            assertThat(r[1]).as("nothing ran").isEmpty();
            assertThat(r[2]).isEqualTo("chainrule: demo " + demo + " has no random start, so --seed would change "
                    + "nothing; leave it out (help: chainrule demo --help)" + NL);
        }
    }

    private static final String NL = System.lineSeparator();
}
