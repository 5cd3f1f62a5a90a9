package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwentyFourthPassEndpointRulesTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> properties(String file, String text) {
        Settings settings = Settings.builder().properties(file, text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    private static List<Finding> dotenv(String file, String text) {
        Settings settings = Settings.builder().dotenv(file, text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aLocalhostOriginBesideProductionSitesInAProductionProfileIsNoGo() {
        assertThat(properties("src/main/resources/application-prod.properties",
                "hms.cors.allowed-origins=https://hms.acme-clinic.org,http://localhost:8080\n"))
                .extracting(Finding::subject, Finding::code, Finding::severity)
                .containsExactly(tuple("hms.cors.allowed-origins", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void theSameOriginListInASharedFileStaysAWarning() {
        assertThat(properties("src/main/resources/application.properties",
                "hms.cors.allowed-origins=https://hms.acme-clinic.org,http://localhost:8080\n"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-host", Severity.WARN));
    }

    @Test
    void aFailurePageBesideItsSuccessPageIsAsPublicAsItsTwin() {
        assertThat(properties("application-payment.properties",
                "payment.toss.success_url=http://localhost:8080/pay/success\n"
                        + "payment.toss.fail_url=http://localhost:8080/pay/fail\n"))
                .extracting(Finding::subject, Finding::code)
                .contains(tuple("payment.toss.fail_url", "sandbox.local-public-url"));
        assertThat(dotenv("app.env", "KAKAOPAY_APPROVAL_URL=http://localhost:8080/pay/ok\n"
                + "KAKAOPAY_FAIL_URL=http://localhost:8080/pay/fail\n"))
                .extracting(Finding::subject, Finding::severity)
                .contains(tuple("KAKAOPAY_FAIL_URL", Severity.NO_GO));
    }

    @Test
    void aFailureUrlWithoutATwinIsNotAPage() {
        assertThat(dotenv("app.env", "HEALTH_FAIL_URL=http://localhost:8080/health/fail\n"))
                .extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
    }

    @Test
    void anImageRegistryLeftAsTheTemplatesHostIsReported() {
        assertThat(properties("helm-values-prod.properties",
                "global.imageRegistry=your-registry.example.com\nimage.registry=registry.example.com/team\n"))
                .extracting(Finding::subject, Finding::code)
                .containsExactlyInAnyOrder(tuple("global.imageRegistry", "sandbox.reserved-host"),
                        tuple("image.registry", "sandbox.reserved-host"));
    }

    @Test
    void aRealOrPrivateImageRegistryStaysClean() {
        assertThat(properties("helm-values-prod.properties",
                "global.imageRegistry=registry.acme-health.io\nimage.registry=docker.io\n"
                        + "app.registry=harbor.local:5000/team\nschema.registry=kafka-schema.acme-health.io:8081\n"))
                .isEmpty();
    }

    @Test
    void aNumberedCopyOfTheStagingFilesOwnEnvironmentIsItsOwnHost() {
        assertThat(dotenv("deploy/.env.staging", "WEBHOOKS_BASE_URL=https://staging2.acme-health.org\n"
                + "API_URL=https://api-stg2.acme-health.org\n")).isEmpty();
        assertThat(dotenv("deploy/.env.production", "WEBHOOKS_BASE_URL=https://staging2.acme-health.org\n"))
                .extracting(Finding::code).containsExactly("sandbox.host");
    }
}
