package dev.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretShapedKeysTests {

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_51HxQ2eKzY8vR4tLmN7pWcJdA3bF9gH6kX", "ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R",
            "foo.sk_live_51HxQ2eKzY8vR4tLmN7pWcJdA3bF9gH6kX.url", "tokens[Zx81Kq2Lm93Pn4Rt5Vw6Yb]",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "app.keys.Q7w9E2r4T6y8U1i3O5p7A9s2D4f6", "xoxb-2Bq7Rk9Lm3Np5Tv8Wx1Yz4C"})
    void holdsSecretShouldRecognizeTokensPastedAsKeysOrKeyParts(String key) {
        assertThat(SecretShapedKeys.holdsSecret(key)).isTrue();
        assertThat(SecretShapedKeys.redacted(key)).contains(FindingScrubber.REDACTED)
                .doesNotContain(SecretShapedKeys.secretParts(key).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.datasource.hikari.maximum-pool-size", "maximumPoolSizeForReplicaConnections2",
            "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_GOOGLE_CLIENT_SECRET", "spring.security.oauth2.client.id",
            "tenants.550e8400-e29b-41d4-a716-446655440000.name", "logging.level.org.hibernate.SQL",
            "management.endpoints.web.exposure.include", "app.cache.ttl2Seconds3Minutes4Hours",
            "AWS_S3_BUCKET_EU_WEST_1_ARCHIVE_2024", "feature.flags.enableNewCheckoutFlowV2",
            "checksums.d41d8cd98f00b204e9800998ecf8427", "server.ssl.key-store-password"})
    void holdsSecretShouldLeaveOrdinaryKeysAlone(String key) {
        assertThat(SecretShapedKeys.holdsSecret(key)).isFalse();
        assertThat(SecretShapedKeys.redacted(key)).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x7Gq9ZkP2mW4rT8v", "api.tokens.Kq7Lp2Xn9Rt4.scope", "AKIAIOSFODNN7EXAMPLE",
            "aws.ASIAQ3EGUV6XKZ2R4MTB.region", "clients[bT5nQ8wE3rZ1yU6i]"})
    void holdsSecretShouldRecognizeShortTokensAndAwsAccessKeyIds(String key) {
        assertThat(SecretShapedKeys.holdsSecret(key)).isTrue();
        assertThat(SecretShapedKeys.redacted(key)).contains(FindingScrubber.REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"logging.level.org.apache.tools.zip.Simple8BitZipEncoding",
            "logging.level.groovy.util.logging.Log4j2.Log4j2LoggingStrategy", "WebServerConfiguration.W3CLogFileSizeLimit",
            "logging.level.org.eclipse.aether.internal.impl.slf4j.Slf4jLoggerFactory.Slf4jLoggerEx",
            "logging.level.org.apache.hc.client5.http.impl.async.H2AsyncMainClientExec",
            "spring.jpa.properties.hibernate.dialect.H2Dialect", "security.X509TrustManagerV2", "app.oauth2ClientV3Ids",
            "AKIA_ROTATION_SCHEDULE_2024", "logging.level.io.reactivex.rxjava3.RxJava3CrudRepository"})
    void holdsSecretShouldLeaveCamelCaseNamesWithDigitsAlone(String key) {
        assertThat(SecretShapedKeys.holdsSecret(key)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MIIEowIBAAKCAQEAx3/k9Qz+Lm2Pw7Rt/aB4yN8cV1eH6sJ0uT5oK/gZ2dF3wX9",
            "ecmW0frE+bUoW3tA18/qFzQWmL2EH2/o12eaYAId/yNkxJ/Mo5PsTQDCiG", "p8Vj3/Kq+7Lm==", "p8Vj3Kq7Lm+xY2==",
            "/KtYHI4qIU1EK4p+wfsx/vMsChXchc/CMDC7JWGlE3O4r7JxFKa"})
    void holdsSecretShouldRecognizeALineOfBase64WhoseSlashesSplitItIntoShortParts(String key) {
        // a PEM private key pasted into a properties file: each line is a key, and / separates key parts
        assertThat(SecretShapedKeys.holdsSecret(key)).isTrue();
        assertThat(SecretShapedKeys.redacted(key)).isEqualTo(FindingScrubber.REDACTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spring.mvc.servlet.path/api/v1/orders/listAllOrders", "[/api/v2/users/profile2]",
            "logging.level.org/springframework/web/servlet/DispatcherServlet",
            "paths./usr/local/lib/python3/site-packages", "routes./Admin/Users/Edit/2024",
            "repos.11KAlYAN11/EcommerceEnd2EndApp"})
    void holdsSecretShouldLeavePathsWithSlashesAlone(String key) {
        assertThat(SecretShapedKeys.holdsSecret(key)).isFalse();
        assertThat(SecretShapedKeys.redacted(key)).isEqualTo(key);
    }

    @Test
    void redactedShouldReplaceEverySecretPartOfAText() {
        String text = "placeholder cycle sk_live_51HxQ2eKzY8vR4tLmN7pWcJdA3bF9gH6kX -> a ->"
                + " sk_live_51HxQ2eKzY8vR4tLmN7pWcJdA3bF9gH6kX; Spring Boot cannot resolve it";

        assertThat(SecretShapedKeys.redacted(text)).isEqualTo(
                "placeholder cycle [redacted] -> a -> [redacted]; Spring Boot cannot resolve it");
    }
}
