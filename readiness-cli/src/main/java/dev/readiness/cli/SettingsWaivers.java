package dev.readiness.cli;

import dev.readiness.Waiver;
import dev.readiness.Waivers;
import dev.readiness.settings.Settings;
import java.util.List;

/**
 * Reads waivers written as the Spring properties {@code readiness.waivers[i].code}, {@code .subject},
 * {@code .reason} and {@code .expires} from the settings, in any relaxed spelling
 * ({@code READINESS_WAIVERS_0_CODE} in an env file), so the check applies the same waivers the service would at
 * boot. The reading is core's {@link Waivers}; this turns its refusal into the CLI's exit status 2.
 */
final class SettingsWaivers {

    private SettingsWaivers() {
    }

    /**
     * The waivers in the settings, by index.
     *
     * @param settings the settings
     * @return the waivers
     * @throws CliException naming the key and its origin when a waiver lacks a code, reason or valid expiry date;
     *         never quoting a value
     */
    static List<Waiver> read(Settings settings) {
        try {
            return Waivers.fromSettings(settings);
        } catch (IllegalArgumentException invalid) {
            throw CliException.input(invalid.getMessage());
        }
    }
}
