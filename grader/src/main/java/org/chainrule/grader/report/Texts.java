package org.chainrule.grader.report;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text that came from student code, made safe to show: capped, fenced, printable. */
final class Texts {
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private Texts() {
    }

    /** Bytes of {@code text} in UTF-8. */
    static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * {@code text} cut to at most {@code maxBytes} UTF-8 bytes (never inside a character), with a
     * note saying so; unchanged when it fits. Reads no further than the cap, however long the text.
     */
    static String cap(String text, int maxBytes) {
        if (prefixFitting(text, maxBytes) == text.length()) {
            return text;
        }
        String note = "\n… (cut: the grader keeps at most " + maxBytes + " bytes here)";
        int budget = Math.max(0, maxBytes - utf8Length(note));
        return text.substring(0, prefixFitting(text, budget)) + note;
    }

    /** The length (in chars) of the longest prefix of {@code text} that takes at most {@code maxBytes} in UTF-8. */
    private static int prefixFitting(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > maxBytes) {
                return end;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** Control characters other than newline and tab become {@code ?}: a terminal escape cannot reach a reader. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(
                cp == '\n' || cp == '\t' || !(Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) ? cp : '?'));
        return out.toString();
    }

    /** {@code text} in a Markdown code block whose fence is longer than any run of backticks inside it. */
    static String fenced(String text) {
        int longest = 2;
        Matcher m = BACKTICKS.matcher(text);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(longest + 1);
        return fence + "\n" + printable(text).stripTrailing() + "\n" + fence;
    }
}
