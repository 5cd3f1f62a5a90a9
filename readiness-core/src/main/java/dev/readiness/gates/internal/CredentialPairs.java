package dev.readiness.gates.internal;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The password written beside a user name: {@code spring.datasource.password} beside
 * {@code spring.datasource.username}, {@code DB_PASS} beside {@code DB_USER}, {@code sliconf.mail.password} beside
 * {@code sliconf.mail.username}. A user and its password are one credential, and a problem of the pair (a template
 * never filled in, a superuser's default password) is reported once, on the password, where the secret is: the
 * labelled sets put it there (a user-name row such as {@code DB_USER=your_db_user} or {@code username=root} beside a
 * written password is a name, not a secret). Only when the password is not written in the configuration (a
 * {@code ${DB_PASSWORD}} reference, or no password setting at all) does the user's own row carry the problem.
 * A section's password is also found where its format keeps it apart from the user: Grafana's data sources write it
 * under {@code secureJsonData} ({@code datasources[0].user} beside {@code datasources[0].secureJsonData.password}).
 * Stateless.
 */
public final class CredentialPairs {

    private static final Set<String> USER_WORDS = Set.of("user", "username", "usr", "login");
    private static final List<String> PASSWORD_WORDS = List.of("password", "passwd", "pass", "pwd");

    private CredentialPairs() {
    }

    /**
     * Whether a user-name setting has a password beside it, in the same section, whose value is written in the
     * configuration (literal text, blank included, or a reference with a default the gates judge as written), so
     * that the password's own row carries a problem of the pair. Reads the key's words only; call it once the value
     * already has a problem.
     *
     * @param settings the configuration
     * @param user the user-name setting
     * @return {@code true} when a written password stands beside the user
     */
    public static boolean passwordWrittenBeside(Settings settings, Setting user) {
        List<String> words = KeyWords.of(user.key());
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String canonical = user.canonicalKey();
        if (!USER_WORDS.contains(last) || !canonical.endsWith(last)) {
            return false;
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        Optional<Setting> password = passwordOf(settings, prefix);
        return password.isPresent() && !password.get().isDeferred() && !bareReference(password.get().value());
    }

    /**
     * Whether a user-name setting has a password setting beside it, in the same section, whatever its value: written,
     * blank or a {@code ${DB_PASSWORD}} reference the environment fills. Reads the key's words only.
     *
     * @param settings the configuration
     * @param user the user-name setting
     * @return {@code true} when the section has its own password setting
     */
    public static boolean passwordBeside(Settings settings, Setting user) {
        List<String> words = KeyWords.of(user.key());
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String canonical = user.canonicalKey();
        if (!USER_WORDS.contains(last) || !canonical.endsWith(last)) {
            return false;
        }
        String prefix = canonical.substring(0, canonical.length() - last.length());
        return passwordOf(settings, prefix).isPresent();
    }

    /**
     * The sub-section where a format keeps a section's password apart from its user: Grafana's data source
     * provisioning writes {@code user: root} in the data source and its password under {@code secureJsonData}
     * ({@code datasources[0].secureJsonData.password}), the section Grafana encrypts; the legacy top-level
     * {@code password} is read first, as every format's is.
     */
    private static final String SECURE_SECTION = "securejsondata";

    /** The password setting of a section (canonical prefix), beside the user or in its secure sub-section. */
    private static Optional<Setting> passwordOf(Settings settings, String prefix) {
        for (String word : PASSWORD_WORDS) {
            Optional<Setting> password = settings.get(prefix + word);
            if (password.isPresent()) {
                return password;
            }
        }
        return prefix.isEmpty() ? Optional.empty() : settings.get(prefix + SECURE_SECTION + PASSWORD_WORDS.get(0));
    }

    /** A {@code ${NAME}} reference with no default: the environment supplies the password, nothing is written. */
    private static boolean bareReference(String value) {
        int start = value.indexOf("${");
        return start >= 0 && value.indexOf('}', start) > start && value.indexOf(':', start) < 0;
    }
}
