package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A back-end URL on loopback is the sidecar's listener when the configuration declares a mesh or an injected sidecar;
 * without that declaration, and for public or identity URLs, it is still reported.
 */
class MeshSidecarsTests {

    private static List<String> codes(String switchKey, String switchValue, String key, String value) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(key, value);
        if (!switchKey.isEmpty()) {
            values.put(switchKey, switchValue);
        }
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(values))).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"mesh.enabled|true|main_app.mwapi_uri|http://localhost:6500/w/api.php",
            "podAnnotations[sidecar.istio.io/inject]|true|ORDERS_API_URL|http://127.0.0.1:15001/orders",
            "podAnnotations[dapr.io/enabled]|true|STATE_STORE_URL|http://localhost:3500/v1.0/state/store",
            "global.mesh.enabled|true|main_app.restbase_uri|http://localhost:6503"})
    void aLoopbackBackEndBesideADeclaredSidecarShouldNotBeReported(String switchKey, String switchValue, String key,
            String value) {
        assertThat(codes(switchKey, switchValue, key, value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"||main_app.mwapi_uri|http://localhost:6500/w/api.php",
            "mesh.enabled|false|main_app.mwapi_uri|http://localhost:6500/w/api.php",
            "mesh.enabled|true|PUBLIC_URL|http://localhost:3000",
            "mesh.enabled|true|OAUTH_REDIRECT_URL|http://localhost:8080/callback",
            "meshing.enabled|true|main_app.mwapi_uri|http://localhost:6500/w/api.php"})
    void withoutASidecarOrForABrowserUrlLoopbackShouldStillBeReported(String switchKey, String switchValue,
            String key, String value) {
        assertThat(codes(switchKey == null ? "" : switchKey, switchValue, key, value)).as(key).isNotEmpty();
    }
}
