package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;

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
