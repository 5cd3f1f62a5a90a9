package dev.readiness.gates.sandbox;

import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Set;

/**
 * Laravel's {@code log} and {@code array} mailers ({@code MAIL_MAILER}, before Laravel 7 {@code MAIL_DRIVER}) in an
 * environment file whose {@code APP_ENV} declares a local, test or CI tier ({@code local}, {@code testing},
 * {@code ci}): a Laravel {@code .env} belongs to one deploy, and those tiers keep mail in the log or in memory by
 * design (the framework's own {@code .env.example} ships {@code APP_ENV=local} with {@code MAIL_MAILER=log}). The same
 * mailer beside {@code APP_ENV=production}, or with no {@code APP_ENV}, stays a discarding transport. Symfony's
 * {@code null://} transport is not read here: Symfony's committed {@code .env} sets {@code APP_ENV=dev} as the default
 * every deploy inherits, so its {@code APP_ENV} declares no tier. Scans the settings, so ask it only once the
 * discarding-transport rule would report. Stateless.
 */
final class LaravelTierMailers {

    private static final Set<String> MAILER_KEYS = Set.of("mail_mailer", "mail_driver");
    private static final Set<String> KEEPING_MAILERS = Set.of("log", "array");
    private static final Set<String> NON_PRODUCTION_TIERS = Set.of("local", "development", "dev", "testing", "test",
            "ci");

    private LaravelTierMailers() {
    }

    /**
     * Whether a Laravel mailer that keeps mail in the log or in memory is the tier's own choice in the settings.
     *
     * @param settings the settings of the check
     * @param setting the mailer setting
     * @param value its stripped value
     * @return {@code true} for {@code MAIL_MAILER=log} beside {@code APP_ENV=local}, {@code testing} or {@code ci}
     */
    static boolean keptByDeclaredTier(Settings settings, Setting setting, String value) {
        if (!KEEPING_MAILERS.contains(unquoted(value).toLowerCase(Locale.ROOT))
                || !MAILER_KEYS.contains(setting.key().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (Setting candidate : settings) {
            if (candidate.key().length() == 7 && candidate.key().equalsIgnoreCase("APP_ENV")) {
                return NON_PRODUCTION_TIERS.contains(unquoted(candidate.value().strip()).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static String unquoted(String value) {
        int length = value.length();
        return length >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(length - 1) == value.charAt(0) ? value.substring(1, length - 1) : value;
    }
}
