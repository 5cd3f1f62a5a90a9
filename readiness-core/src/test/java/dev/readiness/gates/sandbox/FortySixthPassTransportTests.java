package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-sixth pass's transport rules in the sandbox gate, each beside the clean values that tempt it. An API's
 * base URL in plain {@code http://} on a public name ({@code PARCEL_API_URL=http://api.parcelhub.eu/v3/},
 * {@code SMS_BASE_URL=http://smsgate.com.bd/api}) is a WARN {@code sandbox.tls-off}: the client sends its requests in
 * clear whatever serves the other end. A service's address by {@code url} or {@code uri} ({@code routing.url}) in plain
 * {@code http://} to a public IPv4 address is a WARN too. The same keys over HTTPS, on a Compose, cluster, LAN or
 * internal name, an API's documentation link, an internal API, a private address and a Eureka zone on a public
 * address stay clean. A scheme key set to {@code http} whose word before the last names the site people browse or
 * their callback ({@code SITES.front.scheme}, {@code WWW_SCHEME}, {@code OAUTH_CALLBACK_PROTOCOL}) is a NO-GO, as a
 * handed-out scheme is; the same key at {@code https}, behind a section's https public URL, and the scheme of another
 * connection stay as they were.
 */
class FortySixthPassTransportTests {

    private static final Tuple TLS_OFF_WARN = Tuple.tuple("sandbox.tls-off", Severity.WARN);

    @ParameterizedTest
    @ValueSource(strings = {"PARCEL_API_URL=http://api.parcelhub.eu/v3/", "weather.api.uri=http://wx-feed.org/data",
            "SMS_BASE_URL=http://smsgate.com.bd/api", "ledger_api_url=http://books.acme-ledger.io:8080/",
            "catalog.base-url=http://shop.tiendaverde.es"})
    void anApisBaseUrlInPlainHttpOnAPublicNameIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + ", an API's base URL, is plain http on a public name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PARCEL_API_URL=https://api.parcelhub.eu/v3/", "PARCEL_API_URL=http://parcel-api:8080/v3/",
            "weather.api.uri=http://wx-feed.weather.svc.cluster.local/data", "SMS_BASE_URL=http://smsgate.corp/api",
            "API_DOCS_URL=http://parcelhub-guide.readthedocs.io/en/latest/",
            "API_DOCUMENTATION_URL=http://docs.parcelhub.eu/",
            "INTERNAL_API_URL=http://billing.acme-ledger.io/api", "ledger_api_url=http://192.168.40.7:8080/",
            "PARCEL_API_URL=${PARCEL_API_URL}"})
    void theSameKeysOverHttpsOnAnInternalNameOrForTheirDocumentationStayClean(String line) {
        assertThat(SandboxRuleChecks.onLine(line)).noneMatch(finding -> finding.code().equals("sandbox.tls-off"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"routing.url=http://93.184.12.40:5000/route?from=%s",
            "backup.target.objectUrl=http://81.169.140.22:9000", "tiles.source.uri=http://145.239.8.91/tiles/{z}/{x}/{y}"})
    void aServicesAddressInPlainHttpToAPublicAddressIsAWarn(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity).containsExactly(TLS_OFF_WARN);
        assertThat(findings.get(0).message()).startsWith(key + " calls a service at the public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"routing.url=https://93.184.12.40:5000/route", "routing.url=http://10.12.0.4:5000/route",
            "routing.url=http://172.20.1.9:5000/route", "routing.url=http://router:5000/route",
            "eureka.client.serviceUrl.defaultZone=http://93.184.12.40:8761/eureka/",
            "tracing.serverAddress=http://93.184.12.40", "url=http://93.184.12.40:5000/"})
    void theSameAddressOverHttpsPrivateOrUnderOtherWordsStaysClean(String line) {
        assertThat(SandboxRuleChecks.onLine(line))
                .noneMatch(finding -> finding.message().contains("calls a service at the public address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITES.front.scheme=http", "WWW_SCHEME=http", "portal.web.protocol=http",
            "routing.request_context.scheme=http", "OAUTH_CALLBACK_PROTOCOL=http", "SHOP_SITE_SCHEME=http"})
    void theSchemeOfTheBrowsedSiteOrItsCallbackInPlainHttpIsANoGo(String line) {
        String key = line.substring(0, line.indexOf('='));
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).extracting(Finding::code, Finding::severity)
                .containsExactly(Tuple.tuple("sandbox.tls-off", Severity.NO_GO));
        assertThat(findings.get(0).message()).startsWith(key + " makes plain HTTP the scheme of the URLs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SITES.front.scheme=https\n", "WWW_SCHEME=wss\n",
            "portal.web.public_url=https://portal.acme-shop.eu\nportal.web.protocol=http\n",
            "SLURM_PROTOCOL=http\n", "grafana.server.protocol=http\n", "livenessProbe.httpGet.scheme=HTTP\n"})
    void theSameKeysOverTlsBehindAnHttpsSiteOrOfAnotherConnectionAreNoNoGo(String text) {
        assertThat(SandboxRuleChecks.onLastLine(text)).noneMatch(finding -> finding.severity() == Severity.NO_GO);
    }
}
