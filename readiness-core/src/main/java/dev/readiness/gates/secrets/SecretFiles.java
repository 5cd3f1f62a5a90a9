package dev.readiness.gates.secrets;

import dev.readiness.settings.Setting;
import java.util.Set;

/**
 * Files that hold nothing but secrets, named for it ({@code config/passwords.yaml}, {@code secrets.yml},
 * {@code credentials.properties}), whose keys name where a secret is used rather than say it is one
 * ({@code production.database}, {@code development.redis}). A value there that is a template token naming a secret
 * ({@code DB_PRODUCTION_PASSWORD}, {@code REDIS_PASSWORD}) is a stand-in left for the real password, not an
 * environment variable's name as it may be under a key that names none elsewhere ({@code passwordEnv=DB_PASSWORD}).
 * Stateless.
 */
final class SecretFiles {

    private static final Set<String> WORDS = Set.of("passwords", "secrets", "credentials");

    private static final String[] SECRET_NOUNS = {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "SALT", "APIKEY",
        "API_KEY"};

    private SecretFiles() {
    }

    /**
     * Whether the value is a template token naming a secret in a file of secrets: upper-case words joined by
     * underscores, one of them a secret's noun, in a file whose name says it holds passwords, secrets or credentials.
     * The value is scanned first, so the file name is read only for such rare values.
     *
     * @param setting the setting, whose origin is made only for such a value
     * @param value the value
     * @return {@code true} for a stand-in token in a file of secrets
     */
    static boolean holdsTemplateToken(Setting setting, String value) {
        return isTemplateToken(value.trim()) && FileNameWords.nameHasWord(setting.origin(), WORDS);
    }

    private static boolean isTemplateToken(String value) {
        if (value.length() < 5 || value.length() > 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        for (String noun : SECRET_NOUNS) {
            if (value.contains(noun)) {
                return true;
            }
        }
        return false;
    }
}
