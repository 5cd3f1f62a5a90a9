package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

    /** PEM text base64-encoded once more, as Helm values and Kubernetes {@code data} fields hold it. */
    private static String encodedPem(String type) {
        String pem = "-----BEGIN " + type + "-----\n" + Samples.base64(900, 11) + "\n-----END " + type + "-----\n";
        return Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII));
    }

    private static List<Finding> propertiesFindings(Stage stage, String fileName, String text) {
        Settings settings = Settings.builder().properties(fileName, text).build();
        return new SecretsGate().check(GateContext.of(stage, settings)).findings();
    }

    @Test
    void isPrivateKeyWhenPemTextIsBase64EncodedAgainShouldReadItsHeader() {
        assertThat(PrivateKeyMaterial.isPrivateKey(encodedPem("RSA PRIVATE KEY"))).isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey(encodedPem("EC PRIVATE KEY"))).isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey(encodedPem("ENCRYPTED PRIVATE KEY"))).isTrue();
        assertThat(PrivateKeyMaterial.isPrivateKey(encodedPem("CERTIFICATE"))).isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey(encodedPem("PUBLIC KEY"))).isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey("LS0tLS1CRUdJTiBSU0E")).isFalse();
        assertThat(PrivateKeyMaterial.isPrivateKey("LS0tLS1CRUdJTi" + "!".repeat(60))).isFalse();
    }

    @Test
    void checkWhenAChartsValuesHoldAnEncodedPrivateKeyShouldStopProductionAndLeaveItsCertificate() {
        List<Finding> findings = propertiesFindings(Stage.PRODUCTION, "charts/yugabyte/values.yaml",
                "tls.enabled=true\ntls.rootCA.cert=" + encodedPem("CERTIFICATE") + "\ntls.rootCA.key="
                        + encodedPem("RSA PRIVATE KEY") + "\n");
        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code() + " " + finding.subject())
                .containsExactly("NO_GO secrets.private-key-in-file tls.rootCA.key");
        assertThat(findings.get(0).message()).contains("configuration file")
                .doesNotContain(encodedPem("RSA PRIVATE KEY").substring(20, 60));
    }

    @Test
    void checkWhenAPemPrivateKeyIsWrittenInAManifestOrAPackagedFileShouldStopProduction() {
        String pem = "-----BEGIN PRIVATE KEY-----\\n" + Samples.base64(900, 12) + "\\n-----END PRIVATE KEY-----";
        assertThat(propertiesFindings(Stage.PRODUCTION, "manifests/secret.yaml", "stringData.key.pem=" + pem))
                .extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("NO_GO secrets.private-key-in-file");
        assertThat(propertiesFindings(Stage.PRODUCTION, "src/main/resources/application.yml",
                "pay.alipay.private-key=" + PKCS8)).extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("NO_GO secrets.private-key-in-file");
        assertThat(propertiesFindings(Stage.DEVELOPMENT, "src/main/resources/application.yml",
                "pay.alipay.private-key=" + PKCS8)).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void checkWhenThePrivateKeyComesFromTheEnvironmentShouldJudgeItLikeAnyOtherSecret() {
        Settings environment = Settings.builder().environment(Map.of("TLS_KEY", encodedPem("RSA PRIVATE KEY"),
                "SAML_SIGNING_KEY", PKCS8)).build();
        assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, environment)).findings()).isEmpty();
    }

    @Test
    void checkWhenTheKeysIntegrationIsSwitchedOffShouldStillWarnThatTheFileHoldsIt() {
        List<Finding> findings = propertiesFindings(Stage.PRODUCTION, "values.yaml",
                "tls.enabled=false\ntls.rootCA.key=" + encodedPem("RSA PRIVATE KEY") + "\n");
        assertThat(findings).extracting(finding -> finding.severity() + " " + finding.code())
                .containsExactly("WARN secrets.private-key-in-file");
        assertThat(findings.get(0).message()).contains("switched off");
    }
}
