package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.codesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules of the twenty-first pass (secrets): a password hash under a hash key in a template or development file, and a
 * phrase that describes its own secret, environment and year. Each rule with a catch and a tempting neighbour; every
 * value is synthetic.
 */
class TwentyFirstPassSecretsTests {

    private static final String BCRYPT = "$2a$10$Qm9vYmFyQmF6UXV4Q29yZ2VHcmF1bHRHYXJwbHlXYWxkbzEyMzQ1Ng";

    @Test
    void aPasswordHashUnderAHashKeyInADevelopmentOrExampleFileShouldBeAPublishedDefault() {
        assertThat(codesIn("config-dev.properties", "staticPasswords[0].username=admin|staticPasswords[0].hash="
                + BCRYPT, "staticPasswords[0].hash")).containsExactly("secrets.published-default");
        assertThat(codesIn(".env.example", "ADMIN_PASSWORD_HASH='" + BCRYPT + "'", "ADMIN_PASSWORD_HASH"))
                .containsExactly("secrets.published-default");
    }

    @Test
    void aPasswordHashUnderAHashKeyInADeploymentsOwnFileShouldStayClean() {
        assertThat(codesIn("config.properties", "staticPasswords[0].hash=" + BCRYPT, "staticPasswords[0].hash"))
                .isEmpty();
        assertThat(codesIn("production.env", "ADMIN_PASSWORD_HASH='" + BCRYPT + "'", "ADMIN_PASSWORD_HASH"))
                .isEmpty();
        assertThat(codesIn("config-dev.properties", "release.hash=" + BCRYPT, "release.hash")).isEmpty();
    }

    @Test
    void aHashKeyNeedsAPasswordWordBeforeItsHashWord() {
        assertThat(CryptHashes.namesPasswordHash("staticPasswords[0].hash")).isTrue();
        assertThat(CryptHashes.namesPasswordHash("ADMIN_PASSWORD_HASH")).isTrue();
        assertThat(CryptHashes.namesPasswordHash("commit.hash")).isFalse();
        assertThat(CryptHashes.namesPasswordHash("hash")).isFalse();
        assertThat(CryptHashes.namesPasswordHash("ADMIN_PASSWORD")).isFalse();
    }

    @Test
    void aPhraseNamingItsSecretItsEnvironmentAndAYearShouldBeGuessableInAProductionFile() {
        assertThat(codesIn("production.env", "SECRET_KEY=northwind-production-secret-key-2024-quantum-ledger",
                "SECRET_KEY")).containsExactly("secrets.guessable");
    }

    @Test
    void aRandomValueBesideAStageWordAndAYearShouldStayClean() {
        assertThat(codesIn("production.env", "SECRET_KEY=production-2024-Zq7LmV0xR3pT9wK2sB8nF4cH6yJ1",
                "SECRET_KEY")).isEmpty();
    }
    @Test
    void aJsonWebKeyWithItsPrivateOrSymmetricPartShouldBePrivateKeyMaterialInAFile() {
        assertThat(codesIn("service.env", "SIGNING_JWK='{ \"kty\": \"EC\", \"crv\": \"P-256\", \"d\": \"Zm9vYmFyYmF6cXV4\","
                + " \"x\": \"eHh4eHh4\", \"y\": \"eXl5eXl5\" }'", "SIGNING_JWK"))
                .containsExactly("secrets.private-key-in-file");
        assertThat(PrivateKeyMaterial.isPrivateKey("{\"keys\":[{\"kty\":\"oct\",\"k\":\"c2VjcmV0LWJ5dGVz\"}]}")).isTrue();
    }

