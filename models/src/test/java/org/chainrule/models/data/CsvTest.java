package org.chainrule.models.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.chainrule.core.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the CSV format; every error message is pinned word for word. */
class CsvTest {
    private static final String IRIS_HEADER = "3,4,setosa,versicolor,virginica\n";
    private static final List<String> ABC = List.of("a", "b", "c");

    @TempDir
    Path dir;

    @Test
    void readsHeaderFeaturesAndLabels() throws IOException {
        Path file = write("iris.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,0\n7.0,3.2,4.7,1.4,1\n6.3,3.3,6.0,2.5,2\n");

        Dataset data = Csv.read(file);

        assertThat(data.features()).isEqualTo(Tensor.of(new double[][] {
            {5.1, 3.5, 1.4, 0.2}, {7.0, 3.2, 4.7, 1.4}, {6.3, 3.3, 6.0, 2.5}}));
        assertThat(data.labels()).containsExactly(0, 1, 2);
        assertThat(data.classNames()).containsExactly("setosa", "versicolor", "virginica");
    }

    @Test
    void skipsBlankLinesAndSpacesButCountsEveryLine() throws IOException {
        Path file = write("spaced.csv", "2, 1, no, yes\r\n\r\n 1.5 ,0\r\n\n2.5, 1 \r\n\n");

        Dataset data = Csv.read(file);

        assertThat(data.features()).isEqualTo(Tensor.of(new double[][] {{1.5}, {2.5}}));
        assertThat(data.labels()).containsExactly(0, 1);
        Path bad = write("spaced.csv", "2,1,no,yes\n\n1.5,0\n\nx,1\n");
        assertThatThrownBy(() -> Csv.read(bad))
                .hasMessage("spaced.csv line 5, column 1: \"x\" is not a number.");
    }

