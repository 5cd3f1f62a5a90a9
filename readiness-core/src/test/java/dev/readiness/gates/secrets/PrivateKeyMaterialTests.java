package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateKeyMaterialTests {

    /** A DER structure's head, then random bytes: only the head is read. */
    private static String der(int... head) {
        byte[] bytes = Samples.bytes(600, 7);
        for (int i = 0; i < head.length; i++) {
            bytes[i] = (byte) head[i];
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static final String PKCS12 = der(0x30, 0x82, 0x0a, 0x10, 0x02, 0x01, 0x03, 0x30, 0x82);
    private static final String PKCS8 = der(0x30, 0x82, 0x09, 0x42, 0x02, 0x01, 0x00, 0x30, 0x0d);
    private static final String CERTIFICATE = der(0x30, 0x82, 0x04, 0x9a, 0x30, 0x82, 0x02, 0x82, 0x02);

    private static List<Finding> findings(String fileName, String text) {
        Settings settings = Settings.builder().dotenv(fileName, text).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void isPrivateKeyWhenTheValueIsAPemPrivateKeyOrPkcs8OrPkcs12DerShouldBeTrue() {
        assertThat(PrivateKeyMaterial.isPrivateKey("-----BEGIN PRIVATE KEY-----\nMIIJQgIBADAN\n-----END PRIVATE KEY-----"))
                .isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey(PKCS12)).isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey(PKCS8)).isTrue();
    }

    @Test
    void isPrivateKeyWhenTheValueIsACertificateOrOtherBase64ShouldBeFalse() {
        assertThat(PrivateKeyMaterial.isPrivateKey(CERTIFICATE)).isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey("-----BEGIN CERTIFICATE-----\nMIIE\n-----END CERTIFICATE-----"))
                .isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey(Samples.base64(600, 3))).isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey("MIIshort")).isFalse();
    }

    @Test
    void checkWhenADevelopmentFileHoldsAKeystoreUnderAKeyThatNamesNoSecretShouldReportIt() {
        assertThat(findings(".env.local_dev", "PFX_BASE64=" + PKCS12)).extracting(Finding::code)
                .containsExactly("secrets.published-default");
    }

    @Test
    void checkWhenADevelopmentFileHoldsACertificateShouldSayNothing() {
        assertThat(findings(".env.local_dev", "SIGNING_CERT_BASE64=" + CERTIFICATE)).isEmpty();
    }
}
