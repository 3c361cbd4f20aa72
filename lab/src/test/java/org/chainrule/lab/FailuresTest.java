package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.chainrule.core.ShapeException;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void fileProblemsAreSaidInWordsWithTheFile() {
        assertThat(Failures.describe(new NoSuchFileException("/proc/nope")))
                .isEqualTo("there is no file or folder '/proc/nope'.");
        assertThat(Failures.describe(new UncheckedIOException(new FileAlreadyExistsException("out/gates.dot"))))
                .isEqualTo("'out/gates.dot' already exists and is in the way.");
        assertThat(Failures.describe(new AccessDeniedException("/root/x")))
                .isEqualTo("you do not have permission to use '/root/x'.");
        assertThat(Failures.describe(new FileSystemException("/ro/x", null, "Read-only file system")))
                .isEqualTo("could not use '/ro/x': Read-only file system.");
    }

    @Test
    void chainrulesOwnMessagesAreShownAsTheyAre() {
        ShapeException shape = catchShape();
        assertThat(Failures.describe(shape)).isEqualTo(shape.getMessage());
        assertThat(Failures.status(shape)).isEqualTo(Failures.USAGE);
    }

    @Test
    void aMissingClassAsksForARebuild() {
        assertThat(Failures.describe(new NoClassDefFoundError("org/chainrule/core/Tensor")))
                .contains("incomplete or out of date").contains("run ./chainrule again to rebuild")
                .doesNotContain("NoClassDefFoundError", "org/chainrule");
        assertThat(Failures.status(new NoClassDefFoundError("x"))).isEqualTo(Failures.FAILED);
    }

    @Test
    void aBugElsewhereIsNotBlamedOnTheUserAndNamesNoClass() {
        RuntimeException fromTheJdk = catchJdk();
        assertThat(Failures.describe(fromTheJdk))
                .startsWith("something unexpected went wrong inside Chainrule (a bug, not your mistake)")
                .contains("--debug")
                .doesNotContain("Index", "Exception");
        assertThat(Failures.status(fromTheJdk)).isEqualTo(Failures.FAILED);
    }

    private static ShapeException catchShape() {
        try {
            Tensor.ones(1, 2).matmul(Tensor.ones(3, 1));
        } catch (ShapeException e) {
            return e;
        }
        throw new AssertionError("matmul of [1, 2] and [3, 1] did not fail");
    }

    private static RuntimeException catchJdk() {
        try {
            List.of().get(3);
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("List.of().get(3) did not fail");
    }
}
