package org.chainrule.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftmaxDemoTest {
    @TempDir
    Path dir;

    @Test
    void softmaxRegressionReaches093OnDigitsAndDrawsItsPictures() throws Exception {
        String out = TensorsDemoTest.run(new SoftmaxDemo(), dir, null);

        assertThat(number(out, "softmax regression, digits test accuracy: (\\d\\.\\d+)")).isGreaterThanOrEqualTo(0.93);
        assertThat(out).contains("trained on the raw pixels scaled to [0, 1] with a little L2 weight decay",
                "pixels no digit uses stay white");
        assertThat(number(out, "pixels no digit uses stay white. Its test accuracy: (\\d\\.\\d+)")).isGreaterThanOrEqualTo(0.9);
        assertThat(out).contains("(drawn in centimetres;");
        double[] iris = numbers(out, "  Iris +(\\d\\.\\d+) +(\\d\\.\\d+)");
        assertThat(iris[1]).as("softmax on Iris").isGreaterThanOrEqualTo(0.9);
        assertThat(out).contains("True \\ Predicted      setosa  versicolor   virginica");
        for (String png : List.of("softmax-iris-confusion.png", "softmax-digits-confusion.png",
                "softmax-digits-templates.png", "onevsrest-iris-regions.png", "softmax-iris-regions.png")) {
            assertThat(out).contains("picture: " + dir.resolve(png));
            DemoPictures.assertPng(dir.resolve(png));
        }
    }

    static double number(String out, String regex) {
        return numbers(out, regex)[0];
    }

    static double[] numbers(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        assertThat(m.find()).as("output contains /%s/", regex).isTrue();
        double[] v = new double[m.groupCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(m.group(i + 1));
        }
        return v;
    }
}
