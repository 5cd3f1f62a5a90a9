package dev.readiness.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads dotenv text ({@code KEY=value} lines) into settings whose origin is {@code file:line}, reporting what it
 * cannot read as a {@link SettingsFileException} that names the file and line and never quotes a value.
 *
 * <p>Accepted: blank lines; {@code #} comment lines; an inline comment after an unquoted value when the {@code #}
 * follows a space or tab ({@code KEY=abc#def} keeps the {@code #}); {@code export KEY=value}; spaces around
 * {@code =}; empty values; single quotes (literal, no escapes); double quotes with the escapes {@code \n \t \r \"
 * \\ \$} (any other backslash is kept as written); quoted values spanning several lines (the origin is the line
 * where the entry starts); CRLF and CR line ends; a UTF-8 byte order mark; duplicate keys (the later wins).
 * {@code ${X}} is kept literally: values are never interpolated, so an unresolved placeholder stays visible to
 * the gates. A single-quoted value that holds a shell reference ({@code X='$HOME'}), or a double-quoted one whose
 * every {@code $} is escaped ({@code X="\$HOME"}), and no {@code ${…}} is a {@linkplain Setting#isLiteral()
 * literal} setting: shells, Compose and dotenv-expand expand nothing there.
 *
 * <p>A line that is a variable's name alone, upper-case words joined by {@code _} or one upper-case word
 * ({@code POLICY_SERVER_URL}, {@code export POLICY_SERVER_URL}, {@code DOCKERHOST}), sets nothing
 * here: Docker's {@code --env-file} and Compose take such a variable from the deploy host's environment, and a shell
 * exports the variable it already has. It is read as not set by this file, like a line that is not there.
 *
 * <p>Rejected, naming the line (every such line of the text at once, up to
 * {@value SettingsFileException#MAX_PROBLEMS}): any other line without {@code =}; a key that does not match
 * {@code [A-Za-z_]([A-Za-z0-9_.-]|\[[0-9]+\])*} (Spring's list indexes, {@code clients[0].name}, are keys a Spring
 * service binds from its environment); a quote that never closes (the line where it opened); text after the closing
 * quote of a value that spans several lines.
 *
 * <p>Text after the closing quote of a one-line value ({@code FROM="Shop" <shop@example.com>},
 * {@code URL="db://h?ssl={"on":true}"}) is read as Node's dotenv reads it, the files' usual reader: the line's
 * whole value as written, without its enclosing quotes when it starts and ends with the same quote, and without a
 * comment after {@code ' #'}. Refusing such a file would lose every other setting of a file that runs.
 *
 * <p>Hand-written because no maintained dotenv library for Java reports line numbers (dotenv-java, for one,
 * returns bare keys and values), and origins with lines are what make a finding actionable.
 */
final class DotenvParser {

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private final FileComments comments;
    private int trailingComment = -1;
    private int escapedDollars;

    private DotenvParser(String file, String text) {
        this.file = file;
        this.text = text;
        this.comments = new FileComments(file);
    }

    /**
     * Parses dotenv text.
     *
     * @param file the file name as the user gave it, for origins and errors
     * @param text the text
     * @return the settings in file order, duplicates included (the later one wins when added to a builder)
     * @throws SettingsFileException naming file and line when the text is malformed
     */
    static List<Setting> parse(String file, String text) {
        return new DotenvParser(file, text).parse();
    }

    private List<Setting> parse() {
        List<Setting> settings = new ArrayList<>();
        SettingsFileException.Collector problems = new SettingsFileException.Collector(file);
        if (text.startsWith("\uFEFF")) {
            pos = 1;
        }
        while (pos < text.length()) {
            try {
                Setting setting = entry();
                if (setting != null) {
                    settings.add(setting);
                }
            } catch (SettingsFileException malformed) {
                problems.add(malformed);
                skipToLineEnd();
                consumeLineEnd();
            }
        }
        problems.throwIfAny();
        return settings;
    }

    private @org.jspecify.annotations.Nullable Setting entry() {
        int entryLine = line;
        skipBlanks();
        if (atLineEnd()) {
            comments.blank();
            consumeLineEnd();
            return null;
        }
        if (peek() == '#') {
            int start = pos;
            skipToLineEnd();
            comments.comment(text, start, pos);
            consumeLineEnd();
            return null;
        }
        int keyStart = pos;
        boolean colonPassed = false;
        while (!atLineEnd() && peek() != '=') {
            if (peek() == ':') {
                // a key holds no colon: only the line's first one can end a key
                if (!colonPassed && yamlStyleSeparator(keyStart)) {
                    break;
                }
                colonPassed = true;
            }
            pos++;
        }
        if (atLineEnd()) {
            String bare = text.substring(keyStart, pos).strip();
            int comment = bare.indexOf(" #");
            String name = stripExport(comment < 0 ? bare : bare.substring(0, comment).strip());
            if (isVariableName(name)) {
                consumeLineEnd();
                return null;
            }
            throw error(entryLine, "expected KEY=value, but the line has no '='");
        }
        String key = stripExport(text.substring(keyStart, pos).strip());
        if (!isValidKey(key)) {
            throw error(entryLine, "invalid key: a key starts with a letter or '_' and has only letters, digits,"
                    + " '_', '.', '-' and list indexes such as [0]");
        }
        pos++; // '=' or a YAML-style ':'
        boolean blankBeforeValue = skipBlanks();
        String value;
        trailingComment = -1;
        boolean unexpanded = false;
        if (!atLineEnd() && (peek() == '"' || peek() == '\'')) {
            int valueStart = pos;
            int valueLine = line;
            boolean singleQuoted = peek() == '\'';
            value = quoted(peek());
            unexpanded = singleQuoted || escapedDollars > 0 && escapedDollars == dollars(value);
            skipBlanks();
            if (!atLineEnd() && peek() != '#') {
                if (line != valueLine) {
                    throw error(line, "unexpected text after the closing quote; put a comment after ' #'");
                }
                pos = valueStart;
                unexpanded = false;
                value = withoutEnclosingQuotes(unquoted());
            } else {
                trailingComment = pos;
                skipToLineEnd();
            }
        } else if (!atLineEnd() && peek() == '#' && blankBeforeValue) {
            value = "";
            trailingComment = pos;
            skipToLineEnd();
        } else {
            value = unquoted();
        }
        Setting setting = trailingComment >= 0
                ? comments.setting(key, value, entryLine, text, trailingComment, pos)
                : comments.setting(key, value, entryLine);
        consumeLineEnd();
        return unexpanded && isShellLiteral(value) ? setting.asLiteral() : setting;
    }

    /**
     * Whether a value written where nothing expands it (between single quotes, or double-quoted with every
     * {@code $} escaped) is literal text where an unquoted one would hold a shell reference: shells, Compose and
     * dotenv-expand expand nothing there, so {@code X='$HOME'} and {@code X="\$HOME"} are the text {@code $HOME}.
     * A value that also holds {@code ${…}} keeps being resolved, as Spring resolves such text in the environment.
     */
    private static boolean isShellLiteral(String value) {
        return value.indexOf("${") < 0 && ShellReferences.contains(value);
    }

    private static int dollars(String value) {
        int count = 0;
        for (int i = value.indexOf('$'); i >= 0; i = value.indexOf('$', i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Whether a line's text is an environment variable's name as such names are written: upper-case words joined by
     * {@code _} ({@code POLICY_SERVER_URL}), at most 64 characters, or one upper-case word of letters alone
     * ({@code DOCKERHOST}), at most 32. A token pasted alone ({@code sk_live_…}, {@code AKIA…}, which hold digits
     * or lower case) or a word ({@code broken}) is not one, and stays an error.
     */
    private static boolean isVariableName(String name) {
        int length = name.length();
        if (length < 3 || length > 64 || name.charAt(length - 1) == '_') {
            return false;
        }
        if (name.indexOf('_') < 0) {
            return length <= 32 && isUpperCaseWord(name);
        }
        if (name.charAt(0) == '_') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperCaseWord(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 'A' || name.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the parser stands on the colon of a YAML-style assignment ({@code KC_BOOTSTRAP_ADMIN_PASSWORD: admin}):
     * a colon followed by a blank or the line's end, after a valid key. Docker Compose's dotenv reader and the dotenv
     * libraries of Node and Ruby take the first {@code =} or such a colon as the separator, so the line sets the
     * variable where the file is used; reading it as malformed would refuse a file that runs. Asked of a line's first
     * colon only: the text before a later one holds a colon and is no key.
     */
    private boolean yamlStyleSeparator(int keyStart) {
        int next = pos + 1;
        if (next < text.length() && text.charAt(next) != ' ' && text.charAt(next) != '\t'
                && text.charAt(next) != '\r' && text.charAt(next) != '\n') {
            return false;
        }
        return isValidKey(stripExport(text.substring(keyStart, pos).strip()));
    }

    private static String stripExport(String key) {
        if (key.startsWith("export") && key.length() > 6 && isBlank(key.charAt(6))) {
            return key.substring(6).strip();
        }
        return key;
    }

    static boolean isValidKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        if (!(isAsciiLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '[') {
                int close = i + 1;
                while (close < key.length() && key.charAt(close) >= '0' && key.charAt(close) <= '9') {
                    close++;
                }
                if (close == i + 1 || close == key.length() || key.charAt(close) != ']') {
                    return false;
                }
                i = close;
            } else if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String unquoted() {
        int start = pos;
        int end = -1;
        while (!atLineEnd()) {
            if (peek() == '#' && pos > start && isBlank(text.charAt(pos - 1))) {
                end = pos;
                trailingComment = pos;
                skipToLineEnd();
                break;
            }
            pos++;
        }
        return text.substring(start, end < 0 ? pos : end).stripTrailing();
    }

    private static String withoutEnclosingQuotes(String raw) {
        char first = raw.charAt(0);
        return raw.length() >= 2 && raw.charAt(raw.length() - 1) == first ? raw.substring(1, raw.length() - 1) : raw;
    }

    private String quoted(char quote) {
        int openLine = line;
        escapedDollars = 0;
        pos++; // opening quote
        StringBuilder value = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote) {
                pos++;
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd();
                value.append('\n');
                continue;
            }
            if (quote == '"' && c == '\\' && pos + 1 < text.length()) {
                char next = text.charAt(pos + 1);
                char escaped = switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '$' -> '$';
                    default -> 0;
                };
                if (escaped != 0) {
                    escapedDollars += escaped == '$' ? 1 : 0;
                    value.append(escaped);
                    pos += 2;
                    continue;
                }
            }
            value.append(c);
            pos++;
        }
        throw error(openLine, (quote == '"' ? "the double" : "the single") + "-quoted value opened on this line is"
                + " never closed");
    }

    private boolean skipBlanks() {
        int start = pos;
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
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
        } else if (text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }

    private SettingsFileException error(int atLine, String reason) {
        return new SettingsFileException(file, atLine, reason);
    }
}
