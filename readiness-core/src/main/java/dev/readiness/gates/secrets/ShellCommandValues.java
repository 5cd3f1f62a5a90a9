package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole value that is a shell command substitution ({@code "$(head -c32 /dev/urandom | base64)"},
 * {@code `openssl rand -hex 32`}) in an env file. A shell that sources the file runs the command and gets a fresh
 * value, so the text is no secret anyone shares, in the same way as a {@code ${NAME}} reference that the environment
 * fills. A dotenv reader (Docker Compose {@code env_file}, Node's dotenv) keeps the text literally, the same in every
 * copy; the gate cannot tell which reader a file is for, so it says so as INFO. Stateless.
 */
final class ShellCommandValues {

    private ShellCommandValues() {
    }

    /**
     * Whether the setting comes from an env file and its whole value is one command substitution.
     *
     * @param setting the setting
     * @param value its effective value
     * @return {@code true} for {@code $(…)} or a backquoted command filling the whole value
     */
    static boolean isCommandSubstitution(Setting setting, String value) {
        String trimmed = value.strip();
        if (trimmed.length() < 4) {
            return false;
        }
        if (trimmed.charAt(0) == '`') {
            return trimmed.charAt(trimmed.length() - 1) == '`' && trimmed.indexOf('`', 1) == trimmed.length() - 1
                    && isEnvFile(setting);
        }
        if (!trimmed.startsWith("$(") || trimmed.startsWith("$((") || trimmed.charAt(trimmed.length() - 1) != ')'
                || !isEnvFile(setting)) {
            return false;
        }
        int depth = 0;
        for (int i = 1; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0 && i != trimmed.length() - 1) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * Whether the setting's whole value is a command substitution that makes or reads its output, so the value is
     * known only where a shell sources the file.
     *
     * @param setting the setting
     * @param value its effective value
     * @return {@code true} for a substitution other than one printing text written in the file
     */
    static boolean isGenerated(Setting setting, String value) {
        return isCommandSubstitution(setting, value) && printed(value) == null;
    }

    /**
     * The value to judge: the text an {@code echo} or {@code printf} substitution prints, else the value itself.
     *
     * @param setting the setting
     * @param value its effective value
     * @return the printed text for a substitution printing text written in the file, else {@code value}
     */
    static String judged(Setting setting, String value) {
        if (value.length() < 8 || value.indexOf("echo") < 0 && value.indexOf("printf") < 0
                || !isCommandSubstitution(setting, value)) {
            return value;
        }
        String printed = printed(value);
        return printed == null ? value : printed;
    }

    /**
     * What {@code echo WORDS} or {@code printf [%s] WORD} inside a whole-value substitution prints, when the command
     * holds nothing a shell would expand or run (no {@code $}, backquote, pipe, redirection, list or glob).
     */
    private static @Nullable String printed(String value) {
        String trimmed = value.strip();
        String command = trimmed.charAt(0) == '`' ? trimmed.substring(1, trimmed.length() - 1)
                : trimmed.substring(2, trimmed.length() - 1);
        for (int i = 0; i < command.length(); i++) {
            if ("$`|;&<>()\\*?[]{}~!#\n\r".indexOf(command.charAt(i)) >= 0) {
                return null;
            }
        }
        List<String> words = words(command.strip());
        if (words == null || words.size() < 2) {
            return null;
        }
        String name = words.get(0);
        int first = 1;
        if (name.equals("echo")) {
            while (first < words.size() - 1 && (words.get(first).equals("-n") || words.get(first).equals("-e")
                    || words.get(first).equals("-E"))) {
                first++;
            }
            return String.join(" ", words.subList(first, words.size()));
        }
        if (!name.equals("printf")) {
            return null;
        }
        if (words.size() == 3 && words.get(1).equals("%s")) {
            return words.get(2);
        }
        return words.size() == 2 && words.get(1).indexOf('%') < 0 ? words.get(1) : null;
    }

    /** Words split at blanks outside quotes, each without its quotes; {@code null} when a quote is not closed. */
    private static @Nullable List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            return null;
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /**
     * The INFO finding for a value a shell generates when it sources the file.
     *
     * @param setting the setting
     * @return the finding, which names no part of the value
     */
    static Finding generated(Setting setting) {
        return Finding.of(Severity.INFO, "secrets.shell-generated", setting)
                .message("is a shell command substitution that makes a fresh value each time a shell sources this "
                        + "file; a dotenv reader (Docker Compose env_file, Node's dotenv) would keep the command text "
                        + "itself, the same in every copy")
                .remediation("Source the file from a shell, or generate the value once and keep it in a secret store.")
                .build();
    }

    private static boolean isEnvFile(Setting setting) {
        String file = setting.origin().file().orElse("");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.startsWith(".env") || name.endsWith(".env") || name.contains(".env.");
    }
}
