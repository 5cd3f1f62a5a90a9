package dev.readiness.render;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Which characters a report never prints raw, and how they are shown instead: every control character (C0, DEL,
 * C1), format character (bidi embeddings, overrides and isolates such as U+202E and U+2066 to U+2069, zero-width
 * characters, the byte order mark), the line and paragraph separators U+2028 and U+2029, and unpaired surrogates.
 * Shown as {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX} ({@code \}{@code u{XXXXX}} beyond the
 * basic plane), so no text of a finding can break a line, hide text or reorder it on a terminal or in a log; nor
 * can it hold a command to a CI runner (GitHub Actions' {@code ::…} and Azure Pipelines' {@code ##[…} at the start of
 * a line, {@code ##vso[} and TeamCity's {@code ##teamcity[} anywhere).
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
        // ::error::, ::add-mask::, ::stop-commands::): the first colon is escaped so no key or message can forge one;
        // so is the first # of Azure Pipelines' ##[error] there
        if (escaped.startsWith("::", start) || escaped.startsWith("##[", start)) {
            escaped = escaped.substring(0, start) + (escaped.charAt(start) == ':' ? "\\u003a" : "\\u0023")
                    + escaped.substring(start + 1);
        }
        return commandsAnywhere(escaped);
    }

    /**
     * The Azure Pipelines agent reads {@code ##vso[} anywhere in a line of a step's output as a logging command
     * (setting variables, prepending to {@code PATH}, completing the task) and hides the line; TeamCity reads
     * {@code ##teamcity[} service messages. The first {@code #} of each is shown as {@code \}{@code u0023}, in any case.
     */
    private static String commandsAnywhere(String text) {
        int at = text.indexOf("##");
        if (at < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; at >= 0; at = text.indexOf("##", at + 1)) {
            if (text.regionMatches(true, at + 2, "vso[", 0, 4) || text.regionMatches(true, at + 2, "teamcity[", 0, 9)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8);
                }
                out.append(text, copied, at).append("\\u0023");
                copied = at + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
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

    static String forCharset(String text, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-")) {
            return text;
        }
        CharsetEncoder encoder = charset.newEncoder();
        int i = 0;
        while (i < text.length() && (text.charAt(i) < 0x80 || encoder.canEncode(text.charAt(i)))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            String one = new String(Character.toChars(codePoint));
            if (codePoint < 0x80 || encoder.canEncode(one)) {
                out.append(one);
            } else {
                out.append(asciiFor(codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static String asciiFor(int codePoint) {
        return switch (codePoint) {
            case '\u2026' -> "...";
            case '\u2014' -> "--";
            case '\u2013', '\u2212', '\u2010', '\u2011' -> "-";
            case '\u2018', '\u2019', '\u201a', '\u2032' -> "'";
            case '\u201c', '\u201d', '\u201e', '\u2033' -> "\"";
            case '\u2192' -> "->";
            case '\u2190' -> "<-";
            case '\u2265' -> ">=";
            case '\u2264' -> "<=";
            case '\u2260' -> "!=";
            case '\u00d7' -> "x";
            case '\u00b7', '\u2022' -> "*";
            case '\u00a0', '\u202f', '\u2009' -> " ";
            default -> codePoint <= 0xFFFF ? String.format(Locale.ROOT, "\\u%04x", codePoint)
                    : String.format(Locale.ROOT, "\\u{%x}", codePoint);
        };
    }
}
