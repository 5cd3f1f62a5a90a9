package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twentieth pass's sandbox rules, each on both sides: a server's announced IP on loopback; the container host
 * ({@code host.docker.internal}, Docker's bridge {@code 172.17.0.1}) judged by who uses the URL; pages browsers open
 * and a browser build variable that says {@code private}; a packaged app's web-view origins; a cluster's own
 * {@code .svc.…local} domain; a listen address named like its wildcard sibling; a switch with a {@code //} remark;
 * certificate common-name checks. Hosts and keys are made up unless a product's own naming is the point.
 */
class TwentiethPassSandboxRulesTests {

    static Stream<Arguments> publicOnTheLocalMachine() {
        return Stream.of(
                // the address a server announces to its clients
                arguments("SERVER_IP", "127.0.0.1"),
                arguments("ip", "127.0.0.1"),
                arguments("Server.PublicIp", "127.0.0.1"),
                arguments("EXTERNAL_IP", "localhost"),
                arguments("GAME_SERVER_IP", "127.0.0.1"),
                // the container host where browsers or other machines are sent
                arguments("APP_URL", "http://host.docker.internal:3000"),
                arguments("spring.security.oauth2.client.provider.acme.authorizationUri",
                        "http://172.17.0.1:8000/auth/oauth/authorize"),
                arguments("baseUrls__webBase", "http://host.docker.internal:5106/"),
                // pages browsers open, and the service's current, default or root address
                arguments("checkout.outcome.url", "http://localhost/checkout/outcome"),
                arguments("SHOP_CHECKOUT_BASE_URL", "http://127.0.0.1:8000/v1/checkout-links/redirect"),
                arguments("AUTH_LOGIN_URL", "http://localhost:3000/login"),
                arguments("PAYMENT_REDIRECT_SUCCESS_URL", "http://localhost:3000/payment/success"),
                arguments("HOME_LOCATION", "http://localhost:8000"),
                arguments("CurrentUrl", "https://localhost:44364"),
                arguments("DEFAULT_URL", "http://localhost:3000"),
                arguments("DEFAULT_URI", "http://localhost"),
                arguments("APP_FULL_BASE_URL", "https://localhost"),
                arguments("ACME_ROOT_HOST", "localhost.direct"),
                arguments("spring.security.saml2.service-provider.base-path", "http://localhost:8080"),
                arguments("sep24.interactive_url.base_url", "http://localhost:3000"),
                // a browser build variable is the browser's, whatever it calls private
                arguments("REACT_APP_PRIVATE_GRAPH_URI", "https://localhost:8082/private"),
                arguments("VITE_INTERNAL_API_URL", "http://localhost:8080"));
    }

    @ParameterizedTest(name = "{0}={1} is a local public address")
    @MethodSource("publicOnTheLocalMachine")
    void productionShouldStopAnAddressOthersUseOnTheLocalMachine(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    static Stream<Arguments> cleanBesideThem() {
        return Stream.of(
                // where a server listens, and the address of another service
                arguments("BIND_IP", "127.0.0.1"),
                arguments("Server.ListenIp", "127.0.0.1"),
                arguments("SERVER_IP", "0.0.0.0"),
                arguments("REDIS_IP", "127.0.0.1"),
                arguments("map_server_ip", "127.0.0.1"),
                arguments("SERVER_IP", "203.0.113.7"),
                // back ends on the container host
                arguments("SALES_API_URL", "http://host.docker.internal:4000"),
                arguments("SEARCH_URL", "http://host.docker.internal:9200"),
                arguments("OLLAMA_BASE_URL", "http://host.lima.internal:11434"),
                arguments("ETHEREUM_JSONRPC_HTTP_URL", "http://172.17.0.1:8545"),
                arguments("spring.security.oauth2.client.provider.acme.tokenUri",
                        "http://172.17.0.1:8000/auth/oauth/token"),
                arguments("spring.security.oauth2.client.provider.acme.user-info-uri",
                        "http://host.docker.internal:8000/userinfo"),
                // pages on a production host, flags
                arguments("AUTH_LOGIN_URL", "https://auth.acme-shop.io/login"),
                arguments("CHECKOUT_ENABLED", "true"),
                // a browser build variable for the local development variant
                arguments("VITE_LOCAL_API_URL", "http://localhost:8080"),
                // a packaged app's web views beside (or without) the production site
                arguments("CORS_ORIGINS", "https://app.acme-shop.io,capacitor://localhost,https://localhost"),
                arguments("CORS_ORIGINS", "capacitor://localhost,http://localhost,https://localhost"),
                arguments("CORS_ORIGINS", "ionic://localhost,http://localhost"),
                // a Kubernetes service under a cluster domain of its own
                arguments("STS_URL", "http://security-token-service.default.svc.nais.local/rest/v1/sts/token"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("cleanBesideThem")
    void productionShouldLeaveListenAddressesBackEndsAndAppOriginsAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    static Stream<Arguments> stillWarned() {
        return Stream.of(
                arguments("CORS_ORIGINS", "http://localhost"),
                arguments("CORS_ORIGINS", "https://app.acme-shop.io,http://localhost:3000"),
                arguments("CORS_ORIGINS", "https://app.acme-shop.io,capacitor://localhost,http://localhost:5173"),
                arguments("CHECKOUT_SERVICE_URL", "http://localhost:5050"),
                arguments("LOGIN_API_URL", "http://localhost:8081/login"),
                arguments("CHECKOUT_SERVICE_HOST", "localhost"),
                arguments("BACKEND_API_URL", "http://localhost:4000"));
    }

    @ParameterizedTest(name = "{0}={1} stays a local-host warning")
    @MethodSource("stillWarned")
    void productionShouldStillWarnWhereASidecarOrADeveloperMayAnswer(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-host", Severity.WARN));
    }

    @Test
    void productionShouldReadAUrlOnTheHostTheFilePublishesAsPublic() {
        String published = "ESHOP_EXTERNAL_DNS_NAME_OR_IP=host.docker.internal\n"
                + "ESHOP_STORAGE_CATALOG_URL=http://host.docker.internal:5121/c/api/v1/catalog/items/[0]/pic/\n";
        String alone = "ESHOP_STORAGE_CATALOG_URL=http://host.docker.internal:5121/c/api/v1/catalog/items/[0]/pic/\n";

        assertThat(on(production(published), "ESHOP_STORAGE_CATALOG_URL")).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(on(production(alone), "ESHOP_STORAGE_CATALOG_URL")).isEmpty();
    }

    @Test
    void productionShouldReadALoneUrlAndAuthJsSiteUrlAsTheServicesOwnAddress() {
        assertThat(on(production("URL=http://localhost:7777\n"), "URL")).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(on(production("AUTH_SECRET=${AUTH_SECRET}\nAUTH_URL=http://localhost:3000\n"), "AUTH_URL"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(on(production("AUTH_URL=http://localhost:3000\n"), "AUTH_URL")).extracting(Finding::code)
                .containsExactly("sandbox.local-host");
        assertThat(on(production("minio.url=http://localhost:9000\n"), "minio.url")).extracting(Finding::code)
                .containsExactly("sandbox.local-host");
        assertThat(on(production("URL=https://blog.acme-shop.io\n"), "URL")).isEmpty();
    }

    @Test
    void productionShouldCallACloudOnlyServiceOnTheContainerHostAnEmulator() {
        assertThat(on(production("AWS_DYNAMODB_ENDPOINT=http://host.docker.internal:4569\n"), "AWS_DYNAMODB_ENDPOINT"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.emulator", Severity.NO_GO));
    }

    @Test
    void productionShouldReadALoopbackListenAddressNamedLikeItsWildcardSibling() {
        String listens = "LoginserverHostname=*\nLoginHostname=127.0.0.1\n";
        String published = "LoginHostname=127.0.0.1\n";
        String backEnd = "REVERB_SERVER_HOST=0.0.0.0\nMEMCACHED_HOST=127.0.0.1\n";

        assertThat(on(production(listens), "LoginHostname")).isEmpty();
        assertThat(on(production(published), "LoginHostname")).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
        assertThat(on(production(backEnd), "MEMCACHED_HOST")).extracting(Finding::code)
                .containsExactly("sandbox.local-host");
    }

    @Test
    void productionShouldReadTheWordBeforeASwitchsRemark() {
        assertThat(on(production("SSLCZ_TESTMODE=true // set false when using live store id\n"), "SSLCZ_TESTMODE"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.test-mode", Severity.NO_GO));
        assertThat(on(production("SSLCZ_TESTMODE=false // set true for the sandbox\n"), "SSLCZ_TESTMODE")).isEmpty();
        assertThat(on(production("PAYMENT_MODE=live // see https://docs.acme-pay.io/modes\n"), "PAYMENT_MODE"))
                .isEmpty();
    }

    @Test
    void productionShouldWarnOfAnUncheckedCertificateCommonName() {
        assertThat(on(production("acpsdk.ifValidateCNName=false\n"), "acpsdk.ifValidateCNName"))
                .extracting(Finding::code).containsExactly("sandbox.tls-unverified");
        assertThat(on(production("acpsdk.ifValidateCNName=true\n"), "acpsdk.ifValidateCNName")).isEmpty();
    }

    @Test
    void productionShouldCallADocumentationResourceNameUnderACloudDomainATemplate() {
        assertThat(on(production("QUEUE_HOST=namespace.servicebus.windows.net\n"), "QUEUE_HOST"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(on(production("STORAGE_URL=https://account.blob.core.windows.net/files\n"), "STORAGE_URL"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(on(production("QUEUE_HOST=acme-orders.servicebus.windows.net\n"), "QUEUE_HOST")).isEmpty();
        assertThat(on(production("ACCOUNT_URL=https://account.acme-shop.io\n"), "ACCOUNT_URL")).isEmpty();
    }

    @Test
    void productionShouldJudgeASpringExpressionThatIsOneStringLiteral() {
        assertThat(on(production("ISSUER_URL=#{'https://test.idp.acme-gov.io/oauth2/x'}\n"), "ISSUER_URL"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.host", Severity.NO_GO));
        assertThat(on(production("ISSUER_URL=#{'https://idp.acme-gov.io/oauth2/x'}\n"), "ISSUER_URL")).isEmpty();
        assertThat(on(production("ISSUER_URL=#{'https://test.' + 'idp.acme-gov.io'}\n"), "ISSUER_URL")).isEmpty();
    }

    static Stream<Arguments> clientTlsModes() {
        return Stream.of(
                arguments("HATCHET_CLIENT_TLS_STRATEGY", "none", true),
                arguments("TEMPORAL_TLS_MODE", "disable", true),
                arguments("GRPC_CLIENT_TLS_MODE", "plaintext", true),
                arguments("HATCHET_CLIENT_TLS_STRATEGY", "tls", false),
                arguments("HATCHET_CLIENT_TLS_STRATEGY", "mtls", false),
                arguments("DB_SSL_MODE", "disable", false),
                arguments("TLS_MODE_NOTE", "none", false));
    }

    @ParameterizedTest(name = "{0}={1} turns TLS off: {2}")
    @MethodSource("clientTlsModes")
    void productionShouldWarnOfAClientTlsStrategyOfNone(String key, String value, boolean off) {
        List<Finding> findings = on(production(key + "=" + value + "\n"), key);
        if (off) {
            assertThat(findings).extracting(Finding::code, Finding::severity)
                    .containsExactly(tuple("sandbox.tls-off", Severity.WARN));
        } else {
            assertThat(findings).extracting(Finding::code).doesNotContain("sandbox.tls-off");
        }
    }

    @Test
    void productionShouldReadTheHostOfATurnOrStunUri() {
        assertThat(on(production("TURN_SERVER_URL=turn:your-domain.com:3478\n"), "TURN_SERVER_URL"))
                .extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(on(production("ICE_URLS=turn:your.turn.servers.here\n"), "ICE_URLS"))
                .extracting(Finding::code).containsExactly("sandbox.reserved-host");
        assertThat(on(production("STUN_URL=stun:stun.l.google.com:19302\n"), "STUN_URL")).isEmpty();
        assertThat(on(production("TURN_SERVER_URL=turns:turn.acme-shop.io:5349?transport=tcp\n"), "TURN_SERVER_URL"))
                .isEmpty();
    }

    @Provide
    Arbitrary<String> iceHosts() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).list().ofMinSize(2)
                .ofMaxSize(4).map(labels -> String.join(".", labels));
    }

    @Property(tries = 200)
    void aStunOrTurnUriShouldYieldItsHostAndPort(@ForAll("iceHosts") String host,
            @ForAll("icePorts") int port, @ForAll("iceSchemes") String scheme) {
        Endpoint endpoint = Endpoint.parse(scheme + ":" + host + ":" + port + "?transport=udp", true).orElseThrow();
        assertThat(endpoint.scheme()).isEqualTo(scheme.toLowerCase(java.util.Locale.ROOT));
        assertThat(endpoint.host()).isEqualTo(host);
        assertThat(endpoint.port()).isEqualTo(port);
    }

    @Provide
    Arbitrary<Integer> icePorts() {
        return Arbitraries.integers().between(1, 65535);
    }

    @Provide
    Arbitrary<String> iceSchemes() {
        return Arbitraries.of("stun", "stuns", "turn", "turns", "TURN", "Stun");
    }

    @Provide
    Arbitrary<String> announcedKeys() {
        return Arbitraries.of("SERVER_IP", "PUBLIC_IP", "ip", "Server.PublicIp", "ADVERTISED_IP", "EXTERNAL_IP");
    }

    @Provide
    Arbitrary<String> loopbackAddresses() {
        return Arbitraries.integers().between(0, 255).list().ofSize(3)
                .map(parts -> "127." + parts.get(0) + "." + parts.get(1) + "." + parts.get(2));
    }

    @Property(tries = 60)
    void anAnnouncedKeyOnAnyLoopbackAddressShouldBeStopped(@ForAll("announcedKeys") String key,
            @ForAll("loopbackAddresses") String address) {
        assertThat(on(production(key + "=" + address + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @Property(tries = 60)
    void aBindKeyOnAnyLoopbackAddressShouldStayClean(@ForAll("loopbackAddresses") String address) {
        assertThat(on(production("BIND_IP=" + address + "\n"), "BIND_IP")).isEmpty();
        assertThat(on(production("Server.ListenIp=" + address + "\n"), "Server.ListenIp")).isEmpty();
    }
}
