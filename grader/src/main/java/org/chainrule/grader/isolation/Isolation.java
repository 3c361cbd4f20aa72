package org.chainrule.grader.isolation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the test JVMs are cut off from the network, found once by trying: {@code unshare -n} (a
 * network namespace of their own; needs root), else {@code unshare -rn} (inside an unprivileged
 * user namespace), else nothing. A namespace counts only when a process started in it sees no
 * interface but {@code lo}. The report says which was in force.
 *
 * @param prefix      the words to put before the {@code java} command, e.g. {@code [unshare, -n]}; empty when none
 * @param description one line for the report
 */
public record Isolation(List<String> prefix, String description) {
    private static final long PROBE_SECONDS = 10;
    private static final String INTERFACES = "/proc/self/net/dev";

    /** Copies the prefix. */
    public Isolation {
        prefix = List.copyOf(prefix);
    }

    /** True when the test JVMs run without a network. */
    public boolean networkIsolated() {
        return !prefix.isEmpty();
    }

    /** The best isolation this machine allows. */
    public static Isolation probe() {
        return probe("unshare");
    }

    /** As {@link #probe()}, with the {@code unshare} program named (a test names a missing one). */
    static Isolation probe(String unshare) {
        List<String> failures = new ArrayList<>();
        for (List<String> prefix : List.of(List.of(unshare, "-n"), List.of(unshare, "-rn"))) {
            String failure = tryPrefix(prefix);
            if (failure == null) {
                return new Isolation(prefix, "no network: each test JVM runs in a network namespace of its own ("
                        + String.join(" ", prefix) + ")");
            }
            failures.add(String.join(" ", prefix) + ": " + failure);
        }
        return new Isolation(List.of(), "network NOT isolated (" + String.join("; ", failures)
                + "); the bytecode policy still refuses every network class");
    }

    /** Why {@code prefix} does not isolate, or {@code null} when it does. */
    private static String tryPrefix(List<String> prefix) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of("cat", INTERFACES));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "did not answer within " + PROBE_SECONDS + " s";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                return "failed: " + firstLine(out);
            }
            List<String> interfaces = interfaces(out);
            return interfaces.equals(List.of("lo")) ? null : "still sees interfaces " + interfaces;
        } catch (IOException e) {
            return "cannot start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The interface names in {@code /proc/net/dev} text (two header lines, then {@code name: counters}). */
    static List<String> interfaces(String procNetDev) {
        List<String> names = new ArrayList<>();
        for (String line : procNetDev.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.contains("|")) {
                names.add(line.substring(0, colon).trim());
            }
        }
        return names;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int end = t.indexOf('\n');
        return end < 0 ? t : t.substring(0, end);
    }
}
