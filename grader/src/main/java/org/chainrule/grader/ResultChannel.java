package org.chainrule.grader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the forked test JVM writes its {@link Records} (package-private): a path given on the
 * command line, opened by {@link RunnerMain} <i>before</i> any test or student class is loaded and
 * held only here. Today a file in the grader's work folder; the path may as well be an inherited
 * descriptor ({@code /dev/fd/3}), which is how untrusted runs keep it out of the student's reach.
 * Never the child's standard output, which the student's code can print to.
 */
final class ResultChannel implements AutoCloseable {
    private final Writer out;

    private ResultChannel(Writer out) {
        this.out = out;
    }

    /** Opens {@code target} for writing (a file is created or truncated). */
    static ResultChannel open(Path target) throws IOException {
        var stream = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        return new ResultChannel(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
    }

    /** Writes one record and flushes it, so a JVM killed a moment later has still reported it. */
    synchronized void send(String... fields) {
        try {
            out.write(Records.line(fields));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the grader's result channel is closed", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
