package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Settings;
import java.util.List;

/**
 * A password key whose block describes a database connection, read from the block's other keys rather than from the
 * key's own words: {@code production.password} beside {@code production.dialect} (Sequelize's
 * {@code config/config.json}), {@code production.connection.password} beside {@code production.connection.database}
 * and {@code production.connection.host} (a knexfile), {@code password} beside {@code type}, {@code database} and
 * {@code host} (TypeORM's {@code ormconfig.json}). Node's configuration files name the block by environment or by
 * {@code connection}, so the key itself says nothing of a database. Stateless.
 */
final class ConnectionBlocks {

    private ConnectionBlocks() {
    }

    /**
     * Whether a key whose last word is a password word stands in a block that also holds a {@code dialect}, or a
     * {@code database} together with a {@code host}, {@code username} or {@code user}.
     *
     * @param settings the settings
     * @param key the password's key, written with dots
     * @return {@code true} when the block is a database connection's
     */
    static boolean isDatabasePassword(Settings settings, String key) {
        int dot = key.lastIndexOf('.');
        List<String> words = KeyWords.of(key.substring(dot + 1));
        if (words.size() != 1 || !words.get(0).startsWith("pass") && !words.get(0).equals("pwd")) {
            return false;
        }
        String block = key.substring(0, dot + 1);
        return settings.contains(block + "dialect")
                || settings.contains(block + "database") && (settings.contains(block + "host")
                        || settings.contains(block + "username") || settings.contains(block + "user"));
    }
}
