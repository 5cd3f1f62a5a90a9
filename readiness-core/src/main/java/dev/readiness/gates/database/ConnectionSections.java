package dev.readiness.gates.database;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Optional;

/**
 * A section that its siblings show to be a database connection, whatever its own name says: a libpq service file's
 * {@code [qwc_configdb]} ({@code host}, {@code port}, {@code dbname}, {@code user}, {@code sslmode} below it), a
 * monitoring agent's {@code instances[0]} ({@code host}, {@code dbname}, {@code ssl}), pgAdmin's server entries. A
 * {@code dbname} sibling, libpq's own word, says so alone; a {@code database} sibling says so beside a host sibling
 * when it holds a name, not a number (Redis's {@code database=0} is an index, and a cache is not judged here).
 * One per check, not thread-safe: whether any key ends in {@code dbname} or {@code database} is found once, on first
 * use, by one pass that reads each key's ending in place, so a configuration without such keys costs no more.
 */
final class ConnectionSections {

    private static final String[] HOST_WORDS = {"host", "hostname", "server", "address", "addr"};

    private final Settings settings;
    private int nameKeys = -1;

    ConnectionSections(Settings settings) {
        this.settings = settings;
    }

    /** Whether some key ends in a name word, read once per check without allocating. */
    private boolean anyNameKey() {
        if (nameKeys < 0) {
            nameKeys = 0;
            for (Setting setting : settings) {
                String key = setting.key();
                if (AsciiCase.endsWith(key, "dbname") || AsciiCase.endsWith(key, "database")) {
                    nameKeys = 1;
                    break;
                }
            }
        }
        return nameKeys == 1;
    }

    /**
     * Whether a canonical section (a key's canonical form without its last words, {@code qwcconfigdb}) holds a
     * database connection's settings.
     *
     * @param section the canonical section, empty for top-level keys (never a connection here: a whole file's
     *     {@code HOST} and {@code DATABASE} may be anything)
     * @return {@code true} when its siblings make it a connection
     */
    boolean isConnection(String section) {
        if (section.isEmpty() || !anyNameKey()) {
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

    /**
     * Whether a key ending in {@code host} or {@code hostname} is the host of a section its siblings make a connection
     * ({@code my-local-gis.host} beside {@code my-local-gis.dbname}).
     *
     * @param setting a setting whose key ends in a member word
     * @return {@code true} for such a host
     */
    boolean isConnectionHost(Setting setting) {
        if (!anyNameKey()) {
            return false;
        }
        List<String> words = KeyWords.of(setting.key());
        if (words.size() < 2) {
            return false;
        }
        String last = words.get(words.size() - 1);
        String canonical = setting.canonicalKey();
        return (last.equals("host") || last.equals("hostname")) && canonical.endsWith(last)
                && !EngineSections.nonProduction(words) && !variableName(setting.value().strip())
                && isConnection(canonical.substring(0, canonical.length() - last.length()));
    }

    /**
     * Whether a value is the name of an environment variable the application reads itself
     * ({@code CART_DB_SERVICE_SERVICE_HOST}, Kubernetes' service variable): capitals, digits and underscores, with an
     * underscore.
     */
    private static boolean variableName(String value) {
        if (value.indexOf('_') <= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
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
