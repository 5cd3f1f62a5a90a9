package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.gates.internal.CommandSubstitutions;
import dev.readiness.settings.Setting;
import org.jspecify.annotations.Nullable;

/**
 * A whole value that is a shell command substitution ({@code "$(head -c32 /dev/urandom | base64)"},
 * {@code `openssl rand -hex 32`}) in an env file. A shell that sources the file runs the command and gets a fresh
 * value, so the text is no secret anyone shares, in the same way as a {@code ${NAME}} reference that the environment
 * fills. A reader that runs no shell (systemd's {@code EnvironmentFile}, {@code docker run --env-file}, Docker Compose's
 * {@code env_file}, Node's dotenv) keeps the text literally, the same in every copy; the gate cannot tell which reader
 * a file given on its own is for, so it says so as INFO. A file that reached the check as a Compose service's
 * {@code env_file:} is read by Compose, which runs no command: the service gets the text, judged as written (the
 * forty-eighth pass's newcomer; the boot, which receives that text, refused it while the check of the Compose file was
 * a GO). Stateless.
 */
final class ShellCommandValues {

    private ShellCommandValues() {
    }

    /**
     * Whether the setting comes from an env file that a shell may source and its whole value is one command
     * substitution. An env file a Compose service reads ({@code api.env:2 via env_file of service api}) is not one:
     * Compose passes the command's text to the container.
     *
     * @param setting the setting
     * @param value its effective value
     * @return {@code true} for {@code $(…)} or a backquoted command filling the whole value
     */
    static boolean isCommandSubstitution(Setting setting, String value) {
        return CommandSubstitutions.isWhole(value.strip()) && isEnvFile(setting)
                && !ShippedFiles.isEnvFileOfCompose(setting.origin());
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
        return isCommandSubstitution(setting, value) && CommandSubstitutions.printed(value) == null;
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
        String printed = CommandSubstitutions.printed(value);
        return printed == null ? value : printed;
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
                        + "file; a reader that runs no shell (systemd's EnvironmentFile, docker run --env-file, Docker "
                        + "Compose env_file, Node's dotenv) keeps the command text itself, the same in every copy")
                .remediation("Unless a shell sources this file, generate the value once and keep it in a secret store.")
                .build();
    }

    private static boolean isEnvFile(Setting setting) {
        String file = setting.origin().file().orElse("");
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return name.startsWith(".env") || name.endsWith(".env") || name.contains(".env.");
    }
}
