package dev.readiness.settings;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses content a reader must not take for its own format: UTF-16 or UTF-32 text, binary bytes (NUL and other
 * control characters, or mostly bytes that are not text), and YAML given to a properties or dotenv reader. Each
 * refusal is a {@link SettingsFileException} naming the file and line, with a one-line hint; nothing is quoted.
 */
final class TextContent {

    private static final Pattern YAML_PARENT = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]\"']+:[ \\t]*(#.*)?");
    /**
     * The start of a JSON object or array: {@code {} alone or before a quoted name or {@code }}, {@code [} alone or
     * before a value that opens ({@code {}, {@code [}, a quote) or {@code ]}. A section header ({@code [app]}) and an
     * indexed key ({@code [0].name=…}) are not.
     */
    private static final Pattern JSON_START = Pattern.compile("\\{\\s*(\"|}|$)|\\[\\s*([{\\[\"\\]]|$)");
    /** A JSON object's first pair on one line, {@code {"key":}: never the start of a properties key. */
    private static final Pattern JSON_PAIR = Pattern.compile("\\{\\s*\"[^\"]*\"\\s*:");
    private static final Pattern YAML_CHILD = Pattern.compile("[ \\t]+([A-Za-z0-9_.\\-\"']+:([ \\t].*)?|-([ \\t].*)?)");

    private TextContent() {
    }

    /**
     * Refuses byte-order marks of UTF-16 and UTF-32.
     *
     * @param file the file name, for the message
     * @param bytes the bytes
     */
    static void checkBytes(String file, byte[] bytes) {
        String encoding = wideEncoding(bytes);
        if (encoding != null) {
            throw new SettingsFileException(file, 0, "is " + encoding
                    + " text (it starts with a byte order mark); save it as UTF-8");
        }
    }

    /**
     * Refuses bytes that are not UTF-8 and mostly not ASCII either: a binary file, not a legacy ISO-8859-1 one.
     *
     * @param file the file name, for the message
     * @param bytes the bytes, known not to be valid UTF-8
     */
    static void checkLegacyText(String file, byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int high = 0;
        for (int i = 0; i < sample; i++) {
            if ((bytes[i] & 0x80) != 0) {
                high++;
            }
        }
        if (sample >= 16 && high * 10 > sample * 3) {
            throw new SettingsFileException(file, 0, String.format(Locale.ROOT,
                    "is not text (%d%% of its first bytes are not ASCII and it is not UTF-8); a binary file is not"
                            + " a settings file", high * 100 / sample));
        }
    }

    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF
                || b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return "UTF-32";
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    /**
     * Refuses NUL and other control characters (all but tab, line feed, carriage return, form feed and vertical
     * tab), naming the first line that has one.
     *
     * @param file the file name, for the message
     * @param text the decoded text
     */
    static void checkText(String file, String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            } else if (c == 0) {
                throw new SettingsFileException(file, line, "contains a NUL byte: a binary or UTF-16 file, not a"
                        + " settings file; save it as UTF-8 text");
            } else if (c < 0x20 && c != '\t' && c != '\f' && c != '\u000B' && c != '\r' || c == 0x7F) {
                throw new SettingsFileException(file, line, "contains a control character: not a text settings"
                        + " file");
            }
        }
    }

    /** Whether a line ends in an odd number of backslashes, which continues a properties value on the next line. */
    private static boolean endsInBackslash(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    /**
     * Refuses YAML given to a reader of {@code key=value} lines: a key ending in {@code :} followed by an indented
     * key or list item; XML ({@code <?xml}, {@code <!DOCTYPE}, {@code <properties>} first), whose lines would
     * read as keys such as {@code <entry} and leave every value unjudged; and JSON (an object or array first, after a
     * byte order mark too, or an object's first pair starting any later line), whose first pair would become one key
     * holding every other pair as its value.
     *
     * @param file the file name, for the message
     * @param text the decoded text
     * @param format what the reader reads, for the message
     */
    static void checkNotYaml(String file, String text, String format) {
        int line = 0;
        int parentLine = 0;
        boolean seenContent = false;
        boolean continued = false; // the line goes on a properties value the line before ends with a backslash
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            line++;
            String current = text.substring(start, end);
            if (line == 1 && current.startsWith("\uFEFF")) {
                current = current.substring(1);
            }
            String stripped = current.strip();
            if (line == 1 && stripped.equals("---") || parentLine > 0 && YAML_CHILD.matcher(current).matches()) {
                throw new SettingsFileException(file, line == 1 ? 1 : parentLine, "looks like YAML (nested keys),"
                        + " not " + format + "; read it as YAML (a .yml file) instead");
            }
            if (!seenContent && !stripped.isEmpty() && !stripped.startsWith("#") && !stripped.startsWith("!")) {
                seenContent = true;
                if (stripped.startsWith("<?xml") || stripped.startsWith("<!DOCTYPE")
                        || stripped.startsWith("<properties")) {
                    throw new SettingsFileException(file, line, "looks like XML, not " + format + "; a settings file in"
                            + " XML is not judged");
                }
                if (JSON_START.matcher(stripped).lookingAt()) {
                    throw new SettingsFileException(file, line, "looks like JSON, not " + format + "; read it as YAML"
                            + " (a .yml file: JSON is YAML) instead");
                }
            } else if (!continued && stripped.startsWith("{") && JSON_PAIR.matcher(stripped).lookingAt()) {
                throw new SettingsFileException(file, line, "looks like JSON, not " + format + "; read it as YAML"
                        + " (a .yml file: JSON is YAML) instead");
            }
            continued = continued ? endsInBackslash(current) : !stripped.startsWith("#") && !stripped.startsWith("!")
                    && endsInBackslash(current);
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                parentLine = !Character.isWhitespace(current.isEmpty() ? 'x' : current.charAt(0))
                        && YAML_PARENT.matcher(current).matches() ? line : 0;
            }
            if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
                    && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
    }
}
