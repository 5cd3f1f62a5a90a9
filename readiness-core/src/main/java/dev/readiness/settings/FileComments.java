package dev.readiness.settings;

import org.jspecify.annotations.Nullable;

/**
 * Follows the comments of a line-based file as a parser reads it, and says which comment governs each key: the
 * block of comment lines directly above the key, which also governs the keys written right under that key, until a
 * blank line or the next comment. A commented-out setting ({@code # SMTP_HOST=smtp.example.com}) is not prose and is
 * left out of the text. Each block's text is made once and shared by the settings it governs (identical blocks are
 * not interned across a file: on comment-heavy text the map cost a third more parse time for little memory); at most
 * {@value #MAX_CHARS} characters of it are kept, the ones nearest the key. Not thread-safe: one per parse.
 */
final class FileComments {

    static final int MAX_CHARS = 512;

    private final String file;
    private final StringBuilder pending = new StringBuilder();
    private Setting.@Nullable CommentedFile governing;

    FileComments(String file) {
        this.file = file;
    }

    /**
     * Notes a comment line.
     *
     * @param text the text of the file
     * @param start the index of the comment's first character after its marker
     * @param end the index where the line ends
     */
    void comment(String text, int start, int end) {
        int from = start;
        while (from < end && isMarkerOrBlank(text.charAt(from))) {
            from++;
        }
        int to = end;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to || isCommentedOutSetting(text, from, to)) {
            return;
        }
        if (pending.isEmpty()) {
            governing = null;
        } else {
            pending.append('\n');
        }
        pending.append(text, Math.max(from, to - MAX_CHARS), to);
        if (pending.length() > 2 * MAX_CHARS) {
            pending.delete(0, pending.length() - MAX_CHARS);
        }
    }

    /** Notes a blank line or a document separator: the comment above governs nothing after it. */
    void blank() {
        pending.setLength(0);
        governing = null;
    }

    /** The comment governing a key written on the current line, or {@code null} when none does. */
    private Setting.@Nullable CommentedFile forKey() {
        if (!pending.isEmpty()) {
            String block = pending.length() > MAX_CHARS ? pending.substring(pending.length() - MAX_CHARS)
                    : pending.toString();
            governing = new Setting.CommentedFile(file, block, "");
            pending.setLength(0);
        }
        return governing;
    }

    /** Makes a setting of a key written on the current line, with the comment that governs it. */
    Setting setting(String key, String value, int line) {
        return setting(key, value, line, "", 0, 0);
    }

    /**
     * Makes a setting of a key written on the current line with a comment after its value ({@code KEY=value #
     * comment}): governed by the block's text and the trailing comment, for this key alone.
     *
     * @param trailingStart the index of the trailing comment's marker in the text
     * @param trailingEnd the index where the trailing comment ends
     */
    Setting setting(String key, String value, int line, String text, int trailingStart, int trailingEnd) {
        Setting.CommentedFile commented = forKey();
        int from = trailingStart;
        while (from < trailingEnd && isMarkerOrBlank(text.charAt(from))) {
            from++;
        }
        int to = Math.min(trailingEnd, from + MAX_CHARS);
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            commented = new Setting.CommentedFile(file, commented == null ? "" : commented.block(),
                    text.substring(from, to));
        }
        return commented == null ? Setting.inFile(key, value, file, line, 0)
                : Setting.inFile(key, value, commented, line, 0);
    }

    private static boolean isMarkerOrBlank(char c) {
        return c == '#' || c == '!' || c == ' ' || c == '\t' || c == '\f';
    }

    /** Whether a comment's text is a setting commented out, {@code KEY=value}, rather than prose. */
    private static boolean isCommentedOutSetting(String text, int from, int to) {
        int i = from;
        while (i < to && isKeyChar(text.charAt(i))) {
            i++;
        }
        if (i == from || Character.isDigit(text.charAt(from))) {
            return false;
        }
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < to && (text.charAt(i) == '=' || text.charAt(i) == ':' && i + 1 < to && text.charAt(i + 1) != ' ');
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '-';
    }
}
