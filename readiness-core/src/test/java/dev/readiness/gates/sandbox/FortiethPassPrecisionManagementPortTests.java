package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth pass, precision: a loopback URL whose port is a reference to the server's own management port
 * ({@code https://localhost:${mgt.transport.https.port}/services/}, WSO2 API Manager's all-in-one node calling its own
 * admin services) is the server calling itself, so no {@code sandbox.local-host}; the gateway URL beside it on another
 * port's reference ({@code https://localhost:${https.nio.port}}, shown to API consumers) and a service's own port
 * reference stay reported.
 */
class FortiethPassPrecisionManagementPortTests {

    private static final String DEPLOYMENT = """
            apim.gateway.environment[0].service_url=https://localhost:${mgt.transport.https.port}/services/
            apim.gateway.environment[0].https_endpoint=https://localhost:${https.nio.port}
            event_listener[0].properties.notification_endpoint=https://localhost:${mgt.transport.https.port}/notify
            hmrc.service.url=http://localhost:${hmrc.service.port}
            """;

    private static List<Finding> findings(String key) {
        Settings settings = ApplicationConfig.builder().configText("deployment.properties", DEPLOYMENT).build()
                .settings();
        return SandboxRuleChecks.on(new SandboxGate(ProviderCatalog.builtIn())
                .check(GateContext.of(Stage.PRODUCTION, settings)).findings(), key);
    }

    @Test
    void aLoopbackUrlOnTheOwnManagementPortShouldNotBeReported() {
        assertThat(findings("apim.gateway.environment[0].service_url")).isEmpty();
        assertThat(findings("event_listener[0].properties.notification_endpoint")).isEmpty();
        assertThat(SelfCalls.atOwnManagementPort("service_url", "https://127.0.0.1:${carbon.management.port}/carbon")).isTrue();
    }

    @Test
    void aLoopbackUrlOnAnotherPortReferenceShouldStayReported() {
        assertThat(findings("apim.gateway.environment[0].https_endpoint")).extracting(Finding::code)
                .contains("sandbox.local-host");
        assertThat(findings("hmrc.service.url")).isNotEmpty();
        assertThat(SelfCalls.atOwnManagementPort("service_url", "https://localhost/${mgt.transport.https.port}")).isFalse();
        assertThat(SelfCalls.atOwnManagementPort("service_url", "https://localhost:${management}")).isFalse();
        assertThat(SelfCalls.atOwnManagementPort("service_url", "https://gw.acme.io:${mgt.transport.https.port}/s"))
                .isFalse();
    }
}
