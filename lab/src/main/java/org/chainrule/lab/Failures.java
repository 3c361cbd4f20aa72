package org.chainrule.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Says what went wrong in the user's words: one line, no Java class names, no stack trace (the
 * trace only with {@code --debug}). Used by {@link Chainrule} for every failure of a command and
 * every mistake on the command line.
 */
final class Failures {
    /** Exit status when a command failed. */
    static final int FAILED = 1;
    /** Exit status when the command line was wrong (and when a demo rejects its input). */
    static final int USAGE = 2;

    private Failures() {
    }

    /**
     * One line for a command-line mistake, e.g. {@code --seed N: 'abc' is not a whole number (e.g. 7)}
     * instead of picocli's {@code 'abc' is not a long}.
     */
    static String usage(ParameterException ex) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName(" ");
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> words = u.getUnmatched();
            if (u.isUnknownOption()) {
                List<String> near = u.getSuggestions();
                return "'" + command + "' has no option " + quote(words.get(0))
                        + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?");
            }
            if (!ex.getCommandLine().getSubcommands().isEmpty() && u.getCommandLine().getParseResult().subcommand() == null
                    && !ex.getCommandLine().getSubcommands().containsKey(words.get(0))) {
                return "there is no command '" + words.get(0) + "' in '" + command + "'; the commands are "
                        + String.join(", ", ex.getCommandLine().getSubcommands().keySet());
            }
            return "'" + command + "' did not expect " + words.stream().map(Failures::quote)
                    .collect(Collectors.joining(" ")) + (words.size() == 1 ? ", one word too many" : "");
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "'" + command + "' needs " + m.getMissing().stream().map(Failures::missing)
                    .collect(Collectors.joining(" and "));
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException && ex.getArgSpec() != null) {
            return label(ex.getArgSpec()) + ": '" + ex.getValue() + "' is not " + kind(ex.getArgSpec().type());
        }
        return ex.getMessage();
    }

    /** One line for a failure while a command ran; never a Java class name. */
    static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof CommandFailure) {
            return t.getMessage();
        }
        if (t instanceof IOException io) {
            return file(io);
        }
        if (t instanceof OutOfMemoryError) {
            return "Java ran out of memory; close other programs or give Java more with JAVA_TOOL_OPTIONS=-Xmx2g.";
        }
        if (t instanceof StackOverflowError) {
            return "a computation nested too deeply (Java's stack overflowed).";
        }
        if (t instanceof LinkageError) {
            return "Chainrule's compiled classes are incomplete or out of date (a build was cleaned or interrupted); "
                    + "run ./chainrule again to rebuild, or: mvn -B -ntp package -DskipTests";
        }
        if (t.getMessage() != null && isOurs(t)) {
            return t.getMessage();
        }
        return "something unexpected went wrong inside Chainrule (a bug, not your mistake); "
                + "run the same command with --debug to see where, and please report it.";
    }

    /** The exit status for a failure: {@link #USAGE} for a rejected input, else {@link #FAILED}. */
    static int status(Throwable failure) {
        Throwable t = unwrap(failure);
        return t instanceof IllegalArgumentException && isOurs(t) ? USAGE : FAILED;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable inner = t;
        while ((inner instanceof UncheckedIOException || inner instanceof CommandLine.ExecutionException)
                && inner.getCause() != null) {
            inner = inner.getCause();
        }
        return inner;
    }

    /** Thrown by Chainrule's own code (whose messages are written for users), not by the JDK or a library. */
    private static boolean isOurs(Throwable t) {
        if (t.getClass().getName().startsWith("org.chainrule.")) {
            return true;
        }
        StackTraceElement[] where = t.getStackTrace();
        return where.length > 0 && where[0].getClassName().startsWith("org.chainrule.");
    }

    private static String file(IOException io) {
        if (io instanceof NoSuchFileException e) {
            return "there is no file or folder " + quote(e.getFile()) + ".";
        }
        if (io instanceof FileAlreadyExistsException e) {
            return quote(e.getFile()) + " already exists and is in the way.";
        }
        if (io instanceof AccessDeniedException e) {
            return "you do not have permission to use " + quote(e.getFile()) + ".";
        }
        if (io instanceof NotDirectoryException e) {
            return quote(e.getFile()) + " is a file, not a folder.";
        }
        if (io instanceof FileSystemException e) {
            return "could not use " + quote(e.getFile()) + (e.getReason() == null ? "." : ": " + e.getReason() + ".");
        }
        return "could not read or write a file" + (io.getMessage() == null ? "." : ": " + io.getMessage() + ".");
    }

    /** How an option or parameter is written on the command line, e.g. {@code --seed N}. */
    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : arg.paramLabel();
    }

    /** What is missing: a value after an option ({@code a value after --seed}), or a parameter's label. */
    private static String missing(ArgSpec arg) {
        return arg instanceof OptionSpec o ? "a value after " + o.longestName() : arg.paramLabel();
    }

    /** A value's type in plain words. */
    static String kind(Class<?> type) {
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number (e.g. 7)";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number (e.g. 0.5)";
        }
        if (type == Path.class) {
            return "a usable path";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a value this option accepts";
    }

    private static String quote(String s) {
        return "'" + s + "'";
    }
}
