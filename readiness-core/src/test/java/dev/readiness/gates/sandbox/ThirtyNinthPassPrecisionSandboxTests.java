package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-ninth pass's precision rule of the sandbox gate: a {@code .local} host whose first label names a service
 * ({@code venue-service.seatlock.local}, {@code zabbix-web-service.local}) is a name in a private service-discovery
 * namespace, as a cluster's {@code svc} names are, not a development machine's multicast-DNS name; a site's name under
 * {@code .local} ({@code passbolt.local}, {@code api.dina.local}) stays reported, and so does a mode word in the service's
 * name.
 */
class ThirtyNinthPassPrecisionSandboxTests {

    private static List<Finding> findings(String text, String key) {
        var settings = ApplicationConfig.builder().configText("production.properties", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aServiceNameUnderAPrivateLocalNamespaceShouldNotBeReported() {
        assertThat(findings("seatlock.venue-service.base-url=http://venue-service.seatlock.local:8082\n",
                "seatlock.venue-service.base-url")).isEmpty();
        assertThat(findings("ZBX_WEBSERVICEURL=http://zabbix-web-service.local:10053/report\n", "ZBX_WEBSERVICEURL"))
                .isEmpty();
        assertThat(findings("billing.url=http://billing-svc.internal.local/api\n", "billing.url")).isEmpty();
        assertThat(ClusterDomains.discoveredService("venue-service.seatlock.local")).isTrue();
    }

    @Test
    void aSiteNameUnderLocalOrAModeWordInTheServiceShouldStayReported() {
        for (String value : List.of("https://passbolt.local", "http://api.dina.local/v1", "http://service.local",
                "http://services.acme.local")) {
            List<Finding> found = findings("app.base-url=" + value + "\n", "app.base-url");
            assertThat(found).as(value).isNotEmpty();
            assertThat(found.get(0).subject()).isEqualTo("app.base-url");
        }
        assertThat(findings("venue.url=http://dev-service.acme.local/api\n", "venue.url")).isNotEmpty();
    }
}
