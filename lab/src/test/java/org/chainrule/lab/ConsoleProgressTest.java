package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void aBarOnlyOnATerminalWithTheLogOnStandardOutput() {
        assertThat(ConsoleProgress.barAllowed(true, true, null)).as("plain java on a terminal").isTrue();
        assertThat(ConsoleProgress.barAllowed(true, true, "true")).as("the launcher on a terminal").isTrue();
        assertThat(ConsoleProgress.barAllowed(true, true, "false")).as("standard error redirected").isFalse();
        assertThat(ConsoleProgress.barAllowed(true, false, "true")).as("standard output redirected").isFalse();
        assertThat(ConsoleProgress.barAllowed(false, true, "true")).as("the log goes elsewhere").isFalse();
    }
}
