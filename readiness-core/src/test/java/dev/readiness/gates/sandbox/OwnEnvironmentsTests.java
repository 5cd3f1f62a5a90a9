package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnEnvironmentsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<String> codes(String file, String text) {
        Settings settings = Settings.builder().properties(file, text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream().map(Finding::code).toList();
    }

    @Test
    void aStagingFilesOwnStagingHostsAreWhereItMustPoint() {
        String text = "auth.url=https://auth-stage.acme-health.org\nfrontend.url=https://portal.staging.acme-health.org\n";

        assertThat(codes("src/main/resources/application-stage.properties", text)).isEmpty();
        assertThat(codes("deploy/.env.staging", "API_URL=https://api-stg.acme-health.org\n")).isEmpty();
        assertThat(codes("config/application-uat.properties", "api.url=https://uat.acme-health.org/api\n")).isEmpty();
    }

    @Test
    void theSameHostsInAProductionFileAreStillANonProductionEnvironment() {
        String text = "auth.url=https://auth-stage.acme-health.org\n";

        assertThat(codes("src/main/resources/application-prod.properties", text)).containsExactly("sandbox.host");
        assertThat(codes("src/main/resources/application.properties", text)).containsExactly("sandbox.host");
    }

    @Test
    void anotherEnvironmentsHostInAStagingFileIsStillReported() {
        assertThat(codes("src/main/resources/application-staging.properties",
                "api.url=https://api.dev.acme-health.org\n")).containsExactly("sandbox.host");
    }

    @Test
    void aProvidersSandboxInAStagingFileIsStillTheProvidersSandbox() {
        assertThat(codes("src/main/resources/application-staging.properties",
                "payments.base-url=https://api.sandbox.paypal.com\n")).isNotEmpty();
    }
}
