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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nineteenth pass's sandbox rules, each on both sides: an origin list of development servers only; the browser
 * client's address ({@code CLIENT_URL}, {@code App.ClientRootAddress}) and the server's root address; an identity
 * server named by .NET's {@code Authority} or by its product; a switched-on ingress's hosts and the {@code .local}
 * domain it publishes; the own server's or API's host on bare loopback as a bind address; JSON lists, Django's leading
 * dot and square-bracket fill-ins as written; a back end selected by a stand-in's class path. Hosts and keys are made up
 * unless a product's own naming is the point.
 */
class NineteenthPassSandboxRulesTests {

    static Stream<Arguments> publicOnLoopback() {
        return Stream.of(
                // origin lists that admit development servers only
                arguments("CORS_ORIGINS", "http://localhost:8082"),
                arguments("CORS_ORIGIN", "http://localhost:5173"),
                arguments("CLIENT_ORIGIN", "http://localhost:3000"),
                arguments("BACKEND_CORS_ORIGINS", "http://localhost:5173,http://127.0.0.1:5173"),
                arguments("CSRF_TRUSTED_ORIGINS", "http://localhost,http://localhost:8000"),
                arguments("STORE_CORS", "http://localhost:8000"),
                arguments("App.CorsOrigins", "http://localhost:4200/"),
                // the browser client's address and the server's root address
                arguments("CLIENT_URL", "http://localhost:5173"),
                arguments("CLIENT_HOST", "http://localhost:3001"),
                arguments("SHOP_CLIENT_URL", "http://localhost:8080"),
                arguments("App.ClientRootAddress", "http://localhost:4200/"),
                arguments("App.ServerRootAddress", "http://localhost:21021/"),
                // identity servers: .NET's Authority, self-hosted products by name
                arguments("OpenIdConnect.Authority", "https://localhost:44367"),
                arguments("AuthServer.Authority", "https://localhost:44301"),
                arguments("KEYCLOAK_HOST", "localhost"),
                arguments("KEYCLOAK_URL", "http://127.0.0.1:8080"),
                // a public word glued to its address word, and pictures that pages and e-mails show
                arguments("SECURITY_OID_REDIRECTURL", "http://localhost/index.html"),
                arguments("PAYMENT_CALLBACKURL", "http://127.0.0.1:8000/paid"),
                arguments("WEBAUTHN_ICON_URL", "http://localhost:3000/logo.192.png"),
                arguments("DJANGO_EMAIL_LOGO_IMG", "http://localhost:3000/assets/logo.png"));
    }

