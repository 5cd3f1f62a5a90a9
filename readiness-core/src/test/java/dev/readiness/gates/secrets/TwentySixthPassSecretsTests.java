package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.gates.internal.FeatureSwitches;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules of the twenty-sixth pass (secrets): a secret whose reference falls back to an empty value where the file
 * needs it, in the shell's spelling ({@code ${JWT_SECRET:-}}) as in Spring's, and a credential of an integration
 * the file switches on or selects; a comment telling the reader to leave a blank secret blank to switch its feature
 * off. Each rule with a catch and a tempting neighbour; every value is synthetic.
 */
class TwentySixthPassSecretsTests {

    @Test
    void aShellStyleEmptyDefaultOfTheApplicationsOwnKeyShouldBeBlank() {
        assertThat(deferredCodes("compose.env", "", "JWT_ACCESS_SECRET", "${JWT_ACCESS_SECRET:-}"))
                .containsExactly("secrets.blank");
        assertThat(deferredCodes("application-prod.properties", "", "app.encryption.key", "${APP_ENCRYPTION_KEY:-}"))
                .containsExactly("secrets.blank");
    }

    @Test
    void aShellStyleDefaultThatIsNotEmptyOrAnotherServicesKeyShouldStayUnjudged() {
        assertThat(deferredCodes("compose.env", "", "JWT_SECRET", "${JWT_SECRET}")).isEmpty();
        assertThat(deferredCodes("compose.env", "", "JWT_SECRET", "${JWT_SECRET:--}")).isEmpty();
        assertThat(deferredCodes("compose.env", "", "JWT_SECRET", "${JWT_SECRET-}")).isEmpty();
        assertThat(deferredCodes("compose.env", "", "STRIPE_API_KEY", "${STRIPE_API_KEY:-}")).isEmpty();
    }

    @Test
    void anEmptyDefaultCredentialOfAnIntegrationSwitchedOnShouldBeBlank() {
        assertThat(deferredCodes("application-sandbox.properties", "payment.gateways.onekhusa.enabled=true",
                "payment.gateways.onekhusa.api-key", "${ONEKHUSA_API_KEY:}")).containsExactly("secrets.blank");
        assertThat(deferredCodes("application-uat.properties", "hms.sms.provider=twilio",
                "hms.sms.twilio.auth-token", "${TWILIO_AUTH_TOKEN:}")).containsExactly("secrets.blank");
        assertThat(deferredCodes("compose.env", "MAILGUN_ENABLED=true", "MAILGUN_API_KEY", "${MAILGUN_API_KEY:-}"))
                .containsExactly("secrets.blank");
    }

    @Test
    void anEmptyDefaultCredentialOfAnIntegrationNotPlainlyOnShouldStayUnjudged() {
        assertThat(deferredCodes("application.properties", "notify.twilio.enabled=false",
                "notify.twilio.auth-token", "${TWILIO_AUTH_TOKEN:}")).isEmpty();
        assertThat(deferredCodes("application.properties", "jurika.sms.provider=vonage",
                "jurika.sms.twilio.auth-token", "${TWILIO_AUTH_TOKEN:}")).isEmpty();
        assertThat(deferredCodes("application.properties", "app.enabled=true",
                "app.openai.api-key", "${OPENAI_API_KEY:}")).isEmpty();
        assertThat(deferredCodes("application.properties", "notify.twilio.enabled=true",
                "notify.twilio.auth-token", "${TWILIO_AUTH_TOKEN:fallback}")).isEmpty();
    }

    @Test
    void aPasswordWithAnEmptyDefaultShouldStayUnjudgedEvenInASectionSwitchedOn() {
        assertThat(deferredCodes("application.properties", "cache.redis.enabled=true",
                "cache.redis.password", "${REDIS_PASSWORD:}")).isEmpty();
    }

    @Test
    void aSectionIsSwitchedOnOnlyByItsOwnPlainSwitchOrASelectorNamingIt() {
        Settings settings = Settings.builder().properties("application.properties", """
                pay.stripe.enabled=yes
                pay.paypal.enabled=1
                sms.provider=Twilio
                sms.vonage.api-key=x
                """).build();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "pay.stripe.secret-key")).isTrue();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "pay.paypal.client-secret")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "sms.twilio.auth-token")).isTrue();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "sms.vonage.api-key")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, ".api-key")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "APIKEY")).isFalse();
    }

    @Property(tries = 60)
    void anEmptyDefaultIsReadInEitherSpellingAndNoOtherDefault(@ForAll("variables") String variable,
            @ForAll("defaults") String fallback) {
        String written = "app.jwt.secret=${" + variable + fallback + "}";
        boolean empty = fallback.equals(":") || fallback.equals(":-");
        assertThat(deferredCodes("application-prod.properties", "", "app.jwt.secret", written.substring(15))
                .contains("secrets.blank")).as(written).isEqualTo(empty);
    }

    @Provide
    Arbitrary<String> variables() {
        return Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20)
                .filter(name -> name.charAt(0) != '_');
    }

    @Provide
    Arbitrary<String> defaults() {
        return Arbitraries.of(":", ":-", "", ":--", ":-x", "-");
    }

    @Test
    void aSectionSwitchedOnByAReferenceOrAnotherSectionsSelectorIsNotOn() {
        Settings settings = Settings.builder().properties("application.properties", """
                identity.sms.provider=mock
                jurika.sms.provider=vonage
                """).build();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "identity.sms.twilio.auth-token")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "jurika.sms.twilio.auth-token")).isFalse();
        assertThat(FeatureSwitches.sectionSwitchedOn(settings, "jurika.sms.vonage.api-key")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Leave blank to disable outbound email.", "Keep empty to disable Sentry in backend.",
            "Leave SENTRY_DSN unset to disable.", "Leave both blank to disable the feature.",
            "Object storage: local disk. Leave R2 blank\n   unless you switch to Cloudflare R2"})
    void aBlankSecretUnderACommentThatLeavesItBlankToSwitchItsFeatureOffShouldStayClean(String comment) {
        String text = "# " + comment.replace("\n", "\n# ") + "\nSMTP_PASSWORD=\n";
        assertThat(codesOf("deploy/prod.env", text, "SMTP_PASSWORD")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Never leave it blank to disable checks: an empty key turns signing off",
            "Do not leave empty to disable auth", "The relay password; blank disables nothing",
            "Leave the defaults unless you know better"})
    void aBlankSecretUnderACommentThatDoesNotLeaveItBlankShouldStayBlank(String comment) {
        assertThat(codesOf("deploy/prod.env", "# " + comment + "\nSMTP_PASSWORD=\n", "SMTP_PASSWORD"))
                .containsExactly("secrets.blank");
    }

    @Test
    void aBlankSecretLeftBlankToDisableButSwitchedOnInItsBlockShouldStayBlank() {
        assertThat(codesOf("deploy/prod.env", "# Leave blank to disable outbound email.\nSMTP_ENABLED=true\n"
                + "SMTP_PASSWORD=\n", "SMTP_PASSWORD")).containsExactly("secrets.blank");
    }

    private static List<String> codesOf(String file, String text, String key) {
        Settings settings = Settings.builder().dotenv(file, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    private static List<String> deferredCodes(String file, String literals, String key, String written) {
        var builder = Settings.builder();
        if (!literals.isEmpty()) {
            builder = file.endsWith(".env") ? builder.dotenv(file, literals + "\n")
                    : builder.properties(file, literals + "\n");
        }
        Settings settings = builder.add(Setting.deferred(key, written, Origin.file(file, 9), "at run time")).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }
}
