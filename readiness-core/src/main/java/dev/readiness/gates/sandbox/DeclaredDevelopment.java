package dev.readiness.gates.sandbox;

import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a configuration declares itself a development one: a framework's environment switch set to a development
 * value ({@code _APP_ENV=development}, {@code NODE_ENV=development}, {@code RAILS_ENV=dev}), the switches
 * {@link DevelopmentModes} reports. Read only by rules whose finding is about how a deployed service is served (HTTPS
 * not forced), so that Appwrite's own development {@code .env} ({@code _APP_ENV=development} beside
 * {@code _APP_OPTIONS_FORCE_HTTPS=disabled}) is not told to force HTTPS, while the same switch in a file that says
 * {@code production} is; and, the other way, whether it declares itself production's ({@link ProductionFileTls}).
 * Scans the settings, so call it only once a rule would report. Stateless.
 */
final class DeclaredDevelopment {

    private static final Set<String> ENVIRONMENT_SWITCHES = Set.of("nodeenv", "railsenv", "rackenv", "appenv",
            "flaskenv", "mixenv", "grailsenv", "aspnetcoreenvironment", "dotnetenvironment");
    private static final Set<String> DEVELOPMENT_VALUES = Set.of("development", "dev", "develop", "local");
    private static final Set<String> PRODUCTION_VALUES = Set.of("production", "prod");

    private DeclaredDevelopment() {
    }

    /**
     * Whether an environment switch of the configuration holds a development value.
     *
     * @param settings the configuration
     * @return {@code true} when the configuration says it is a development one
     */
    static boolean in(Settings settings) {
        for (Setting setting : settings) {
            String value = setting.value().strip();
            if (value.length() < 3 || value.length() > 13 || !DEVELOPMENT_VALUES.contains(Quotes.unquoted(value)
                    .toLowerCase(Locale.ROOT))) {
                continue;
            }
            String name = DevelopmentModes.switchName(setting.key());
            if (name != null && ENVIRONMENT_SWITCHES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key of the environment switch that says the configuration is production's ({@code RAILS_ENV=production},
     * {@code _APP_ENV=prod}), or {@code null}, also when another switch of it says development.
     *
     * @param settings the configuration
     * @return the switch's key, or {@code null}
     */
    static @Nullable String production(Settings settings) {
        String production = null;
        for (Setting setting : settings) {
            String value = setting.value().strip();
            if (value.length() < 3 || value.length() > 13) {
                continue;
            }
            String word = Quotes.unquoted(value).toLowerCase(Locale.ROOT);
            boolean development = DEVELOPMENT_VALUES.contains(word);
            if (!development && !PRODUCTION_VALUES.contains(word)) {
                continue;
            }
            String name = DevelopmentModes.switchName(setting.key());
            if (name != null && ENVIRONMENT_SWITCHES.contains(name)) {
                if (development) {
                    return null;
                }
                production = production != null ? production : setting.key();
            }
        }
        return production;
    }

}
