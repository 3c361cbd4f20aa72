package org.chainrule.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code gradebook.csv}: a header {@code submission,E01,…,E11,total}, one row per submission with
 * the path as given and each exercise's points as a plain decimal (a missing exercise is 0). When
 * any submission came with Gradescope's metadata, {@code name} and {@code id} columns follow
 * {@code submission} (a group's students joined with {@code "; "}).
 */
public final class Gradebook {
    private Gradebook() {
    }

    /**
     * The CSV text (RFC 4180: fields with commas, quotes or line breaks are quoted).
     *
     * @param exerciseIds the registry's ids, in order: the columns
     * @param rows        the graded submissions, in the order given
     */
    public static String render(List<String> exerciseIds, List<SubmissionOutcome> rows) {
        boolean named = rows.stream().anyMatch(r -> !r.students().isEmpty());
        List<String> header = new ArrayList<>(List.of("submission"));
        if (named) {
            header.addAll(List.of("name", "id"));
        }
        header.addAll(exerciseIds);
        header.add("total");
        StringBuilder out = new StringBuilder(line(header));
        for (SubmissionOutcome r : rows) {
            List<String> cells = new ArrayList<>(List.of(r.submission()));
            if (named) {
                cells.add(r.students().stream().map(Student::name).collect(Collectors.joining("; ")));
                cells.add(r.students().stream().map(Student::id).collect(Collectors.joining("; ")));
            }
            double total = 0;
            for (String id : exerciseIds) {
                double points = r.exercises().stream().filter(e -> e.id().equals(id))
                        .mapToDouble(ExerciseOutcome::points).sum();
                total += points;
                cells.add(Decimals.plain(points));
            }
            cells.add(Decimals.plain(total));
            out.append(line(cells));
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Gradebook::cell).collect(Collectors.joining(",")) + "\n";
    }

    /**
     * One field: quoted when needed; text that a spreadsheet would run as a formula ({@code =},
     * {@code +}, {@code -}, {@code @} first) gets a leading {@code '} — a student's name is data.
     */
    static String cell(String text) {
        String t = text;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.matches("-?\\d+(\\.\\d+)?")) {
            t = "'" + t;
        }
        return t.matches(".*[,\"\\r\\n].*") || t.contains("\n") ? "\"" + t.replace("\"", "\"\"") + "\"" : t;
    }
}
