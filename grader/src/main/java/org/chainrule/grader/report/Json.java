package org.chainrule.grader.report;

/**
 * The two things a JSON writer needs: a quoted string and a number. Reports build their JSON from
 * these by hand; a library would do no more.
 */
final class Json {
    private Json() {
    }

    /**
     * {@code text} as a JSON string literal: quotes and backslashes escaped, control characters and
     * U+2028/U+2029 as {@code \}{@code uXXXX}, lone surrogates replaced by U+FFFD (so the file is valid UTF-8).
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A points value as a plain decimal: {@code 10}, {@code 2.5}, {@code 0.3333} (at most 4 decimals). */
    static String number(double value) {
        return Decimals.plain(value);
    }
}
