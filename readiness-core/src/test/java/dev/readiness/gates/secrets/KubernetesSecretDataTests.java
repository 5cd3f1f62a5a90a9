package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesSecretDataTests {

    private static String encoded(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Finding> findings(String kind, String entries) {
        Settings settings = Settings.builder().properties("k8s/mysql-secret.yaml",
                "apiVersion=v1\nkind=" + kind + "\nmetadata.name=mysql-credentials\ntype=Opaque\n" + entries).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void decodedWhenTheValueIsBase64OfTextShouldGiveTheTextAndOtherwiseNothing() {
        assertThat(KubernetesSecretData.decoded(encoded("password"))).isEqualTo("password");
        assertThat(KubernetesSecretData.decoded("not base64!")).isNull();
        assertThat(KubernetesSecretData.decoded(Base64.getEncoder().encodeToString(new byte[] {0x30, (byte) 0x82, 0x01,
                0x0a, 0x02, 0x01, 0x03, (byte) 0xff}))).isNull();
        assertThat(KubernetesSecretData.isEncodedEntry("data.rootpasswd")).isTrue();
        assertThat(KubernetesSecretData.isEncodedEntry("stringData.password")).isFalse();
        assertThat(KubernetesSecretData.isEncodedEntry("metadata.name")).isFalse();
    }

    @Test
    void checkWhenASecretManifestEncodesAWeakPasswordShouldJudgeTheDecodedValue() {
        List<Finding> weak = findings("Secret", "data.rootpasswd=" + encoded("password") + "\n");
        assertThat(weak).extracting(finding -> finding.severity() + " " + finding.subject())
                .containsExactly("NO_GO data.rootpasswd");
        assertThat(weak.get(0).message()).doesNotContain("password\"").doesNotContain(encoded("password"));
    }

    @Test
    void checkWhenASecretManifestEncodesAStrongPasswordOrAUserNameShouldPass() {
        assertThat(findings("Secret", "data.rootpasswd=" + encoded(Samples.base64(24, 31)) + "\n"
                + "data.username=" + encoded("admin") + "\n")).isEmpty();
    }

    @Test
    void checkWhenTheManifestIsNoSecretShouldJudgeItsDataAsWritten() {
        assertThat(findings("ConfigMap", "data.rootpasswd=" + encoded(Samples.base64(24, 32)) + "\n")).isEmpty();
    }
}
