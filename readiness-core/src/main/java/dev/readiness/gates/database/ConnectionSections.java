package dev.readiness.gates.database;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Optional;

/**
 * A section that its siblings show to be a database connection, whatever its own name says: a libpq service file's
 * {@code [qwc_configdb]} ({@code host}, {@code port}, {@code dbname}, {@code user}, {@code sslmode} below it), a
 * monitoring agent's {@code instances[0]} ({@code host}, {@code dbname}, {@code ssl}), pgAdmin's server entries. A
 * {@code dbname} sibling, libpq's own word, says so alone; a {@code database} sibling says so beside a host sibling
 * when it holds a name, not a number (Redis's {@code database=0} is an index, and a cache is not judged here).
 * Stateless.
 */
final class ConnectionSections {

    private static final String[] HOST_WORDS = {"host", "hostname", "server", "address", "addr"};

    private ConnectionSections() {
    }

    /**
     * Whether a canonical section (a key's canonical form without its last words, {@code qwcconfigdb}) holds a
     * database connection's settings.
     *
     * @param section the canonical section, empty for top-level keys (never a connection here: a whole file's
     *     {@code HOST} and {@code DATABASE} may be anything)
     * @param settings the check's settings
     * @return {@code true} when its siblings make it a connection
     */
    static boolean isConnection(String section, Settings settings) {
        if (section.isEmpty()) {
            return false;
        }
        if (filled(settings.get(section + "dbname"))) {
            return true;
        }
        Optional<Setting> database = settings.get(section + "database");
        if (!filled(database) || allDigits(database.orElseThrow().value().strip())) {
            return false;
        }
        for (String word : HOST_WORDS) {
            if (filled(settings.get(section + word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean filled(Optional<Setting> setting) {
        return setting.isPresent() && !setting.get().value().isBlank();
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
