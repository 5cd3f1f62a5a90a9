package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-second pass's placeholders in the sandbox gate: LocalStack named in a key as two words
 * ({@code S3_LOCAL_STACK=http://localhost:4566}) is the emulator's address; a {@code use development} switch turned on
 * ({@code ApplePushUseDevelopment=true}, APNs' development gateway) is a sandbox switch; a {@code my-} dashed name
 * under a generic top-level domain ({@code my-ghost-blog.com}) is a sample's domain. Beside each, the values that tempt
 * it: LocalStack's version or a switch turned off, the service's own development mode, glued brand names and other
 * top-level domains; a Keycloak realm named for a non-production environment ({@code /realms/govrly-test}) beside
 * realms whose name only holds the letters ({@code devices}) or starts with them ({@code dev-portal});
 * {@code TESTING=True} or {@code TEST=true} as the whole key is the service's test mode, not a section's leaf
 * ({@code validation.test}) or a switch turned off. Findings name the key (a host is no secret: the template domain is
 * named, as before).
 */
class FortySecondPassPlaceholdersSandboxTests {

    private static List<Tuple> verdicts(String line) {
        String key = line.substring(0, line.indexOf('='));
        return SandboxRuleChecks.on(SandboxRuleChecks.onLine(line), key).stream()
                .map(finding -> Tuple.tuple(finding.code(), finding.severity())).toList();
    }

    /** The one finding on the line's key: a NO-GO of the code whose message starts with the key and holds the word. */
    private static void assertNoGoNamingKey(String line, String code, String word) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.onLine(line), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple(code, Severity.NO_GO));
        assertThat(findings.get(0).subject()).isEqualTo(key);
        assertThat(findings.get(0).message()).startsWith(key).contains(word);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S3_LOCAL_STACK=http://localhost:4566", "aws.local-stack=http://aws:4566",
            "SQS_LOCAL_STACK=http://sqs.internal:4566"})
    void aKeyEndingInLocalStackHoldsTheEmulatorsAddress(String line) {
        assertNoGoNamingKey(line, "sandbox.emulator", "emulator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOCAL_STACK_VERSION=3.0", "S3_LOCAL_STACK=false", "TECH_STACK=http://stack.acme.io",
            "LOCAL_STACK_NAME=payments"})
    void localStacksVersionASwitchedOffStackAndOtherStacksAreNoEmulator(String line) {
        assertThat(verdicts(line)).extracting(tuple -> tuple.toArray()[0]).doesNotContain("sandbox.emulator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApplePushSettings[0].ApplePushUseDevelopment=true", "APNS_USE_DEVELOPMENT=true",
            "push.apns.use-development=yes"})
    void aUseDevelopmentSwitchTurnedOnIsASandboxSwitch(String line) {
        assertNoGoNamingKey(line, "sandbox.test-mode", "test mode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ApplePushSettings[0].ApplePushUseDevelopment=false", "IS_DEVELOPMENT=true",
            "USE_DEV_SERVER=true", "environment.isdevelopment=true"})
    void aSwitchTurnedOffOrTheServicesOwnModeIsNoSandboxSwitch(String line) {
        assertThat(verdicts(line)).extracting(tuple -> tuple.toArray()[0]).doesNotContain("sandbox.test-mode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"url=http://my-ghost-blog.com", "AIRBRAKE_HOST=https://my-errbit-instance.com",
            "PUBLIC_URL=https://www.my-wiki.io/"})
    void aDashedMyNameUnderAGenericTopLevelDomainIsASamplesDomain(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template domain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"url=https://mybank.com", "url=https://my-company.de", "url=https://myheritage.com",
            "SITE_URL=https://essence.my-company.com",
            "url=https://my-shop-2024.com", "url=https://app.mydata-lake.com", "url=https://my-one-two-three-four.com"})
    void gluedBrandsOtherTopLevelDomainsAndOtherShapesAreLeftAlone(String line) {
        assertThat(verdicts(line)).isEmpty();
    }

    @Test
    void theTemplateDomainReadingIsSharedWithTheDatabaseGate() {
        assertThat(TemplateDomains.isTemplate("db.my-ghost-blog.com")).isTrue();
        assertThat(TemplateDomains.isTemplate("db.mybank.com")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OIDC_ISSUER=https://govrly-keycloak.onrender.com/realms/govrly-test",
            "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.acme.io/realms/shop_staging",
            "TOKEN_URL=https://sso.acme.io/auth/realms/crm-dev/protocol/openid-connect/token",
            "OIDC_ISSUER=https://sso.acme.io/realms/uat"})
    void aRealmNamedForANonProductionEnvironmentIsASandboxHost(String line) {
        assertNoGoNamingKey(line, "sandbox.host", "realm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OIDC_ISSUER=https://sso.acme.io/realms/devices",
            "OIDC_ISSUER=https://sso.acme.io/realms/dev-portal",
            "OIDC_ISSUER=https://sso.acme.io/realms/contest", "OIDC_ISSUER=https://sso.acme.io/realms/production",
            "DOCS_URL=https://docs.acme.io/guides/test"})
    void realmsNamedOtherwiseAndOtherPathsAreLeftAlone(String line) {
        assertThat(verdicts(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TESTING=True", "TEST=true", "Testing=yes"})
    void aTestWordAsTheWholeKeySwitchedOnIsTheServicesTestMode(String line) {
        assertNoGoNamingKey(line, "sandbox.test-mode", "test mode");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TESTING=False", "TEST=0", "validation.test=true", "hikari.test=true", "TESTING_URL=true",
            "RUN_TESTS=true"})
    void aTestWordSwitchedOffOrAsASectionsLeafIsNoTestMode(String line) {
        assertThat(verdicts(line)).extracting(tuple -> tuple.toArray()[0]).doesNotContain("sandbox.test-mode");
    }
}
