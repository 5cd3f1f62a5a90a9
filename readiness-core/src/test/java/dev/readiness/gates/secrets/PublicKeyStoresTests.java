package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicKeyStoresTests {

    private static final String PUBLIC_KEY_STORE =
            "https://raw.githubusercontent.com/acme/acceptance-tests/master/keystore/acme-test.p12";

    private static List<Finding> findings(String text) {
        Settings settings = Settings.builder().dotenv("docker-compose-ssl.env", text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void isPublishedWhenAKeyStoreOrPrivateKeyIsLoadedFromAPublicCodeHostShouldBeTrue() {
        assertThat(PublicKeyStores.isPublished("SERVER_SSL_KEY_STORE", PUBLIC_KEY_STORE)).isTrue();
        assertThat(PublicKeyStores.isPublished("server.ssl.keyStore", "-" + PUBLIC_KEY_STORE)).isTrue();
        assertThat(PublicKeyStores.isPublished("jwt.private-key-location",
                "https://gist.githubusercontent.com/someone/abc123/raw/jwt.pem")).isTrue();
        assertThat(PublicKeyStores.isPublished("SIGNING_CERT_URL",
                "https://gitlab.com/acme/certs/-/raw/main/signing.pfx")).isTrue();
    }

    @Test
    void isPublishedWhenTheUrlIsATrustStoreAnOwnHostOrNoKeyStoreShouldBeFalse() {
        assertThat(PublicKeyStores.isPublished("SERVER_SSL_TRUST_STORE", PUBLIC_KEY_STORE)).isFalse();
        assertThat(PublicKeyStores.isPublished("SERVER_SSL_KEY_STORE", "https://vault.acme-corp.io/ks/server.p12"))
                .isFalse();
        assertThat(PublicKeyStores.isPublished("SERVER_SSL_KEY_STORE", "classpath:keystore/server.p12")).isFalse();
        assertThat(PublicKeyStores.isPublished("REPOSITORY_URL", "https://github.com/acme/billing")).isFalse();
        assertThat(PublicKeyStores.isPublished("JWKS_URL",
                "https://raw.githubusercontent.com/acme/keys/main/jwks.json")).isFalse();
        assertThat(PublicKeyStores.isPublished("SERVER_SSL_KEY_STORE", "https://github.com.evil.io/ks.p12")).isFalse();
    }

    @Test
    void checkWhenAComposeFileDefaultsItsKeyStoreToAPublicTestKeyStoreShouldCallItPublished() {
        List<Finding> findings = findings("SERVER_SSL_KEY_STORE=${SSL_KEY_STORE_URI:-" + PUBLIC_KEY_STORE + "}\n"
                + "SERVER_SSL_TRUST_STORE=" + PUBLIC_KEY_STORE + "\n"
                + "SERVER_SSL_KEY_STORE_TYPE=PKCS12\n");
        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.published-default SERVER_SSL_KEY_STORE");
        assertThat(findings.get(0).message()).contains("public code host");
    }

    @Test
    void checkWhenTheKeyStoreIsAReferenceOrALocalPathShouldSayNothing() {
        assertThat(findings("SERVER_SSL_KEY_STORE=${SSL_KEY_STORE_URI}\n"
                + "SPRING_SSL_KEY_STORE=/run/secrets/server.p12\n")).isEmpty();
    }
}
