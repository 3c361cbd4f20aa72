package org.chainrule.grader.grade;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainrule.grader.report.FeedbackMarkdown;
import org.chainrule.grader.report.Gradebook;
import org.chainrule.grader.report.ResultsJson;
import org.chainrule.grader.report.SubmissionOutcome;

/** Writes a run's reports: {@code DIR/<name>/results.json}, {@code DIR/<name>/feedback.md}, {@code DIR/gradebook.csv}. */
public final class Reports {
    private Reports() {
    }

    /** The report folder names of {@code paths}: the file or folder name without {@code .zip}; a clash gets {@code -2}, {@code -3}. */
    public static List<String> names(List<Path> paths) {
        Set<String> used = new HashSet<>();
        return paths.stream().map(p -> {
            Path file = p.toAbsolutePath().normalize().getFileName();
            String base = file == null ? "submission" : file.toString().replaceFirst("(?i)\\.zip$", "");
            base = base.replaceAll("[^A-Za-z0-9._-]", "_");
            if (base.isEmpty() || base.startsWith(".")) {
                base = "submission" + base;
            }
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + "-" + n;
            }
            return name;
        }).toList();
    }

    /** Writes every report under {@code out} (created). */
    public static void write(Path out, List<String> exerciseIds, List<SubmissionOutcome> outcomes) throws IOException {
        Files.createDirectories(out);
        for (SubmissionOutcome s : outcomes) {
            Path dir = Files.createDirectories(out.resolve(s.name()));
            Files.writeString(dir.resolve("results.json"), ResultsJson.render(s), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("feedback.md"), FeedbackMarkdown.render(s), StandardCharsets.UTF_8);
        }
        Files.writeString(out.resolve("gradebook.csv"), Gradebook.render(exerciseIds, outcomes), StandardCharsets.UTF_8);
    }
}
