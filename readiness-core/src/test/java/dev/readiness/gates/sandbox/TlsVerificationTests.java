package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlsVerificationTests {

    private static List<Finding> findings(Stage stage, String key, String value) {
        return new SandboxGate().check(GateContext.of(stage, Settings.of(Map.of(key, value)))).findings();
    }

    @Test
    void checkWhenASwitchTurnsCertificateVerificationOffInProductionShouldBeNoGo() {
        for (String[] setting : new String[][] {{"NODE_TLS_REJECT_UNAUTHORIZED", "0"},
                {"GIT_SSL_NO_VERIFY", "true"}, {"tls.insecure-skip-verify", "true"}, {"VERIFY_SSL", "false"},
                {"ssl.trust-all", "true"}, {"mail.smtp.ssl.check-server-identity", "false"},
                {"KEYCLOAK_DISABLE_TRUST_MANAGER", "true"}, {"keycloak.disable-trust-manager", "true"}}) {
            assertThat(findings(Stage.PRODUCTION, setting[0], setting[1])).as(setting[0])
                    .extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("sandbox.tls-unverified", Severity.NO_GO));
        }
    }

    @Test
    void checkWhenVerificationStaysOnOrTheKeyIsAboutAnotherCheckShouldSayNothing() {
        for (String[] setting : new String[][] {{"NODE_TLS_REJECT_UNAUTHORIZED", "1"},
                {"GIT_SSL_NO_VERIFY", "false"}, {"tls.insecure-skip-verify", "false"}, {"VERIFY_SSL", "true"},
                {"ssl.trust-all", "false"}, {"webhook.verify-signature", "false"}, {"kafka.ssl.enabled", "false"},
                {"spring.ssl.hostname-verification", "true"}, {"SKIP_TLS_VERIFY", "no"},
                {"KEYCLOAK_DISABLE_TRUST_MANAGER", "false"}, {"ssl.trust-manager-algorithm", "PKIX"},
                {"server.trust-manager.enabled", "true"}}) {
            assertThat(findings(Stage.PRODUCTION, setting[0], setting[1])).as(setting[0]).isEmpty();
        }
    }

    @Test
    void checkWhenAnHttpClientIsSwitchedToInsecureShouldWarn() {
        assertThat(findings(Stage.PRODUCTION, "FINERACT_INSECURE_HTTP_CLIENT", "true"))
                .extracting(Finding::code).containsExactly("sandbox.tls-unverified");
        assertThat(findings(Stage.PRODUCTION, "grpc.client.insecure", "true"))
                .extracting(Finding::code).containsExactly("sandbox.tls-unverified");
        assertThat(findings(Stage.PRODUCTION, "FINERACT_INSECURE_HTTP_CLIENT", "false")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "quarkus.http.insecure-requests", "disabled")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "OTEL_EXPORTER_OTLP_INSECURE", "true")).isEmpty();
    }

    @Test
    void checkWhenAVerificationModeIsSetToOneThatLeavesItOffShouldWarn() {
        assertThat(findings(Stage.PRODUCTION, "quarkus.oidc.tls.verification", "none"))
                .extracting(Finding::code).containsExactly("sandbox.tls-unverified");
        assertThat(findings(Stage.PRODUCTION, "jumper.ssl.certificate-validation-mode", "insecure"))
                .extracting(Finding::code).containsExactly("sandbox.tls-unverified");
        assertThat(findings(Stage.PRODUCTION, "quarkus.oidc.tls.verification", "required")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "quarkus.oidc.tls.verification", "certificate-validation")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "jumper.ssl.certificate-validation-mode", "strict")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "ssl.skip-verification", "none")).isEmpty();
        assertThat(findings(Stage.PRODUCTION, "quarkus.http.insecure-requests", "disabled")).isEmpty();
    }

    @Test
    void checkWhenVerificationIsOffOutsideProductionShouldSayNothing() {
        assertThat(findings(Stage.DEVELOPMENT, "NODE_TLS_REJECT_UNAUTHORIZED", "0")).isEmpty();
    }
}
