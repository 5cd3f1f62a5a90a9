package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.settings.Settings;

/**
 * Spring Boot's Flyway and Liquibase credentials: {@code spring.flyway.password} and {@code spring.liquibase.password}
 * are read only when the tool connects on its own, that is when its own {@code url} or {@code user} is set; otherwise
 * the migration runs over the application's DataSource with the datasource's credentials. A blank one there is the
 * default left in place ({@code spring.flyway.password=} in a production profile), not a missing secret. Beside a
 * {@code spring.flyway.url} or {@code spring.flyway.user} of its own, a blank password stays judged. Stateless.
 */
final class MigrationDataSources {

    private static final String[] TOOLS = {"spring.flyway.", "spring.liquibase."};

    private MigrationDataSources() {
    }

    /**
     * Whether a blank migration password is unused because the tool runs over the application's DataSource.
     *
     * @param settings the configuration
     * @param key the blank password's key
     * @return {@code true} for a Flyway or Liquibase password with no connection of the tool's own beside it
     */
    static boolean usesApplicationDataSource(Settings settings, String key) {
        if (!CanonicalKeys.endsWith(key, "password")) {
            return false;
        }
        for (String tool : TOOLS) {
            if (CanonicalKeys.endsWith(key, tool.replace(".", "") + "password")
                    && settings.get(tool + "password").filter(setting -> setting.key().equals(key)).isPresent()) {
                return blank(settings, tool + "url") && blank(settings, tool + "user");
            }
        }
        return false;
    }

    private static boolean blank(Settings settings, String key) {
        return settings.value(key).map(String::isBlank).orElse(true);
    }
}
