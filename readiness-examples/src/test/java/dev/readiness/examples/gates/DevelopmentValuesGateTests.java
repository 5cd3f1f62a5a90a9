package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.render.TextReportRenderer;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import dev.readiness.testkit.ReportAssert;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevelopmentValuesGateTests {

    private static final Settings DEVELOPMENT = Settings.builder().map(Map.of(
            "JWT_SECRET", "CanaryDevJwtSecret1",
            "DATABASE_URL", "postgresql://app:app@localhost/app_dev",
            "PORT", "3000",
            "LOG_LEVEL", "info",
            "AWS_REGION", "us-west-2"), ".env.development").build();

    private final DevelopmentValuesGate gate = new DevelopmentValuesGate("acme.dev-values", DEVELOPMENT);

    @Test
    void checkWhenCredentialsDifferAndOnlyHarmlessValuesMatchShouldSayGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("JWT_SECRET", "a-different-production-secret",
                "DATABASE_URL", "postgresql://app@db.internal/app", "PORT", "3000", "LOG_LEVEL", "info",
                "AWS_REGION", "us-west-2"), gate).isGo().hasNoFindings();
    }

    @Test
    void checkWhenACredentialKeepsItsDevelopmentValueShouldSayNoGoWithoutPrintingIt() {
        ReportAssert report = GateCheck.run(Stage.PRODUCTION, Map.of("jwt.secret", "CanaryDevJwtSecret1"), gate)
                .isNoGo().hasFinding("acme.dev-values.reused", "jwt.secret");
        String text = TextReportRenderer.full().render(report.report());
        assertThat(text).doesNotContain("Canary").contains(".env.development");
    }

    @Test
    void checkWhenAnAddressKeepsItsDevelopmentValueShouldSayNoGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("DATABASE_URL", "postgresql://app:app@localhost/app_dev"), gate)
                .isNoGo().hasFinding("acme.dev-values.reused", "DATABASE_URL");
    }

    @Test
    void checkOutsideProductionShouldSayNothing() {
        GateCheck.run(Stage.STAGING, Map.of("JWT_SECRET", "CanaryDevJwtSecret1"), gate).hasNoFindings();
    }
}