    @ParameterizedTest(name = "{0}={1} is a local public URL")
    @MethodSource("publicOnLoopback")
    void productionShouldStopAPublicAddressOnTheLocalMachine(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    static Stream<Arguments> warnedOnly() {
        return Stream.of(
                // a list with a production site, a port-less localhost (a packaged app's web view is clean since the
                // twentieth pass: TwentiethPassSandboxRulesTests)
                arguments("CORS_ORIGINS", "https://app.acme-shop.io,http://localhost:3000"),
                arguments("CORS_ORIGINS", "http://localhost"),
                arguments("ALLOWED_ORIGINS", "http://localhost:3000,*"),
                // a library's client section names what that client calls
                arguments("eureka.client.serviceUrl.defaultZone", "http://localhost:8761/eureka/"),
                arguments("auth.provider.service.client.baseUrl", "http://localhost:4502"),
                // a back end's server host, and the own API written as a destination
                arguments("ELASTICSEARCH_SERVER_HOST", "localhost"),
                arguments("elasticsearch.server.host", "localhost"),
                arguments("API_HOST", "http://localhost:4000"),
                // a picture word without a place word, and an image service the back end calls
                arguments("LOGO_RENDERER", "http://localhost:7000"),
                arguments("IMAGE_SERVICE_URL", "http://localhost:8081"));
    }

    @ParameterizedTest(name = "{0}={1} stays a local-host warning")
    @MethodSource("warnedOnly")
    void productionShouldOnlyWarnWhereASidecarOrAnAppMayAnswer(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-host", Severity.WARN));
    }

    static Stream<Arguments> bindAddresses() {
        return Stream.of(
                arguments("API_HOST", "127.0.0.1"),
                arguments("API_HOST", "localhost"),
                arguments("MINT_SERVER_HOST", "127.0.0.1"),
                arguments("STACKS_BLOCKCHAIN_API_HOST", "127.0.0.1"),
                arguments("http.server.host", "127.0.0.1"),
                arguments("CORS_ORIGINS", "tauri://localhost,https://tauri.localhost"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("bindAddresses")
    void productionShouldLeaveTheOwnServersBindAddressAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
        if (!key.startsWith("CORS")) {
            assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
        }
    }

    @Test
    void aSwitchedOnIngressPublishesItsHostsAndItsLocalDomain() {
        List<Finding> findings = production("ingress.enabled=true\n"
                + "ingress.hosts[0].host=shop.local\n"
                + "ingress.tls[0].hosts[0]=shop.local\n"
                + "ingress.streaming.hosts[0].host=live.shop.local\n"
                + "global.endpoints.api=api.shop.local\n");
        assertThat(findings).extracting(Finding::subject, Finding::code, Finding::severity).containsExactlyInAnyOrder(
                tuple("ingress.hosts[0].host", "sandbox.local-public-url", Severity.NO_GO),
                tuple("ingress.tls[0].hosts[0]", "sandbox.local-public-url", Severity.NO_GO),
                tuple("ingress.streaming.hosts[0].host", "sandbox.local-public-url", Severity.NO_GO),
                tuple("global.endpoints.api", "sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void aChartDefaultUnderASwitchedOffIngressAndAnActiveDirectoryDomainOnlyWarn() {
        assertThat(production("ingress.enabled=false\ningress.hosts[0].host=chart-example.local\n"))
                .extracting(Finding::severity).doesNotContain(Severity.NO_GO);
        assertThat(production("ingress.enabled=true\ningress.hosts[0].host=app.corp.local\n"
                + "API_URL=https://api.corp.local\n"))
                .extracting(Finding::code, Finding::severity)
                .containsOnly(tuple("sandbox.local-host", Severity.WARN));
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                // a JSON list, as pydantic settings read them
                arguments("CORS_ORIGINS", "[\"https://your-domain.example.com\"]", "sandbox.reserved-host"),
                arguments("BACKEND_CORS_ORIGINS", "[\"http://localhost:5173\",\"http://localhost:3000\"]",
                        "sandbox.local-public-url"),
                // Django's leading dot: the domain and its subdomains
                arguments("DJANGO_ALLOWED_HOSTS", ".example.com", "sandbox.reserved-host"),
                // a name in square brackets where no IPv6 literal could stand
                arguments("SUPABASE_URL", "https://[project-id].supabase.co", "sandbox.reserved-host"),
                arguments("API_URL", "https://[YOUR_DOMAIN]:8443/api", "sandbox.reserved-host"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("templates")
    void productionShouldReadListsAndTemplatesAsWritten(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple(code, Severity.NO_GO));
    }

    @Test
    void productionListsAndIpv6LiteralsStayAsTheyWere() {
        assertThat(production("CORS_ORIGINS=[\"https://app.acme-shop.io\",\"https://acme-shop.io\"]\n"
                + "DJANGO_ALLOWED_HOSTS=.acme-shop.io,acme-shop.io\n"
                + "CDN_URL=https://[2a01:4f8:c0c:1::7]:8443/static\n")).isEmpty();
        assertThat(on(production("SEARCH_URL=http://[::1]:8080\n"), "SEARCH_URL"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }

    @Test
    void aBackEndSelectedByAStandInsClassPathIsTestMode() {
        List<Finding> findings = production(
                "SHOP_PAYMENT_BACKEND=shop.core.payment.backends.dummy.DummyPaymentBackend\n"
                        + "LMS_BACKEND=shop.lms_handler.backends.fake.FakeLmsBackend\n"
                        + "SMS_PROVIDER=notify.providers.mock.MockSender\n");
        assertThat(findings).extracting(Finding::subject, Finding::code, Finding::severity).containsExactly(
                tuple("SHOP_PAYMENT_BACKEND", "sandbox.test-mode", Severity.NO_GO),
                tuple("LMS_BACKEND", "sandbox.test-mode", Severity.NO_GO),
                tuple("SMS_PROVIDER", "sandbox.test-mode", Severity.NO_GO));
    }

    @Test
    void aDummyCacheARealBackEndAndOtherDottedValuesStayClean() {
        assertThat(production("CACHES.default.BACKEND=django.core.cache.backends.dummy.DummyCache\n"
                + "PAYMENT_BACKEND=shop.core.payment.backends.stripe.StripeBackend\n"
                + "EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend\n"
                + "LOGGER_CLASS=org.acme.dummy.Logger\n"
                + "PAYMENT_BACKEND_NOTE=see docs/dummy.backend\n")).isEmpty();
        assertThat(DevelopmentStandIns.standInModule("a..dummy.B")).isNull();
        assertThat(DevelopmentStandIns.standInModule("dummy.B")).isNull();
    }

    @Test
    void theKeyGrammarReadsCompoundsNotSections() {
        assertThat(KeyClass.namesClientAddress("CLIENT_URL", List.of("client", "url"))).isTrue();
        assertThat(KeyClass.namesClientAddress("App.ClientRootAddress", List.of("app", "client", "root", "address")))
                .isTrue();
        assertThat(KeyClass.namesClientAddress("spring.boot.admin.client.url",
                List.of("spring", "boot", "admin", "client", "url"))).isFalse();
        assertThat(KeyClass.namesClientAddress("admin.client.url", List.of("admin", "client", "url"))).isFalse();
        assertThat(KeyClass.namesClientAddress("CLIENT_ID", List.of("client", "id"))).isFalse();
        assertThat(SandboxGate.namesIngressHost(List.of("ingress", "tls", "0", "hosts", "0"))).isTrue();
        assertThat(SandboxGate.namesIngressHost(List.of("ingress", "annotations", "auth", "url"))).isFalse();
        assertThat(SandboxGate.namesOwnServerHost("MINT_SERVER_HOST", List.of("mint", "server", "host"))).isTrue();
        assertThat(SandboxGate.namesOwnServerHost("SMTP_SERVER_HOST", List.of("smtp", "server", "host"))).isFalse();
        assertThat(SandboxGate.namesOwnServerHost("REDIS_HOST", List.of("redis", "host"))).isFalse();
    }
}
