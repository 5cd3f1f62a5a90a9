package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.gates.internal.AsciiCase;
import dev.readiness.gates.internal.KeyWords;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A client's dry run switched on in production, where the client's own section says it acts for real: a section's
 * {@code dry-run=true} ({@code polymarket.dry-run}, {@code exchange.dry_run}) beside a credential of the same section
 * ({@code polymarket.api.secret}, {@code exchange.private-key}) or the section's live switch
 * ({@code polymarket.live-mode=true}). With credentials to act, a dry run leaves the service's work undone: orders,
 * payments or messages are only simulated. A tool's dry run whose section holds nothing of the kind
 * ({@code NEXT_BUILD_ENV_SENTRY_UPLOAD_DRY_RUN}, {@code liquibase.dry-run}) is not read; a lone {@code DRY_RUN} or one
 * naming a provider is {@link ModeSwitchRule}'s. Likewise a section's live switch turned off
 * ({@code INTASEND_LIVE=false}) beside the section's secret ({@code INTASEND_SECRET_KEY}). Stateless.
 */
final class DryRunSections {

    /** Last words of a sibling that gives the section the means to act: its secret, key or passphrase. */
    private static final Set<String> CREDENTIAL_ENDS = Set.of("secret", "apisecret", "privatekey", "passphrase",
            "apikey", "token", "accesstoken");
    private static final Set<String> TRUE_VALUES = Set.of("true", "yes", "on", "1");
    private static final Set<String> FALSE_VALUES = Set.of("false", "no", "off", "0");
    /** Last words of a sibling that holds a client's secret, as payment and messaging providers name it. */
    private static final Set<String> SECRET_ENDS = Set.of("secret", "secretkey", "apisecret", "privatekey",
            "clientsecret");

    private DryRunSections() {
    }

    /**
     * The finding on a section's dry-run switch turned on beside the section's credential or live switch.
     *
     * @param settings all settings, read only for a dry-run switch turned on
     * @param setting the setting
     * @return a NO-GO {@code sandbox.test-mode}, or {@code null}
     */
    /** The endings of every key {@link #judge} reads; a caller may test them first and leave this class unloaded. */
    static final String LIVE_ENDING = "live";
    static final String RUN_ENDING = "run";

    static @Nullable Finding judge(Settings settings, Setting setting) {
        String key = setting.key();
        if (AsciiCase.endsWith(key, LIVE_ENDING)) {
            return liveSwitchedOff(settings, setting);
        }
        if (!AsciiCase.endsWith(key, RUN_ENDING)) {
            return null;
        }
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > 4 || !TRUE_VALUES.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        List<String> words = KeyWords.of(key);
        int size = words.size();
        if (size < 3 || !words.get(size - 1).equals("run") || !words.get(size - 2).equals("dry")) {
            return null;
        }
        List<String> section = words.subList(0, size - 2);
        for (Setting other : settings) {
            if (other == setting || other.value().isBlank()) {
                continue;
            }
            List<String> otherWords = KeyWords.of(other.key());
            int otherSize = otherWords.size();
            if (otherSize <= section.size() || !otherWords.subList(0, section.size()).equals(section)) {
                continue;
            }
            if (actsForReal(otherWords, section.size(), other.value().strip())) {
                return Finding.noGo("sandbox.test-mode", setting)
                        .message(setting.key() + " switches a dry run on in production, while " + other.key()
                                + " gives the same client the means to act: its orders, payments or messages are "
                                + "only simulated.")
                        .remediation("Switch the dry run off (false) in production, or remove the client's "
                                + "credentials if it is meant to stay idle.")
                        .build();
            }
        }
        return null;
    }

    /**
     * A section's live switch turned off ({@code INTASEND_LIVE=false}) beside the section's own secret
     * ({@code INTASEND_SECRET_KEY}): the provider need not be in the catalog, since the file shows the section is a
     * client that holds keys, and such a client with its live switch off runs in its test mode.
     */
    private static @Nullable Finding liveSwitchedOff(Settings settings, Setting setting) {
        String value = setting.value().strip();
        if (value.isEmpty() || value.length() > 5 || !FALSE_VALUES.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        List<String> words = KeyWords.of(setting.key());
        int size = words.size();
        if (size < 2 || !words.get(size - 1).equals("live")) {
            return null;
        }
        List<String> section = words.subList(0, size - 1);
        for (Setting other : settings) {
            if (other == setting) {
                continue;
            }
            List<String> otherWords = KeyWords.of(other.key());
            int otherSize = otherWords.size();
            if (otherSize > section.size() && otherWords.subList(0, section.size()).equals(section)
                    && holdsSectionSecret(otherWords, section.size())) {
                return Finding.noGo("sandbox.test-mode", setting)
                        .message(setting.key() + " switches the live mode off in production, while " + other.key()
                                + " holds the same client's secret: the client runs in its provider's test mode, "
                                + "so its payments or messages are not real.")
                        .remediation("Switch " + setting.key() + " on (true) in production, with the live keys.")
                        .build();
            }
        }
        return null;
    }

    private static boolean holdsSectionSecret(List<String> words, int from) {
        int size = words.size();
        String last = words.get(size - 1);
        String lastTwo = size - from >= 2 ? words.get(size - 2) + last : last;
        return SECRET_ENDS.contains(last) || SECRET_ENDS.contains(lastTwo);
    }

    private static boolean actsForReal(List<String> words, int from, String value) {
        int size = words.size();
        String last = words.get(size - 1);
        String lastTwo = size - from >= 2 ? words.get(size - 2) + last : last;
        if (CREDENTIAL_ENDS.contains(last) || CREDENTIAL_ENDS.contains(lastTwo)) {
            return true;
        }
        return (last.equals("livemode") || lastTwo.equals("livemode") || last.equals("live"))
                && TRUE_VALUES.contains(value.toLowerCase(java.util.Locale.ROOT));
    }
}
