package dev.readiness.gates.secrets;

import dev.readiness.gates.internal.CanonicalKeys;
import dev.readiness.settings.RelaxedNames;
import dev.readiness.settings.Settings;

/**
 * Spring Boot's Flyway and Liquibase credentials: {@code spring.flyway.password} and {@code spring.liquibase.password}
 * are read only when the tool connects on its own, that is when its own {@code url} or {@code user} is set; otherwise
 * the migration runs over the application's DataSource with the datasource's credentials. A blank one there is the
 * default left in place ({@code spring.flyway.password=} in a production profile), not a missing secret. Beside a
 * {@code spring.flyway.url} or {@code spring.flyway.user} of its own, a blank password stays judged. Stateless.
 */
final class MigrationDataSources {

    /** Each tool's key prefix, and its password key in canonical form. */
    private static final String[][] TOOLS = {{"spring.flyway.", "springflywaypassword"},
        {"spring.liquibase.", "springliquibasepassword"}};

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
        String canonical = RelaxedNames.canonical(key);
        for (String[] tool : TOOLS) {
            if (canonical.equals(tool[1])) {
                return blank(settings, tool[0] + "url") && blank(settings, tool[0] + "user");
            }
        }
        return false;
    }

    private static boolean blank(Settings settings, String key) {
        return settings.value(key).map(String::isBlank).orElse(true);
    }
}
