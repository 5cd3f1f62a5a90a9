package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeclaredPortsAndSectionsTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> properties(String text) {
        Settings settings = Settings.builder().properties("config.properties", text).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aBackEndCallToAPortTheFileGivesOneOfItsServicesIsTheStackCallingItself() {
        assertThat(SandboxRuleChecks.production("SEQCLS_PORT=8081\nCLM_PORT=8082\nGATEWAY_PORT=8080\n"
                + "SEQ_BASE=http://localhost:8081\nCLM_BASE=http://localhost:8082\n")).isEmpty();
    }

    @Test
    void aBackEndCallToAPortNoSettingDeclaresIsStillReported() {
        assertThat(SandboxRuleChecks.production("SEQCLS_PORT=8081\nSEQ_BASE=http://localhost:9090\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    @Test
    void theApplicationsOwnApiPortBehindALoopbackUrlIsNoOtherService() {
        assertThat(SandboxRuleChecks.production("API_PORT=3001\nAPI_ROOT_URL=http://localhost:3001\n")).isNotEmpty();
        assertThat(SandboxRuleChecks.production("PORT=1337\nSERVER_URL=http://localhost:1337\n")).isNotEmpty();
    }

    @Test
    void aPublicUrlOnLoopbackStaysReportedWhateverPortTheFileDeclares() {
        assertThat(SandboxRuleChecks.production("PORT=3000\nAPP_URL=http://localhost:3000\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void aLoopbackHostInTheDevelopmentSectionOfAMultiEnvironmentFileIsThatEnvironments() {
        assertThat(properties("production.uri=mongodb://db.internal:27017/errbit\n"
                + "development.host=http://localhost:27017\ndevelopment.database=errbit_development\n")).isEmpty();
    }

    @Test
    void withoutAProductionSectionTheDevelopmentKeyIsJudged() {
        assertThat(properties("development.host=http://localhost:27017\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }
}
