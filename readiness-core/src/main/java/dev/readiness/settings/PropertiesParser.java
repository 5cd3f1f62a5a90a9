package dev.readiness.settings;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads Java properties text into settings whose origin is {@code file:line}, following the syntax of
 * {@link java.util.Properties#load(java.io.Reader)}: {@code =}, {@code :} or white space between key and value;
 * {@code #} and {@code !} comment lines; a line ending in an odd number of backslashes continues on the next line
 * (whose leading white space is dropped); the escapes {@code \t \n \r \f}, {@code \}{@code uXXXX}, and a backslash
 * before any other character standing for that character. The origin of an entry continued over several lines is
 * the line where it starts. An entry with an empty key is skipped, as Spring Boot skips it. A malformed
 * {@code \}{@code uXXXX} escape is an error naming the line; the message never quotes a value.
 *
 * <p>Spring Boot's document separators, a line that is exactly {@code #---} or {@code !---}, split the text into
 * documents ({@link #documents(String, String)}); {@link #parse(String, String)} reads every document, later
 * entries winning. Every malformed escape of the text is reported at once, up to
 * {@value SettingsFileException#MAX_PROBLEMS}. Time is linear in the length of the text, also for long runs of
 * continuation lines.
 *
 * <p>Hand-written because neither {@link java.util.Properties} nor any maintained library reports the line an
 * entry came from, and origins with lines are what make a finding actionable.
 */
final class PropertiesParser {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private final SettingsFileException.Collector problems;
    private final FileComments comments;

    private PropertiesParser(String file, String text) {
        this.file = file;
        this.text = text;
        this.problems = new SettingsFileException.Collector(file);
        this.comments = new FileComments(file);
    }

    /**
     * Parses properties text.
     *
     * @param file the file name as the user gave it, for origins and errors
     * @param text the text
     * @return the settings in file order, duplicates included (the later one wins when added to a builder)
     * @throws SettingsFileException naming file and line when an escape is malformed
     */
    static List<Setting> parse(String file, String text) {
        List<Setting> settings = new ArrayList<>();
        documents(file, text).forEach(settings::addAll);
        return settings;
    }

    /**
     * Parses properties text into its documents, split at {@code #---} and {@code !---} lines; empty documents are
     * left out.
     *
     * @param file the file name as the user gave it, for origins and errors
     * @param text the text
     * @return the documents, each its settings in file order
     * @throws SettingsFileException naming file and every line whose escape is malformed
     */
    static List<List<Setting>> documents(String file, String text) {
        return new PropertiesParser(file, text).parse();
    }

    private List<List<Setting>> parse() {
        List<List<Setting>> documents = new ArrayList<>();
        List<Setting> settings = new ArrayList<>();
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < text.length()) {
            int lineStart = pos;
            skipWhitespace();
            if (atLineEnd()) {
                comments.blank();
                consumeLineEnd();
                continue;
            }
            int entryLine = line;
            if (peek() == '#' || peek() == '!') {
                int commentStart = pos;
                skipToLineEnd();
                if (pos - lineStart == 4 && text.startsWith("---", lineStart + 1)) {
                    if (!settings.isEmpty()) {
                        documents.add(settings);
                    }
                    settings = new ArrayList<>();
                    comments.blank();
                } else {
                    comments.comment(text, commentStart, pos);
                }
                consumeLineEnd();
                continue;
            }
            String logical = logicalLine();
            try {
                Setting setting = entry(logical, entryLine);
                if (setting != null) {
                    settings.add(setting);
                }
            } catch (SettingsFileException malformed) {
                problems.add(malformed);
            }
        }
        if (!settings.isEmpty()) {
            documents.add(settings);
        }
        problems.throwIfAny();
        return documents;
    }

    private String logicalLine() {
        StringBuilder logical = new StringBuilder();
        while (true) {
            int start = pos;
            skipToLineEnd();
            logical.append(text, start, pos);
            int backslashes = 0;
            for (int i = pos - 1; i >= start && text.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                consumeLineEnd();
                return logical.toString();
            }
            logical.setLength(logical.length() - 1);
            if (pos >= text.length()) {
                return logical.toString();
            }
            consumeLineEnd();
            skipWhitespace();
        }
    }

    private @org.jspecify.annotations.Nullable Setting entry(String logical, int entryLine) {
        int i = 0;
        int length = logical.length();
        while (i < length) {
            char c = logical.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '=' || c == ':' || isWhitespace(c)) {
                break;
            }
            i++;
        }
        int keyEnd = Math.min(i, length);
        while (i < length && isWhitespace(logical.charAt(i))) {
            i++;
        }
        if (i < length && (logical.charAt(i) == '=' || logical.charAt(i) == ':')) {
            i++;
            while (i < length && isWhitespace(logical.charAt(i))) {
                i++;
            }
        }
        String key = unescape(logical.substring(0, keyEnd), entryLine, "key");
        if (key.isEmpty()) {
            return null;
        }
        String value = unescape(logical.substring(i), entryLine, "value");
        return comments.setting(key, value, entryLine);
    }

    private String unescape(String raw, int entryLine, String part) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= raw.length()) {
                break;
            }
            char next = raw.charAt(i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (i + 4 >= raw.length()) {
                        throw malformedUnicode(entryLine, part);
                    }
                    int code = 0;
                    for (int k = 1; k <= 4; k++) {
                        int digit = hexDigit(raw.charAt(i + k));
                        if (digit < 0) {
                            throw malformedUnicode(entryLine, part);
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static int hexDigit(char c) {
        return HexFormat.isHexDigit(c) ? HexFormat.fromHexDigit(c) : -1;
    }

    private SettingsFileException malformedUnicode(int entryLine, String part) {
        return new SettingsFileException(file, entryLine, "malformed \\uXXXX escape in the " + part
                + ": \\u must be followed by four hexadecimal digits");
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atLineEnd() {
        return pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r';
    }

    private char peek() {
        return text.charAt(pos);
    }

    private void skipToLineEnd() {
        while (!atLineEnd()) {
            pos++;
        }
    }

    private void consumeLineEnd() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else {
            pos++;
        }
        line++;
    }
}
