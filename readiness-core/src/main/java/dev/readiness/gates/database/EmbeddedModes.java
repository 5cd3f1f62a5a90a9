package dev.readiness.gates.database;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A product's switch that starts its own bundled database instead of connecting to a server:
 * {@code tolgee.postgres-autostart.enabled=true}, {@code db-persistence.embedded-database.enabled=true},
 * {@code EMBEDDED_POSTGRES_ENABLED=true}, {@code USE_EMBEDDED_DB=true}, {@code database.mode=embedded}, and EF Core's
 * in-memory provider chosen by a setting ({@code UseInMemoryDatabase=true} in the .NET Clean Architecture templates'
 * {@code appsettings.json}, {@code DatabaseProvider=InMemory}), whose data is lost at every restart, and Keycloak's
 * {@code KC_DB=dev-file} or {@code dev-mem}. Such a
 * database lives in the service's own container or process, with the product's fixed credentials, no replication and
 * no managed backups: a trial or development set-up. The key is recognised by its words, a database word and an
 * embedding word ({@code embedded}, {@code bundled}, {@code autostart}, {@code builtin}, {@code in memory}) or a last
 * word {@code mode} or {@code provider}, and the value must switch it on or choose the embedded or in-memory mode.
 * Settings of the embedded database itself (its port, data directory, version) and
 * initialisation modes ({@code spring.datasource.initialization-mode=embedded}, which only says when to run scripts)
 * are not switches.
 */
final class EmbeddedModes {

    private static final Set<String> EMBEDDING_WORDS = Set.of("embedded", "embed", "bundled", "autostart",
            "builtin", "inprocess");
    private static final Set<String> SWITCH_LAST_WORDS = Set.of("enabled", "enable", "active", "on", "start",
            "autostart", "embedded", "bundled", "builtin", "use", "mode", "db", "database", "postgres", "postgresql",
            "mongo", "mongodb", "redis", "mysql", "mariadb");
    private static final Set<String> MODE_WORDS = Set.of("mode", "type", "kind", "provider");
    private static final Set<String> NOT_SWITCH_WORDS = Set.of("init", "initialization", "initialize",
            "initialisation", "schema", "ddl", "script", "scripts", "migration", "migrations", "test", "tests");
    private static final Set<String> ON_VALUES = Set.of("true", "yes", "on", "1", "enabled", "enable", "always");
    private static final Set<String> EMBEDDED_VALUES = Set.of("embedded", "bundled", "builtin", "built-in",
            "internal-embedded", "inmemory", "in-memory", "memory");

    /** Keycloak's own development stores: an H2 file in its data directory, or H2 in memory. */
    private static final Set<String> KEYCLOAK_DEVELOPMENT_VENDORS = Set.of("dev-file", "dev-mem");

    private EmbeddedModes() {
    }

    /**
     * Whether the key is Keycloak's database vendor option as its container reads it, {@code KC_DB}, whose values
     * {@code dev-file} and {@code dev-mem} (Keycloak's default in {@code start-dev}) choose its embedded H2 store
     * (forty-fifth pass: a Compose file's {@code KC_DB: dev-file}).
     */
    private static boolean keycloakVendor(List<String> words) {
        return words.size() == 2 && words.get(0).equals("kc") && words.get(1).equals("db");
    }

    /**
     * Whether a key's words (which include a database word) make a switch of a bundled or embedded database.
     *
     * @param words the key's words
     * @return {@code true} for a switch, whatever its value
     */
    static boolean namesSwitch(List<String> words) {
        if (keycloakVendor(words)) {
            return true;
        }
        if (words.size() < 2 || !SWITCH_LAST_WORDS.contains(words.get(words.size() - 1))
                && !MODE_WORDS.contains(words.get(words.size() - 1))) {
            return false;
        }
        boolean embedding = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (NOT_SWITCH_WORDS.contains(word)) {
                return false;
            }
            embedding |= EMBEDDING_WORDS.contains(word)
                    || word.equals("auto") && i + 1 < words.size() && words.get(i + 1).equals("start")
                    || word.equals("in") && i + 1 < words.size() && words.get(i + 1).equals("memory");
        }
        String last = words.get(words.size() - 1);
        return embedding || last.equals("mode") || last.equals("provider");
    }

    /**
     * Whether a switch of {@link #namesSwitch} starts the embedded database: it is on, or its mode or provider names
     * the embedded or in-memory one ({@code Database.Provider=Postgres} is a switch that starts none).
     *
     * @param setting the switch
     * @return {@code true} when the service's database is the embedded one
     */
    static boolean on(Setting setting) {
        String value = setting.value().strip().toLowerCase(Locale.ROOT);
        List<String> words = KeyWords.of(setting.key());
        if (keycloakVendor(words)) {
            return KEYCLOAK_DEVELOPMENT_VENDORS.contains(value);
        }
        return MODE_WORDS.contains(words.get(words.size() - 1)) ? EMBEDDED_VALUES.contains(value)
                : ON_VALUES.contains(value);
    }

    /**
     * The finding on a switch that starts a bundled or embedded database in production or staging.
     *
     * @param setting the switch
     * @param stage the stage
     * @param words the key's words
     * @return the finding, or none when the switch is off, names another mode, or the stage allows it
     */
    static List<Finding> judge(Setting setting, Stage stage, List<String> words) {
        if (stage != Stage.PRODUCTION && stage != Stage.STAGING) {
            return List.of();
        }
        if (!on(setting)) {
            return List.of();
        }
        return List.of(Finding.of(stage == Stage.PRODUCTION ? Severity.NO_GO : Severity.WARN, "database.embedded",
                        setting)
                .message(setting.key() + " starts the product's own bundled database inside the service, not a "
                        + stage.id() + " database server: its data lives in the service's container or process, "
                        + "with the product's default credentials and no replication or managed backups.")
                .remediation("Switch " + setting.key() + " off and connect the service to the " + stage.id()
                        + " database server; keep the bundled database for trials and development.")
                .build());
    }
}
