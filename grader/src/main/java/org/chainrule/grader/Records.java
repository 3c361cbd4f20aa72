package org.chainrule.grader;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines the forked test JVM sends back (package-private): one record per line, fields
 * separated by tabs, with {@code \\}, tab, newline and carriage return escaped.
 * <pre>
 *   PLAN   id  class  method  points  description     every test, before any runs
 *   START  id                                         a test began
 *   DONE   id  PASSED|FAILED  message                 a test ended (aborted and skipped are FAILED)
 *   OUTPUT id  text                                   what a test printed (only with --capture; before its DONE)
 *   BROKEN id  message                                a class or engine failed: its tests cannot run
 *   CPU    millis                                     processor time the JVM used (before END)
 *   END                                               everything ran
 * </pre>
 */
final class Records {
    static final String PLAN = "PLAN";
    static final String START = "START";
    static final String DONE = "DONE";
    static final String BROKEN = "BROKEN";
    static final String OUTPUT = "OUTPUT";
    static final String CPU = "CPU";
    static final String END = "END";

    private Records() {
    }

    /** One line: the fields escaped and joined by tabs (no line break). */
    static String line(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            escape(sb, fields[i]);
        }
        return sb.toString();
    }

    /** The fields of one line, unescaped. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                sb.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                sb.append(c);
            }
        }
        fields.add(sb.toString());
        return fields;
    }

    private static void escape(StringBuilder sb, String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }
}
