package dev.readiness.gates.sandbox;

import dev.readiness.internal.Quotes;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.Locale;
import java.util.Set;

/**
 * Laravel's {@code log} and {@code array} mailers ({@code MAIL_MAILER}, before Laravel 7 {@code MAIL_DRIVER}) in an
 * environment file whose {@code APP_ENV} declares a tier other than production: a Laravel {@code .env} belongs to one
 * deploy, and a test or CI tier ({@code testing}, {@code test}, {@code ci}) keeps mail in the log or in memory by
 * design, so the mailer is no finding there. A local or development tier ({@code local}, {@code development},
 * {@code dev}: the framework's own {@code .env.example} ships {@code APP_ENV=local} with {@code MAIL_MAILER=log}) is
 * what every deploy copied from the template starts with (forty-sixth pass: five files of four blind sets labelled the
 * mailer a sandbox switch, one a mail driver's name), so the finding stays, as a WARN. The same mailer beside
 * {@code APP_ENV=production}, or with no {@code APP_ENV}, stays a discarding transport. Symfony's {@code null://}
 * transport is not read here: Symfony's committed {@code .env} sets {@code APP_ENV=dev} as the default every deploy
 * inherits, so its {@code APP_ENV} declares no tier. Scans the settings, so ask it only once the discarding-transport
 * rule would report. Stateless.
 */
final class LaravelTierMailers {

    private static final Set<String> MAILER_KEYS = Set.of("mail_mailer", "mail_driver");
    private static final Set<String> KEEPING_MAILERS = Set.of("log", "array");
    private static final Set<String> TEST_TIERS = Set.of("testing", "test", "ci");
    private static final Set<String> LOCAL_TIERS = Set.of("local", "development", "dev");

    /** What the file's {@code APP_ENV} says of a keeping mailer. */
    enum Tier {
        /** No tier other than production is declared, or the mailer is no keeping one: the finding stands. */
        NONE,
        /** A local or development tier: the finding stands as a WARN. */
        LOCAL,
        /** A test or CI tier: the mailer is the tier's own. */
        TEST
    }

    private LaravelTierMailers() {
    }

    /**
     * The tier a Laravel mailer that keeps mail in the log or in memory is chosen for.
     *
     * @param settings the settings of the check
     * @param setting the mailer setting
     * @param value its stripped value
     * @return {@link Tier#TEST} for {@code MAIL_MAILER=log} beside {@code APP_ENV=testing} or {@code ci},
     *         {@link Tier#LOCAL} beside {@code APP_ENV=local}, else {@link Tier#NONE}
     */
    static Tier declaredTier(Settings settings, Setting setting, String value) {
        if (!KEEPING_MAILERS.contains(Quotes.unquoted(value).toLowerCase(Locale.ROOT))
                || !MAILER_KEYS.contains(setting.key().toLowerCase(Locale.ROOT))) {
            return Tier.NONE;
        }
        for (Setting candidate : settings) {
            if (candidate.key().length() == 7 && candidate.key().equalsIgnoreCase("APP_ENV")) {
                String tier = Quotes.unquoted(candidate.value().strip()).toLowerCase(Locale.ROOT);
                return TEST_TIERS.contains(tier) ? Tier.TEST : LOCAL_TIERS.contains(tier) ? Tier.LOCAL : Tier.NONE;
            }
        }
        return Tier.NONE;
    }

}
