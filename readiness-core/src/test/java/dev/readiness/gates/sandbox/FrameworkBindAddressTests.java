package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkBindAddressTests {

    private static List<String> codes(String key, String value) {
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(Map.of(key, value)))).findings()
                .stream().map(Finding::code).toList();
    }

    @Test
    void checkWhenAFrameworkListenAddressIsLoopbackShouldSayNothing() {
        assertThat(codes("quarkus.management.host", "127.0.0.1")).isEmpty();
        assertThat(codes("quarkus.http.host", "127.0.0.1")).isEmpty();
        assertThat(codes("quarkus.grpc.server.host", "localhost")).isEmpty();
        assertThat(codes("micronaut.server.host", "127.0.0.1")).isEmpty();
    }

    @Test
    void checkWhenAFrameworkClientPointsAtLoopbackShouldStillReportIt() {
        // a REST client's own URL on loopback is a self-call since the thirtieth pass (RestClientKeys); an identity
        // provider the framework's client calls is still reported
        assertThat(codes("quarkus.oidc.auth-server-url", "http://localhost:8180/realms/shop")).isNotEmpty();
        assertThat(codes("quarkus.keycloak.devservices.host", "http://localhost:8180")).isNotEmpty();
    }
}
