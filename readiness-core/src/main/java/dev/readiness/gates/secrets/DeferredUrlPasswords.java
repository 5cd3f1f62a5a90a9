package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The literal password of a connection URL whose other parts are supplied at run time:
 * {@code DATABASE_URL=postgres://app:hunter2@${DB_HOST}/app}, {@code jdbc:postgresql://${DB_HOST}/app?password=hunter2},
 * the f-string {@code f'redis://:changeme@{REDIS_HOST}:6379/0'}. The setting is deferred, since its whole value is known
 * only when the host is, so no gate judged it; but the password is written in the file, whatever host it ends up
 * sent to (hostile testing, thirty-second pass: a weak or placeholder password was GO in production once the host was a
 * reference). Only a URL from its first character is read (an f-string's quotes and prefix looked through), its password
 * decoded; a password that is itself a reference or holds a run-time part is left to where it is supplied, and a
 * password with no problem raises nothing. Stateless. The user information is read from the authority itself where
 * {@link java.net.URI} reads none (a port that is a reference, a bracketed template password: thirty-third pass).
 */
final class DeferredUrlPasswords {

    /** Stands for a run-time part while the URL is read; a password holding it is no literal. */
    private static final String RUN_TIME = "readiness-run-time-part";

    private DeferredUrlPasswords() {
    }

    /**
     * The finding on a weak, guessable or placeholder password written in a deferred URL.
     *
     * @param setting a deferred setting
     * @param judge the gate's judge of secrets
     * @param severity the severity of a secret's problem in the stage
     * @return the finding, or {@code null}
     */
    static @Nullable Finding judge(Setting setting, SecretStrength judge, Severity severity) {
        String value = setting.value().strip();
        if (value.length() < 12 || value.length() > 2_048 || value.indexOf("://") <= 0 || value.indexOf('@') < 0
                && value.indexOf("assword=") < 0 && value.indexOf("pwd=") < 0) {
            return null;
        }
        if ((value.charAt(0) == 'f' || value.charAt(0) == 'F') && value.length() > 3
                && (value.charAt(1) == '\'' || value.charAt(1) == '"') && value.endsWith(value.substring(1, 2))) {
            value = value.substring(2, value.length() - 1);
        }
        int scheme = value.indexOf("://");
        for (int i = 0; i < scheme; i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '.' || c == '-' || c == ':')) {
                return null;
            }
        }
        String replaced = withoutRunTimeParts(value);
        if (replaced == null || replaced.equals(value)) {
            return null;
        }
        Optional<String> password = UrlPasswords.password(replaced);
        if (password.isEmpty()) {
            password = userInformationPassword(replaced, scheme + 3);
        }
        if (password.isEmpty()) {
            password = UrlPasswords.queryPassword(replaced);
        }
        String written = password.orElse(null);
        if (written == null || written.isBlank() || written.contains(RUN_TIME) || written.indexOf('$') >= 0) {
            return null;
        }
        List<SecretProblem> problems = judge.assess(written, SecretPurpose.PASSWORD);
        if (problems.isEmpty()) {
            return null;
        }
        SecretProblem problem = problems.get(0);
        return Finding.of(severity, problem.code(), setting)
                .message("carries a password in its URL, written in the file although the URL's other parts are "
                        + "supplied at run time, that " + problem.message())
                .remediation(problem.remediation() + " Supply the password from the environment as the rest of the "
                        + "URL is.")
                .build();
    }

    /**
     * The password of the user information read from the authority itself, up to the last {@code @} before its first
     * {@code /}, {@code ?} or {@code #}: {@link java.net.URI} reads none once the port is a run-time part
     * ({@code @${DB_HOST}:${DB_PORT}}) or the password is template text ({@code <password>}); hostile testing,
     * thirty-third pass, both were GO.
     */
    private static Optional<String> userInformationPassword(String url, int authorityStart) {
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        int at = url.lastIndexOf('@', authorityEnd - 1);
        int colon = at < authorityStart ? -1 : url.indexOf(':', authorityStart);
        if (colon < 0 || colon >= at - 1) {
            return Optional.empty();
        }
        String written = url.substring(colon + 1, at);
        try {
            return Optional.of(java.net.URLDecoder.decode(written, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.of(written);
        }
    }

    /** The value with each {@code ${…}} and {@code {…}} part replaced by {@link #RUN_TIME}, or {@code null} when unbalanced. */
    private static @Nullable String withoutRunTimeParts(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            boolean dollar = c == '$' && i + 1 < value.length() && value.charAt(i + 1) == '{';
            if (c != '{' && !dollar) {
                out.append(c);
                i++;
                continue;
            }
            int depth = 0;
            int j = dollar ? i + 1 : i;
            for (; j < value.length(); j++) {
                char d = value.charAt(j);
                depth += d == '{' ? 1 : d == '}' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            if (j >= value.length()) {
                return null;
            }
            out.append(RUN_TIME);
            i = j + 1;
        }
        return out.toString();
    }
}
