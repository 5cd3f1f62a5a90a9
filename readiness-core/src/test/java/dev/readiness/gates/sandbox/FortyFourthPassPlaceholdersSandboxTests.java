package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.assertNoGoNamingKey;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's placeholders in the sandbox gate: a one-label name with an underscore reached over TLS on
 * the scheme's own port ({@code https://authorization_server}), a template's words for the server to fill in. Beside
 * it, the values that tempt it: compose service names with underscores, reached over plain protocols or on their own
 * port, an installer's marker, a one-label name without an underscore. Findings name the key and never the value.
 */
class FortyFourthPassPlaceholdersSandboxTests {

    @ParameterizedTest
    @ValueSource(strings = {"authorization.server.url=https://authorization_server",
            "signature.server.url=https://signature_server/csc/v1", "NOTIFY_SOCKET_URL=wss://push_server/events"})
    void anUnderscoredNameOverTlsOnItsOwnPortIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "underscore");
        assertThat(SandboxRuleChecks.onLine(line).get(0).message())
                .doesNotContain(line.substring(line.indexOf('=') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"API_URL=http://nrdb_api_server:3000", "services.url=http://customers_service",
            "REDIS_URL=redis://mastodon_redis:6379", "KEYCLOAK_URL=https://auth_server:8443",
            "SERVICE_URL=https://__DOMAIN__/seafhttp", "ODK_CENTRAL_URL=https://proxy",
            "ELASTIC_URL=https://elastic_search.internal.acme.net"})
    void composeServiceNamesMarkersAndPlainNamesAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }
}
