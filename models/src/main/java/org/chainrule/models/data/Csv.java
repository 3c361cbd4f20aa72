package org.chainrule.models.data;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Loads a labelled data set from Chainrule's CSV format, from a file or from the classpath.
 *
 * <p>With a header (Iris, breast cancer): the first line is {@code n_samples,n_features,class names...};
 * every further line is the features, then the integer label:
 * <pre>
 *   150,4,setosa,versicolor,virginica
 *   5.1,3.5,1.4,0.2,0
 * </pre>
 * Without a header (digits): every line is the features, then the label; the first line fixes the
 * number of features, and the caller names the classes. A name ending in {@code .gz} is gunzipped.
 *
 * <p>A bad file throws a {@link DataFileException} whose message names the file, the line and the
 * column, e.g. {@code iris.csv line 7, column 3: "abc" is not a number.}
 */
public final class Csv {
    private Csv() {
    }

    /**
     * Reads a file with a header line.
     *
     * @param file e.g. {@code data/iris.csv} or {@code iris.csv.gz}
     * @return features {@code [n_samples, n_features]}, one label per row, the header's class names
     * @throws DataFileException if the file is missing or breaks the format
     */
    public static Dataset read(Path file) {
        return parse(name(file), open(file), null);
    }

    /**
     * Reads a file without a header: features, then the label, on every line.
     *
     * @param file e.g. {@code digits.csv.gz}
     * @param classNames one name per class; labels must lie in {@code [0, classNames.size())}
     * @return features {@code [n, d]} where d + 1 is the number of values on the first line
     * @throws DataFileException if the file is missing or breaks the format
     */
    public static Dataset read(Path file, List<String> classNames) {
        List<String> names = requireClassNames(classNames);
        return parse(name(file), open(file), names);
    }

    /**
     * Reads a resource with a header line, e.g. the bundled {@code iris.csv}.
     *
     * @param name a classpath resource; a name without a leading {@code /} is looked up in this
     *     package, {@code org/chainrule/models/data/}
     * @return features {@code [n_samples, n_features]}, one label per row, the header's class names
     * @throws DataFileException if there is no such resource or it breaks the format
     */
    public static Dataset resource(String name) {
        return parse(name, openResource(name), null);
    }

    /**
     * Reads a resource without a header, e.g. the bundled {@code digits.csv.gz}.
     *
     * @param name a classpath resource, looked up as in {@link #resource(String)}
     * @param classNames one name per class; labels must lie in {@code [0, classNames.size())}
     * @return features {@code [n, d]} where d + 1 is the number of values on the first line
     * @throws DataFileException if there is no such resource or it breaks the format
     */
    public static Dataset resource(String name, List<String> classNames) {
        List<String> names = requireClassNames(classNames);
        return parse(name, openResource(name), names);
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(String.format("%s: no such file (looked for %s).",
                    name(file), file.toAbsolutePath()), e);
        } catch (IOException e) {
            throw new DataFileException(String.format("%s: cannot be read (%s).", name(file), e.getMessage()), e);
        }
    }

    private static InputStream openResource(String name) {
        InputStream stream = Csv.class.getResourceAsStream(name);
        if (stream == null) {
            throw new DataFileException(String.format("%s: no such resource on the classpath (looked in "
                    + "package %s; start the name with / for an absolute path).",
                    name, Csv.class.getPackageName()));
        }
        return stream;
    }

    private static List<String> requireClassNames(List<String> classNames) {
        if (classNames == null || classNames.isEmpty()) {
            throw new IllegalArgumentException("Csv: a file without a header needs its class names, "
                    + "e.g. List.of(\"0\", \"1\", ..., \"9\") for digits; got " + classNames + ".");
        }
        return List.copyOf(classNames);
    }

    /** Parses with a header when {@code classNames} is null, else without; closes the stream. */
    private static Dataset parse(String name, InputStream stream, List<String> classNames) {
        try (InputStream raw = stream;
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        name.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            return classNames == null
                    ? CsvParser.withHeader(name, in)
                    : CsvParser.withoutHeader(name, in, classNames);
        } catch (ZipException | EOFException e) {
            throw new DataFileException(String.format("%s: not a complete gzip file (%s); a name ending "
                    + "in .gz must hold gzip'd CSV.", name, e.getMessage()), e);
        } catch (IOException e) {
            throw new DataFileException(String.format("%s: cannot be read (%s).", name, e.getMessage()), e);
        }
    }
}
