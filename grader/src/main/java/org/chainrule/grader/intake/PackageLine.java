package org.chainrule.grader.intake;

import java.nio.charset.StandardCharsets;

/**
 * Finds a source's {@code package} declaration the way {@code javac} sees it: Unicode escapes
 * ({@code \u0070ackage}) translated first, comments and annotations skipped.
 */
final class PackageLine {
    /** The value returned for a source without a package declaration. */
    static final String NONE = "";

    private PackageLine() {
    }

    /** The declared package, {@link #NONE} when there is none, {@code null} when unreadable. */
    static String of(byte[] source) {
        String text = unescape(new String(source, StandardCharsets.UTF_8));
        int at = skip(text, 0);
        while (at < text.length() && text.charAt(at) == '@') { // package annotations (package-info)
            at = skip(text, skipAnnotation(text, at + 1));
        }
        if (!text.startsWith("package", at) || at + 7 >= text.length()
                || Character.isJavaIdentifierPart(text.charAt(at + 7))) {
            return NONE;
        }
        at = skip(text, at + 7);
        StringBuilder name = new StringBuilder();
        while (at < text.length() && text.charAt(at) != ';') {
            char c = text.charAt(at);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                name.append(c);
                at++;
            } else if (Character.isWhitespace(c) || c == '/') {
                at = skip(text, at);
            } else {
                return null;
            }
        }
        return at < text.length() && name.length() > 0 ? name.toString() : null;
    }

    /** Skips whitespace and comments from {@code at}. */
    private static int skip(String text, int at) {
        while (at < text.length()) {
            if (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF') {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                at = end < 0 ? text.length() : end + 2;
            } else {
                return at;
            }
        }
        return at;
    }

    /** Skips an annotation's name and, if present, its parenthesised arguments. */
    private static int skipAnnotation(String text, int at) {
        while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        at = skip(text, at);
        if (at < text.length() && text.charAt(at) == '(') {
            int depth = 0;
            for (; at < text.length(); at++) {
                if (text.charAt(at) == '(') {
                    depth++;
                } else if (text.charAt(at) == ')' && --depth == 0) {
                    return at + 1;
                }
            }
        }
        return at;
    }

    /** JLS 3.3: {@code \}{@code uXXXX} (any number of u's) after an even run of backslashes. */
    static String unescape(String text) {
        if (text.indexOf("\\u") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= text.length() && text.substring(j, j + 4).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                    i = j + 3;
                    backslashes = 0;
                    continue;
                }
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
            out.append(c);
        }
        return out.toString();
    }
}
