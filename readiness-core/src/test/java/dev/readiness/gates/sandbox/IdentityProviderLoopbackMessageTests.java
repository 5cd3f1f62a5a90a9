package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a resource server's issuer-uri and jwk-set-uri on localhost, and (open since session 25) a client's
 * token-uri, were NO-GO with a message saying browsers and e-mail recipients use the URL; the service calls them
 * itself, so the message sent the newcomers looking for a front end. The verdict stays, the message says who calls.
 */
class IdentityProviderLoopbackMessageTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static Finding only(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        List<Finding> findings = GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @Test
    void aResourceServersKeySetOnLoopbackSaysTheServiceCallsIt() {
        Finding finding = only("spring.security.oauth2.resourceserver.jwt.jwk-set-uri="
                + "http://localhost:8180/realms/acme/protocol/openid-connect/certs\n");

        assertThat(finding.code()).isEqualTo("sandbox.local-public-url");
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("the service itself calls this URL").doesNotContain("browsers");
    }

    @Test
    void aClientsTokenUriOnLoopbackSaysTheServiceCallsIt() {
        Finding finding = only("spring.security.oauth2.client.provider.acme.token-uri="
                + "http://localhost:8180/realms/acme/protocol/openid-connect/token\n");

        assertThat(finding.code()).isEqualTo("sandbox.local-public-url");
        assertThat(finding.message()).contains("the service itself calls this URL").doesNotContain("browsers");
    }

    @Test
    void anIssuerOnLoopbackSaysTokensNameIt() {
        Finding finding = only("spring.security.oauth2.resourceserver.jwt.issuer-uri=http://localhost:8180/realms/acme\n");

        assertThat(finding.code()).isEqualTo("sandbox.local-public-url");
        assertThat(finding.severity()).isEqualTo(Severity.NO_GO);
        assertThat(finding.message()).contains("iss claim").doesNotContain("browsers");
    }

    @Test
    void aRedirectUriOnLoopbackStillSpeaksOfBrowsers() {
        Finding finding = only("spring.security.oauth2.client.registration.acme.redirect-uri="
                + "http://localhost:8080/login/oauth2/code/acme\n");

        assertThat(finding.code()).isEqualTo("sandbox.local-public-url");
        assertThat(finding.message()).contains("browsers");
    }
}
