package dev.readiness.render;

import java.util.Locale;

/**
 * Which characters a report never prints raw, and how they are shown instead: every control character (C0, DEL,
 * C1), format character (bidi embeddings, overrides and isolates such as U+202E and U+2066 to U+2069, zero-width
 * characters, the byte order mark), the line and paragraph separators U+2028 and U+2029, and unpaired surrogates.
 * Shown as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX} ({@code \}{@code u{XXXXX}} beyond the
 * basic plane), so no text of a finding can break a line, hide text or reorder it on a terminal or in a log.
 */
final class Escaping {

    private Escaping() {
    }

    static boolean isUnsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }

    static String text(String text) {
        String escaped = controls(text);
        int start = 0;
        while (start < escaped.length() && (Character.isWhitespace(escaped.charAt(start))
                || Character.isSpaceChar(escaped.charAt(start)))) {
            start++;
        }
        // a line whose text starts with :: after its indentation is a command to a CI runner (GitHub Actions'
        // ::error::, ::add-mask::, ::stop-commands::): the first colon is escaped so no key or message can forge one
        return escaped.startsWith("::", start)
                ? escaped.substring(0, start) + "\\u003a" + escaped.substring(start + 1) : escaped;
    }

    private static String controls(String text) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (isUnsafe(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length + 16).append(text, 0, i);
        while (i < length) {
            int codePoint = text.codePointAt(i);
            if (!isUnsafe(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (codePoint == '\n') {
                out.append("\\n");
            } else if (codePoint == '\r') {
                out.append("\\r");
            } else if (codePoint == '\t') {
                out.append("\\t");
            } else if (codePoint <= 0xFFFF) {
                out.append(String.format(Locale.ROOT, "\\u%04x", codePoint));
            } else {
                out.append(String.format(Locale.ROOT, "\\u{%x}", codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