    @Test
    void aPublicJsonWebKeyOrOneWithAnEmptyPrivatePartShouldNotBePrivateKeyMaterial() {
        assertThat(codesIn("service.env", "PUBLIC_JWK='{ \"kty\": \"EC\", \"crv\": \"P-256\", \"x\": \"eHh4eHh4\","
                + " \"y\": \"eXl5eXl5\" }'", "PUBLIC_JWK")).isEmpty();
        assertThat(PrivateKeyMaterial.isPrivateKey("{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\",\"d\":\"\"}"))
                .isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey("{\"d\": \"2024-01-01\", \"kind\": \"date\"}")).isFalse();
    }

    @Test
    void aShortRandomTokenUnderABareKeyBesidePlaceholdersShouldBeLikelyPublished() {
        String template = "DB_PASSWORD=<YOUR_DB_PASSWORD>|JWT_SECRET=<YOUR_JWT_SECRET>|QUOTES_KEY=Q7XK2M9PLR4TZ8WB";
        assertThat(codesIn("secrets.env", template, "QUOTES_KEY")).containsExactly("secrets.likely-published");
    }

    @Test
    void aShortTokenUnderABareKeyWithoutSampleEvidenceOrUnderALookupKeyShouldStayClean() {
        assertThat(codesIn("secrets.env", "QUOTES_KEY=Q7XK2M9PLR4TZ8WB", "QUOTES_KEY")).isEmpty();
        assertThat(codesIn("secrets.env", "DB_PASSWORD=<YOUR_DB_PASSWORD>|JWT_SECRET=<YOUR_JWT_SECRET>"
                + "|CACHE_KEY=Q7XK2M9PLR4TZ8WB", "CACHE_KEY")).isEmpty();
        assertThat(BareKeys.holdsShortToken("QUOTES_KEY", "quotesapiv2")).isFalse();
        assertThat(BareKeys.holdsShortToken("QUOTES_KEY", "0f3a9c2e1b4d8f60")).isFalse();
    }
    private static final String CLIENT_SECRET = "spring.security.oauth2.client.registration.keycloak.client-secret";

    @Test
    void aClientSecretBesideAnIdentityProviderOnTheLoopbackHostShouldBeLikelyPublished() {
        assertThat(codesIn("gateway.properties", "spring.security.oauth2.client.provider.keycloak.issuer-uri="
                + "http://localhost:9000/realms/shop|" + CLIENT_SECRET + "=Vq8Lr2Tn5Wz1Ky7Pm3Hd9Xs4Bf6Gc0Ja",
                CLIENT_SECRET)).containsExactly("secrets.likely-published");
        assertThat(codesIn("service.env", "OIDC_AUTHORITY=https://127.0.0.1:5001|OIDC_CLIENT_SECRET="
                + "Vq8Lr2Tn5Wz1Ky7Pm3Hd9Xs4Bf6Gc0Ja", "OIDC_CLIENT_SECRET")).containsExactly("secrets.likely-published");
    }

    @Test
    void aClientSecretBesideAPublicIssuerOrAnotherLoopbackUrlShouldStayClean() {
        assertThat(codesIn("gateway.properties", "spring.security.oauth2.client.provider.keycloak.issuer-uri="
                + "https://id.shop.example/realms/shop|" + CLIENT_SECRET + "=Vq8Lr2Tn5Wz1Ky7Pm3Hd9Xs4Bf6Gc0Ja",
                CLIENT_SECRET)).isEmpty();
        assertThat(codesIn("gateway.properties", "eureka.client.serviceUrl.defaultZone=http://localhost:8761/eureka|"
                + CLIENT_SECRET + "=Vq8Lr2Tn5Wz1Ky7Pm3Hd9Xs4Bf6Gc0Ja", CLIENT_SECRET)).isEmpty();
    }
    private static final String HEX64 = "3f9a1c7e5b2d8046a1e9c3f75b0d2e8417c6a9f3e05b2d7c8a1f4e6b9d3c0a52";

    @Test
    void aShortWordGluedToKeyShouldNameABareKeyWhoseIssuedValueIsJudged() {
        assertThat(BareKeys.namesBareKey("seed.cmdkey")).isTrue();
        assertThat(BareKeys.namesBareKey("pay.wechat.signkey")).isTrue();
        assertThat(codesIn("config-prod.properties", "seed.cmdkey=" + HEX64, "seed.cmdkey"))
                .containsExactly("secrets.packaged");
    }

    @Test
    void aWordThatMerelyEndsInKeyOrALookupKeyShouldNotNameABareKey() {
        assertThat(BareKeys.namesBareKey("ui.hotkey")).isFalse();
        assertThat(BareKeys.namesBareKey("zoo.monkey")).isFalse();
        assertThat(BareKeys.namesBareKey("app.cachekey")).isFalse();
        assertThat(BareKeys.namesBareKey("cmdkey")).isFalse();
        assertThat(codesIn("config-prod.properties", "ui.hotkey=" + HEX64, "ui.hotkey")).isEmpty();
    }
}
