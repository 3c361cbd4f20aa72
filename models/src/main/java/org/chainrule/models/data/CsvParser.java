package org.chainrule.models.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.chainrule.core.ClassLabels;
import org.chainrule.core.Shape;
import org.chainrule.core.Tensor;

/**
 * Turns the lines of a CSV data file into a {@link Dataset} (package-private: {@link Csv} opens
 * the file). Every error names the file, the line and the column (both counted from 1, as an
 * editor does) and the rule that was broken.
 *
 * <pre>
 *   150,4,setosa,versicolor,virginica     the header: n_samples, n_features, class names...
 *   5.1,3.5,1.4,0.2,0                     n_features numbers, then the label (a class index)
 * </pre>
 *
 * Blank lines are skipped; spaces around a value are ignored. A number is written as any CSV reader
 * reads it: an optional sign, digits with an optional decimal point, an optional exponent
 * ({@code 5.1}, {@code -.5}, {@code 1e-3}). Java's own forms ({@code 5.1f}, {@code 2d}, hex floats
 * such as {@code 0x1p3}) are refused, and so are {@code NaN} and {@code Infinity}: a feature must be
 * a finite number to train on, and a missing value needs a decision (drop the row, impute) that the
 * reader should not make silently.
 */
final class CsvParser {
    private static final String HEADER_FORMAT = "\"n_samples,n_features,class names...\"";
    /** Plain decimal notation: sign, digits and point, exponent. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String source;
    private final BufferedReader in;
    private int lineNumber;
    private int rows;
    private double[] features = new double[1024];
    private int[] labels = new int[128];

    private CsvParser(String source, BufferedReader in) {
        this.source = source;
        this.in = in;
    }

    /** Reads a file whose first line is the header {@code n_samples,n_features,class names...}. */
    static Dataset withHeader(String source, BufferedReader in) throws IOException {
        CsvParser p = new CsvParser(source, in);
        String[] header = p.nextRow();
        if (header == null) {
            throw new DataFileException(source + ": the file is empty; its first line must be the header "
                    + HEADER_FORMAT + ".");
        }
        int headerLine = p.lineNumber;
        if (header.length < 3) {
            throw p.error(String.format("the header \"%s\" has %d fields; it must be %s with at least "
                    + "one class name.", String.join(",", header), header.length, HEADER_FORMAT));
        }
        int samples = p.count(header[0], 1, "n_samples");
        int d = p.count(header[1], 2, "n_features");
        List<String> classNames = p.classNames(header);
        for (String[] row = p.nextRow(); row != null; row = p.nextRow()) {
            p.add(row, d, classNames, "as the header says");
        }
        if (p.rows != samples) {
            throw new DataFileException(String.format("%s: the header (line %d) says n_samples = %d but the "
                    + "file has %d data rows.", source, headerLine, samples, p.rows));
        }
        return p.dataset(d, classNames);
    }

    /** Reads a file without a header: every row is the features, then the label. */
    static Dataset withoutHeader(String source, BufferedReader in, List<String> classNames) throws IOException {
        CsvParser p = new CsvParser(source, in);
        String[] first = p.nextRow();
        if (first == null) {
            throw new DataFileException(source + ": the file has no rows; each row must be the "
                    + "features, then the label.");
        }
        if (first.length < 2) {
            throw p.error("found 1 value; a row needs at least one feature, then the label.");
        }
        int d = first.length - 1;
        for (String[] row = first; row != null; row = p.nextRow()) {
            p.add(row, d, classNames, "like the first row");
        }
        return p.dataset(d, classNames);
    }

    /** The next non-blank line split at commas, each value trimmed; null at the end of the file. */
    private String[] nextRow() throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (!line.isBlank()) {
                String[] cells = line.split(",", -1);
                Arrays.setAll(cells, j -> cells[j].trim());
                return cells;
            }
        }
        return null;
    }

    /** Appends one data row: {@code d} numbers, then a label in {@code [0, classes)}. */
    private void add(String[] cells, int d, List<String> classNames, String rule) {
        if (cells.length != d + 1) {
            throw error(String.format("found %d values; each row needs %d (%d features, then the label), %s.",
                    cells.length, d + 1, d, rule));
        }
        if ((rows + 1) * d > features.length) {
            features = Arrays.copyOf(features, Math.max(2 * features.length, (rows + 1) * d));
        }
        if (rows == labels.length) {
            labels = Arrays.copyOf(labels, 2 * labels.length);
        }
        for (int j = 0; j < d; j++) {
            features[rows * d + j] = number(cells[j], j + 1);
        }
        labels[rows] = label(cells[d], d + 1, classNames);
        rows++;
    }

    private double number(String cell, int column) {
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw error(column, String.format("\"%s\" is not a number.", cell));
        }
        if (!Double.isFinite(value)) {
            throw error(column, String.format("\"%s\" is not a finite number.", cell));
        }
        if (!PLAIN_NUMBER.matcher(cell).matches()) {
            throw error(column, String.format("\"%s\" is not a plain decimal number; write digits with an optional "
                    + "point and exponent, e.g. 5.1 or 1e-3 (Java forms such as 5.1f, 2d or 0x1p3 are not CSV).", cell));
        }
        return value;
    }

    private int label(String cell, int column, List<String> classNames) {
        int k = classNames.size();
        int label;
        try {
            label = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw error(column, String.format("label \"%s\" is not a whole number; labels are class "
                    + "indices from 0 to %d.", cell, k - 1));
        }
        if (!ClassLabels.isClass(label, k)) {
            throw error(column, ClassLabels.problem(label, k) + " The classes: " + classNames + ".");
        }
        return label;
    }

    /** A header count (n_samples or n_features): a whole number, at least 1. */
    private int count(String cell, int column, String name) {
        int n;
        try {
            n = Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw error(column, String.format("%s \"%s\" is not a whole number.", name, cell));
        }
        if (n < 1) {
            throw error(column, String.format("%s is %d; it must be at least 1.", name, n));
        }
        return n;
    }

    private List<String> classNames(String[] header) {
        for (int j = 2; j < header.length; j++) {
            if (header[j].isEmpty()) {
                throw error(j + 1, "the class name is empty; every field after n_features names a class "
                        + "(a stray comma?).");
            }
        }
        return List.of(Arrays.copyOfRange(header, 2, header.length));
    }

    private Dataset dataset(int d, List<String> classNames) {
        Tensor x = Tensor.of(Shape.of(rows, d), Arrays.copyOf(features, rows * d));
        return new Dataset(x, Arrays.copyOf(labels, rows), classNames);
    }

    private DataFileException error(String rule) {
        return new DataFileException(String.format("%s line %d: %s", source, lineNumber, rule));
    }

    private DataFileException error(int column, String rule) {
        return new DataFileException(String.format("%s line %d, column %d: %s", source, lineNumber, column, rule));
    }
}