    @Test
    void notANumberNamesFileLineAndColumn() throws IOException {
        Path file = write("iris.csv", "6,4,setosa,versicolor,virginica\n" + "5.1,3.5,1.4,0.2,0\n".repeat(5)
                + "5.1,3.5,abc,0.2,0\n");

        assertThatThrownBy(() -> Csv.read(file))
                .isInstanceOf(DataFileException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("iris.csv line 7, column 3: \"abc\" is not a number.");
    }

    @Test
    void nonFiniteAndEmptyValuesAreNamed() throws IOException {
        Path nan = write("nan.csv", IRIS_HEADER + "5.1,NaN,1.4,0.2,0\n");
        Path empty = write("empty.csv", IRIS_HEADER + "5.1,3.5,,0.2,0\n");

        assertThatThrownBy(() -> Csv.read(nan)).hasMessage("nan.csv line 2, column 2: \"NaN\" is not a finite number.");
        assertThatThrownBy(() -> Csv.read(empty)).hasMessage("empty.csv line 2, column 3: \"\" is not a number.");
    }

    @Test
    void wrongColumnCountStatesTheRule() throws IOException {
        Path file = write("bad.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,0\n5.1,3.5,1.4,0\n");

        assertThatThrownBy(() -> Csv.read(file)).hasMessage(
                "bad.csv line 3: found 4 values; each row needs 5 (4 features, then the label), as the header says.");
    }

    @Test
    void labelOutOfRangeListsTheClasses() throws IOException {
        Path file = write("bad.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,3\n");
        Path negative = write("neg.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,-1\n");

        assertThatThrownBy(() -> Csv.read(file)).hasMessage("bad.csv line 2, column 5: label 3 is not a class index; "
                + "with k = 3 classes a label is 0 to 2. The classes: [setosa, versicolor, virginica].");
        assertThatThrownBy(() -> Csv.read(negative)).hasMessage("neg.csv line 2, column 5: label -1 is not a class "
                + "index; with k = 3 classes a label is 0 to 2. The classes: [setosa, versicolor, virginica].");
    }

    @Test
    void labelMustBeAWholeNumber() throws IOException {
        Path file = write("bad.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,1.5\n");

        assertThatThrownBy(() -> Csv.read(file)).hasMessage(
                "bad.csv line 2, column 5: label \"1.5\" is not a whole number; labels are class indices from 0 to 2.");
    }

    @Test
    void headerSampleCountMustMatchTheRows() throws IOException {
        Path fewer = write("fewer.csv", IRIS_HEADER + "5.1,3.5,1.4,0.2,0\n4.9,3.0,1.4,0.2,0\n");
        Path more = write("more.csv", "1,1,a\n1,0\n2,0\n");

        assertThatThrownBy(() -> Csv.read(fewer))
                .hasMessage("fewer.csv: the header (line 1) says n_samples = 3 but the file has 2 data rows.");
        assertThatThrownBy(() -> Csv.read(more))
                .hasMessage("more.csv: the header (line 1) says n_samples = 1 but the file has 2 data rows.");
    }

    @Test
    void badHeadersAreExplained() throws IOException {
        assertThatThrownBy(() -> Csv.read(write("h.csv", "150,4\n"))).hasMessage("h.csv line 1: the header "
                + "\"150,4\" has 2 fields; it must be \"n_samples,n_features,class names...\" with at least one class name.");
        assertThatThrownBy(() -> Csv.read(write("h.csv", "n,4,a,b\n")))
                .hasMessage("h.csv line 1, column 1: n_samples \"n\" is not a whole number.");
        assertThatThrownBy(() -> Csv.read(write("h.csv", "3,0,a,b\n")))
                .hasMessage("h.csv line 1, column 2: n_features is 0; it must be at least 1.");
        assertThatThrownBy(() -> Csv.read(write("h.csv", "3,4,a,b,\n"))).hasMessage("h.csv line 1, column 5: "
                + "the class name is empty; every field after n_features names a class (a stray comma?).");
        assertThatThrownBy(() -> Csv.read(write("h.csv", "\n"))).hasMessage("h.csv: the file is empty; its "
                + "first line must be the header \"n_samples,n_features,class names...\".");
    }

    @Test
    void missingFileAndResourceAreNamed() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> Csv.read(missing)).isInstanceOf(DataFileException.class)
                .hasMessage("missing.csv: no such file (looked for " + missing.toAbsolutePath() + ").");
        assertThatThrownBy(() -> Csv.resource("nope.csv")).isInstanceOf(DataFileException.class)
                .hasMessage("nope.csv: no such resource on the classpath (looked in package "
                        + "org.chainrule.models.data; start the name with / for an absolute path).");
    }

    @Test
    void readsGzippedFilesWithoutHeader() throws IOException {
        Path file = gzip("three.csv.gz", "0,16,2\n3,4,0\n5,6,1\n");

        Dataset data = Csv.read(file, ABC);

        assertThat(data.features()).isEqualTo(Tensor.of(new double[][] {{0, 16}, {3, 4}, {5, 6}}));
        assertThat(data.labels()).containsExactly(2, 0, 1);
        assertThat(data.classNames()).isEqualTo(ABC);
    }

    @Test
    void headerlessRowsMustMatchTheFirstRow() throws IOException {
        Path file = gzip("digits.csv.gz", "1,2,3,0\n1,2,0\n");
        Path label = write("digits.csv", "1,2,3,0\n1,2,3,3\n");

        assertThatThrownBy(() -> Csv.read(file, ABC)).hasMessage("digits.csv.gz line 2: found 3 values; "
                + "each row needs 4 (3 features, then the label), like the first row.");
        assertThatThrownBy(() -> Csv.read(label, ABC)).hasMessage("digits.csv line 2, column 4: label 3 is "
                + "not a class index; with k = 3 classes a label is 0 to 2. The classes: [a, b, c].");
        assertThatThrownBy(() -> Csv.read(write("one.csv", "7\n"), ABC))
                .hasMessage("one.csv line 1: found 1 value; a row needs at least one feature, then the label.");
        assertThatThrownBy(() -> Csv.read(write("none.csv", ""), ABC))
                .hasMessage("none.csv: the file has no rows; each row must be the features, then the label.");
    }

    @Test
    void aDotGzNameMustHoldGzip() throws IOException {
        Path file = write("plain.csv.gz", "1,0\n");

        assertThatThrownBy(() -> Csv.read(file, ABC)).isInstanceOf(DataFileException.class).hasMessage(
                "plain.csv.gz: not a complete gzip file (Not in GZIP format); a name ending in .gz must hold gzip'd CSV.");
    }

    @Test
    void aTruncatedGzipFileIsNamed() throws IOException {
        byte[] whole = Files.readAllBytes(gzip("cut.csv.gz", "1,2,0\n".repeat(1000)));
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> Csv.read(cut, ABC)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("cut.csv.gz: not a complete gzip file (")
                .hasMessageEndingWith("); a name ending in .gz must hold gzip'd CSV.");
    }

    @Test
    void aHeaderlessFileNeedsClassNames() {
        assertThatThrownBy(() -> Csv.read(dir.resolve("digits.csv"), List.of())).hasMessage("Csv: a file without a "
                + "header needs its class names, e.g. List.of(\"0\", \"1\", ..., \"9\") for digits; got [].");
    }

    @Test
    void resourcesLoadRelativeToThePackageOrAbsolute() {
        assertThat(Csv.resource("iris.csv").size()).isEqualTo(150);
        assertThat(Csv.resource("/org/chainrule/models/data/iris.csv").features())
                .isEqualTo(Csv.resource("iris.csv").features());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path gzip(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void javaOnlyNumberFormsAreNotCsv() throws IOException {
        String rule = " is not a plain decimal number; write digits with an optional point and exponent, e.g. 5.1 or "
                + "1e-3 (Java forms such as 5.1f, 2d or 0x1p3 are not CSV).";
        assertThatThrownBy(() -> Csv.read(write("f.csv", IRIS_HEADER + "5.1f,3.5,1.4,0.2,0\n")))
                .isInstanceOf(DataFileException.class).hasMessage("f.csv line 2, column 1: \"5.1f\"" + rule);
        assertThatThrownBy(() -> Csv.read(write("d.csv", IRIS_HEADER + "5.1,2d,1.4,0.2,0\n")))
                .hasMessage("d.csv line 2, column 2: \"2d\"" + rule);
        assertThatThrownBy(() -> Csv.read(write("hex.csv", IRIS_HEADER + "5.1,3.5,0x1p3,0.2,0\n")))
                .hasMessage("hex.csv line 2, column 3: \"0x1p3\"" + rule);
        assertThatThrownBy(() -> Csv.read(write("inf.csv", IRIS_HEADER + "5.1,3.5,1.4,-Infinity,0\n")))
                .hasMessage("inf.csv line 2, column 4: \"-Infinity\" is not a finite number.");
    }

    @Test
    void plainDecimalFormsAreRead() throws IOException {
        Dataset d = Csv.read(write("ok.csv", "1,4,a,b\n-.5,+3.,1e-3,2.5E2,0\n"));
        assertThat(d.features().toArray()).containsExactly(-0.5, 3.0, 0.001, 250.0);
    }
}
