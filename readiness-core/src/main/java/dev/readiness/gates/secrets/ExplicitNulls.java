package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;

/**
 * The word {@code null} written as a secret's value. Laravel and Symfony read it as "no value", and their templates
 * write it for what may stay unset ({@code REDIS_PASSWORD=null}, {@code MAIL_PASSWORD=null},
 * {@code GITHUB_TOKEN=null}): an explicit choice of no secret for an optional integration, not a missing one. A
 * database password is the exception ({@code DB_PASSWORD=null}): the application connects to its database whatever
 * the template says, so no password there is a database left open or a value never filled in. The word
 * {@code disabled} as the whole value is the same choice, written as a switch ({@code OPENDOTA_API_KEY=disabled},
 * {@code SLACK_API_TOKEN=disabled}, {@code SSH_AUTH_KEY_1=DISABLED}): services that read it turn the integration
 * off rather than use the word as a key. A password in a block that describes a database connection is the database's
 * too, whatever its key says ({@code production.password=null} beside {@code production.dialect=mysql}, as
 * {@code sequelize-cli init} writes {@code config/config.json}; {@code connection.password=undefined} beside
 * {@code connection.database} and {@code connection.host} in a knexfile): the driver connects without a password. So
 * is the application's own key ({@code APP_KEY=null}, Cachet's {@code ${APP_KEY:-null}}; {@link OwnSecretNames}):
 * Laravel refuses to encrypt or start a session without it, so {@code null} there is a key never set, not an
 * integration left off (thirty-eighth pass).
 * Stateless.
 */
final class ExplicitNulls {

    private static final Set<String> PASSWORD_WORDS = Set.of("password", "passwd", "pass", "pwd", "psw");

    /** Words that say the password is the application database's. */
    private static final Set<String> DATABASE_WORDS = Set.of("db", "database", "datasource", "jdbc", "sql", "mysql",
            "mariadb", "postgres", "postgresql", "pgsql", "pg", "mssql", "sqlserver", "oracle", "mongo", "mongodb");

    private ExplicitNulls() {
    }

    /**
     * Whether a secret's value is the word {@code null} or {@code disabled} under a key that is not a database
     * password, its block read too: a password beside a {@code dialect}, or beside a {@code database} and a
     * {@code host}, {@code username} or {@code user}, is the database's.
     *
     * @param settings the settings, for the key's block
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} when the value deliberately leaves an optional secret unset
     */
    static boolean leavesUnset(Settings settings, String key, String value) {
        return leavesUnset(key, value) && !ConnectionBlocks.isDatabasePassword(settings, key)
                && !OwnSecretNames.names(key);
    }

    /**
     * Whether a secret's value is the word {@code null} or {@code disabled} under a key that is not a database
     * password.
     *
     * @param key the setting's key
     * @param value its effective value
     * @return {@code true} when the value deliberately leaves an optional secret unset
     */
    static boolean leavesUnset(String key, String value) {
        String trimmed = value.trim();
        if (!(trimmed.length() == 4 && trimmed.equalsIgnoreCase("null")
                || trimmed.length() == 8 && trimmed.equalsIgnoreCase("disabled"))) {
            return false;
        }
        List<String> words = KeyWords.of(key);
        if (words.isEmpty() || !PASSWORD_WORDS.contains(words.get(words.size() - 1))) {
            return true;
        }
        for (String word : words) {
            if (DATABASE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
