package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.assertNoGoNamingKey;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's placeholders in the sandbox gate: a one-label name with an underscore reached over TLS on
 * the scheme's own port ({@code https://authorization_server}), a template's words for the server to fill in. Beside
 * it, the values that tempt it: compose service names with underscores, reached over plain protocols or on their own
 * port, an installer's marker, a one-label name without an underscore. And a {@code .local} name as the host of an
 * ingress that is on, where the chart names its host list's entries by {@code name} ({@code ingress.hosts[0].name}) or
 * has no switch but asks for the host's certificate ({@code ingress.tls.enabled=true}); beside it an ingress switched
 * off, a dashboard's ingress without a switch, and a back end's service name inside a host entry. And a name of three
 * labels under {@code .tld}, the word for a top-level domain, under a key that names no address
 * ({@code realm=turn.yourdomain.tld}), and any name under it in a URL; beside it a JSP tag library's file name and
 * a realm's plain name. Findings name the key and never the value.
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

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=true\ningress.hosts[0].name=wordpress.local\n",
            "ingress.host=dinehub.local\ningress.tls.enabled=true\ningress.tls.secretName=dinehub-tls\n"})
    void aLocalNameAsTheHostOfAnIngressThatIsOnIsAPublicAddress(String values) {
        String key = values.contains("hosts[0].name") ? "ingress.hosts[0].name" : "ingress.host";
        List<Finding> findings = SandboxRuleChecks.on(SandboxRuleChecks.production(values), key);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingress.enabled=false\ningress.tls.enabled=true\ningress.host=dinehub.local\n",
            "ingress.dashboard.enabled=false\ningress.dashboard.hosts[0]=dashboard.emqx.local\n",
            "ingress.dashboard.tls.enabled=true\ningress.dashboard.hosts[0].name=dashboard.emqx.local\n",
            "ingress.enabled=true\ningress.hosts[0].paths[0].backend.service.name=wordpress.local\n"})
    void anIngressSwitchedOffOrABackEndsNameIsNoPublicAddress(String values) {
        assertThat(SandboxRuleChecks.production(values)).extracting(Finding::code)
                .doesNotContain("sandbox.local-public-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"realm=turn.yourdomain.tld", "default_provider=sip.acme.tld",
            "default-soa-content=ns1.acme.tld hostmaster.acme.tld 0 3600", "API_URL=https://app.acme.tld/v1"})
    void aNameUnderTheWordForATopLevelDomainIsTemplateText(String line) {
        assertNoGoNamingKey(line, "sandbox.reserved-host", "template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"taglib.file=struts-tags.tld", "jsp.tags=c.tld", "realm=nextcloud-signaling",
            "realm=turn.acme.com", "spring.jpa.packages=com.acme.tld"})
    void aTagLibraryFileARealmNameAndARealDomainAreNoTemplate(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.reserved-host");
    }
}
