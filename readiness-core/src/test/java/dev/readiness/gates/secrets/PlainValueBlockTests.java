package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.ValueShape;
import dev.readiness.settings.Settings;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The secrets gate passes a plain value ({@link ValueShape}) under a key that names no secret over its block of rules
 * that read values under any key: every rule of that block must find nothing in such a value, whatever the key.
 */
class PlainValueBlockTests {

    /** Keys each rule of the block reads: a DSN, a user, a pair identifier, an account, others. */
    private static final String[] KEYS = {"SENTRY_DSN", "ADMIN_USER", "app.username", "OPENWEATHERMAP_KEY_ID",
            "config.clientId", "PUSHER_APP_ID", "PAYPAL_ACCOUNT_ID", "stripe.account", "LOG_LEVEL", "PORT",
            "FEATURE_X_ENABLED", "db.password.hash", "JAAS_CONFIG", "DB_AUTH_CONF", "PUBLIC_URL"};

    @Property(tries = 2000)
    void noRuleOfTheBlockShouldReadAPlainValue(@ForAll("plainValues") String value, @ForAll("keys") String key) {
        assertThat(ValueShape.isPlain(ValueShape.of(value))).isTrue();
        Settings settings = Settings.of(Map.of(key, value));

        assertThat(SecretValues.isCutTestPublishableKey(value)).isFalse();
        assertThat(SecretPlaceholderValues.asksForSecret(key, value)).isFalse();
        assertThat(SecretPlaceholderValues.asksForCredentialId(key, value)).isFalse();
        assertThat(SecretPlaceholderValues.asksForPairedAccount(settings, key, value)).isFalse();
        assertThat(BrowserSecrets.shipped(key, value, SecretStrength.defaults())).isEmpty();
    }

    @Test
    void theBlockShouldStayOpenToKeysNamingABrowserCredential() {
        // its placeholder rule reads fillers and runs of one character there, some of them digits
        assertThat(SecretKeys.defaults().facts("NEXT_PUBLIC_RECAPTCHA_SITEKEY").purpose()).isEmpty();
        assertThat(SecretKeys.defaults().facts("NEXT_PUBLIC_RECAPTCHA_SITEKEY").browserCredential()).isTrue();
        assertThat(SecretKeys.defaults().facts("PORT").browserCredential()).isFalse();
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }

    @Provide
    Arbitrary<String> plainValues() {
        Arbitrary<String> number = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> fraction = Combinators.combine(number, number).as((a, b) -> a + "." + b);
        Arbitrary<String> unit = Arbitraries.of("ms", "s", "m", "h", "d", "KB", "MB", "GiB", "k");
        Arbitrary<String> quantity = Combinators.combine(number, unit).as(String::concat);
        Arbitrary<String> switches = Arbitraries.of("true", "false", "on", "off", "TRUE", "False", "OFF", "On");
        return Arbitraries.oneOf(number, fraction, quantity, switches);
    }
}
