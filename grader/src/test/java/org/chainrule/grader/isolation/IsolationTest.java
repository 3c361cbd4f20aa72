package org.chainrule.grader.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolationTest {
    @Test
    void theInterfacesAreReadFromProcNetDev() {
        String text = """
                Inter-|   Receive                                                |  Transmit
                 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0
                  eth0: 1234567    8910    0    0    0     0          0         0   654321    1112    0    0    0     0       0          0
                """;
        assertThat(Isolation.interfaces(text)).containsExactly("lo", "eth0");
    }

    @Test
    void withoutUnshareTheReportSaysTheNetworkIsNotIsolated() {
        Isolation none = Isolation.probe("/nonexistent/unshare");
        assertThat(none.networkIsolated()).isFalse();
        assertThat(none.prefix()).isEmpty();
        assertThat(none.description()).startsWith("network NOT isolated (/nonexistent/unshare -n: cannot start: ")
                .endsWith("the bytecode policy still refuses every network class");
    }

    /** Whatever this machine allows: when the probe claims isolation, a process under the prefix sees only lo. */
    @Test
    void aClaimedNamespaceReallyHidesTheNetwork() throws Exception {
        Isolation isolation = Isolation.probe();
        assertThat(isolation.description()).isNotBlank();
        if (isolation.networkIsolated()) {
            List<String> command = new ArrayList<>(isolation.prefix());
            command.addAll(List.of("cat", "/proc/self/net/dev"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).isZero();
            assertThat(Isolation.interfaces(out)).containsExactly("lo");
            assertThat(isolation.description()).startsWith("no network: each test JVM runs in a network namespace of its own");
        }
    }
}
