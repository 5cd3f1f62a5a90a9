package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class JasyptKeysTests {

    private static final String CIPHER = "ENC(OT0qGOpXrr1Iog1W+fjOiIDCJdBjHyhy)";

    private static List<Finding> production(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void anEncryptedValueBesideItsDecryptionPasswordIsDecryptable() {
        List<Finding> findings = production("jasypt.encryptor.password=Vq8#kL2pZr7!mN4x\n"
                + "spring.mail.password=" + CIPHER + "\n");
        assertThat(findings).filteredOn(finding -> finding.subject().equals("spring.mail.password"))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("secrets.decryptable");
                    assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
                    assertThat(finding.message()).contains("jasypt.encryptor.password")
                            .doesNotContain("Vq8#kL2pZr7!mN4x").doesNotContain("OT0qGOpX");
                });
    }

    @Test
    void anEncryptedValueWhosePasswordComesFromTheEnvironmentIsClean() {
        assertThat(production("jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}\n"
                + "spring.mail.password=" + CIPHER + "\n")).isEmpty();
        assertThat(production("spring.mail.password=" + CIPHER + "\n")).isEmpty();
    }
}
