package dev.readiness.gates.sandbox;

import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;

/**
 * Sections of a multi-environment file that are not production: Rails' {@code database.yml} and Mongoid's
 * {@code mongoid.yml}, Sequelize's {@code config.json}, where {@code development.host=localhost} sits beside
 * {@code production.uri=…}. The application reads the section of the environment it runs in, so a loopback host in
 * the development or test section is that environment's, not production's. The file must itself hold a production
 * section ({@code production.…} or {@code prod.…}): without one, a first segment named {@code development} may be the
 * only configuration there is.
 */
final class EnvironmentSections {

    private static final String[] OTHER_ENVIRONMENTS = {"development.", "dev.", "test.", "testing.", "local."};
    private static final String[] PRODUCTION = {"production.", "prod."};

    private EnvironmentSections() {
    }

    /**
     * Whether a key lies in a development, test or local section of a file that has a production section.
     *
     * @param settings the settings of the check, read only when the key's first segment names another environment
     * @param setting the setting
     * @return {@code true} for such a key
     */
    static boolean inOtherEnvironment(Settings settings, Setting setting) {
        String key = setting.key();
        if (!startsWithAny(key, OTHER_ENVIRONMENTS)) {
            return false;
        }
        for (Setting other : settings) {
            if (startsWithAny(other.key(), PRODUCTION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String key, String[] prefixes) {
        for (String prefix : prefixes) {
            if (key.length() > prefix.length() && AsciiCase.regionIs(key, 0, prefix)) {
                return true;
            }
        }
        return false;
    }
}
