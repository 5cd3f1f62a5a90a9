package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-third pass's precision reading of a server-side qualifier after an address word: Hi.Events'
 * {@code VITE_API_URL_SERVER=http://localhost:80/api} beside {@code VITE_API_URL_CLIENT} is the URL its server-side
 * renderer calls the API by inside the same container (sets 125 and 167, three clean rows), not a URL browsers open.
 * The browser's half, and keys that name the server browsers call ({@code VITE_SERVER_URL}, {@code SERVER_URL},
 * {@code PUBLIC_FILES_SERVER_URL}) or a feature ({@code REACT_APP_SSR_EXPORT_HTML_URL}), stay judged on loopback.
 */
class FortyThirdPassPrecisionServerSideUrlTests {

    @ParameterizedTest
    @ValueSource(strings = {"VITE_API_URL_SERVER", "NUXT_API_BASE_URL_SERVER", "API_ENDPOINT_SSR",
            "app.backend.url.server"})
    void aServerSideVariantOnLoopbackShouldBeASelfCall(String key) {
        GateCheck.run(Stage.PRODUCTION, Map.of(key, "http://localhost:80/api"), new SandboxGate()).hasNoFindings();
    }

    @Test
    void theBrowsersHalfBesideItShouldStayAPublicUrl() {
        List<Finding> findings = GateCheck.run(Stage.PRODUCTION, Map.of(
                "VITE_API_URL_SERVER", "http://localhost:80/api",
                "VITE_API_URL_CLIENT", "http://localhost:8123/api"), new SandboxGate())
                .isNoGo().hasFinding("sandbox.local-public-url", "VITE_API_URL_CLIENT")
                .hasNoFinding("sandbox.local-public-url", "VITE_API_URL_SERVER")
                .report().findings().filter(finding -> finding.subject().equals("VITE_API_URL_CLIENT")).toList();
        assertThat(findings).singleElement().satisfies(finding ->
                assertThat(finding.message()).startsWith("VITE_API_URL_CLIENT").doesNotContain("8123/api"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VITE_SERVER_URL", "SERVER_URL", "PUBLIC_FILES_SERVER_URL", "REACT_APP_SSR_EXPORT_HTML_URL",
            "NEXT_PUBLIC_API_URL"})
    void keysThatNameTheServerBrowsersCallShouldStayReported(String key) {
        GateCheck.run(Stage.PRODUCTION, Map.of(key, "http://localhost:1337/api"), new SandboxGate())
                .isNoGo().hasFinding("sandbox.local-public-url", key);
    }

    @Test
    void aServerSideVariantOnATestHostShouldStayReported() {
        GateCheck.run(Stage.PRODUCTION, Map.of("VITE_API_URL_SERVER", "https://api.sandbox.paypal.com/v1"),
                new SandboxGate()).isNoGo().hasFinding("sandbox.provider-host", "VITE_API_URL_SERVER");
    }

    @Test
    void namesServerSideVariantShouldWantTheQualifierLastAfterAnAddressWord() {
        assertThat(KeyClass.namesServerSideVariant(List.of("vite", "api", "url", "server"))).isTrue();
        assertThat(KeyClass.namesServerSideVariant(List.of("api", "host", "ssr"))).isTrue();
        assertThat(KeyClass.namesServerSideVariant(List.of("vite", "server", "url"))).isFalse();
        assertThat(KeyClass.namesServerSideVariant(List.of("mail", "server"))).isFalse();
        assertThat(KeyClass.namesServerSideVariant(List.of("url", "server"))).isFalse();
        assertThat(KeyClass.namesServerSideVariant(List.of("redis", "sentinel", "server"))).isFalse();
    }
}
