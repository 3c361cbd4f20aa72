package org.chainrule.grader.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The students of a submission, from Gradescope's {@code submission_metadata.json}
 * ({@code {"users": [{"name": "…", "id": 1234, "email": "…"}, …], …}}).
 */
public final class SubmissionMetadata {
    /** The file's name, next to the submission on Gradescope ({@code /autograder/submission_metadata.json}). */
    public static final String FILE = "submission_metadata.json";

    private SubmissionMetadata() {
    }

    /**
     * The users listed in {@code file}, in order.
     *
     * @throws IllegalArgumentException naming the file when it is not the JSON Gradescope writes
     */
    public static List<Student> read(Path file) throws IOException {
        Object root;
        try {
            root = new Reader(Files.readString(file, StandardCharsets.UTF_8)).document();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        List<Student> students = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.get("users") instanceof List<?> users) {
            for (Object user : users) {
                if (user instanceof Map<?, ?> u) {
                    students.add(new Student(text(u.get("name")), text(u.get("id"))));
                }
            }
        }
        return students;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    /** A small recursive-descent JSON reader: objects, arrays, strings, numbers, true, false, null. */
    static final class Reader {
        private static final int MAX_DEPTH = 64;
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value(0);
            space();
            if (at != text.length()) {
                throw error("text after the end of the document");
            }
            return value;
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH);
            }
            space();
            if (at >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    return object(depth);
                }
                case '[' -> {
                    return array(depth);
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (text.startsWith("true", at) || text.startsWith("false", at) || text.startsWith("null", at)) {
                        String word = text.startsWith("true", at) ? "true" : text.startsWith("false", at) ? "false" : "null";
                        at += word.length();
                        return word.equals("null") ? null : Boolean.valueOf(word);
                    }
                    return number();
                }
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            space();
            if (peek('}')) {
                at++;
                return map;
            }
            while (true) {
                space();
                if (!peek('"')) {
                    throw error("expected a quoted name");
                }
                String name = string();
                space();
                expect(':');
                map.put(name, value(depth + 1));
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            at++;
            space();
            if (peek(']')) {
                at++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                space();
                if (peek(',')) {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw error("a short \\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
            throw error("an unterminated string");
        }

        private BigDecimal number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("expected a value");
            }
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            at++;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + at);
        }
    }
}
