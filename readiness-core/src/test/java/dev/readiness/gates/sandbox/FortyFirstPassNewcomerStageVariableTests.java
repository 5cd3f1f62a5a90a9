package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 41's newcomer: a service's stage variable left at development in the production manifests. {@code APP_ENV}
 * was named ({@code sandbox.development-mode}), but {@code ENVIRONMENT}, {@code ENV} and {@code DEPLOY_ENV}, which the
 * Spring adapter itself reads as the stage, and {@code STAGE}/{@code APP_STAGE} went unnamed.
 */
class FortyFirstPassNewcomerStageVariableTests {

    @Test
    void aStageVariableAtDevelopmentIsNamedOnce() {
        for (Map.Entry<String, String> entry : Map.of("STAGE", "development", "APP_STAGE", "dev",
                "ENVIRONMENT", "development", "ENV", "local", "DEPLOY_ENV", "develop").entrySet()) {
            Report report = GateCheck.run(Stage.PRODUCTION, Map.of(entry.getKey(), entry.getValue()),
                    new SandboxGate()).isWarn().hasFinding("sandbox.development-mode", entry.getKey()).report();
            assertThat(report.findings().toList()).hasSize(1);
            assertThat(report.findings().toList().get(0).message()).contains("development stage");
        }
    }

    @Test
    void productionValuesOtherKeysAndOtherStagesStayClean() {
        GateCheck.run(Stage.PRODUCTION, Map.of("STAGE", "production", "ENVIRONMENT", "staging", "APP_STAGE", "prod"),
                new SandboxGate()).hasNoFindings();
        GateCheck.run(Stage.PRODUCTION, Map.of("syncpilot.stage", "development", "BACKSTAGE_URL_STAGE", "dev"),
                new SandboxGate()).hasNoFinding("sandbox.development-mode");
        GateCheck.run(Stage.STAGING, Map.of("STAGE", "development"), new SandboxGate()).hasNoFindings();
    }

    @Test
    void aFrameworkSwitchKeepsItsOwnMessage() {
        Report report = GateCheck.run(Stage.PRODUCTION, Map.of("NODE_ENV", "development"), new SandboxGate())
                .hasFinding("sandbox.development-mode", "NODE_ENV").report();
        assertThat(report.findings().toList().get(0).message()).contains("runs the framework in its development mode");
    }
}
