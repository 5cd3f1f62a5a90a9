package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of tuning set 4d's first run, each on both sides: hosts written out in front of a run-time reference,
 * template text inside a provider's account host, environment words in a customer's account label, a {@code /sandbox}
 * first path segment, and the addresses that payment providers, identity providers and visitors call (payment
 * webhooks and notify URLs, OAuth and SAML endpoints, dashboards, a site's root URL).
 */
class CallbackAndFixedHostRulesTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("SEPOLIA_RPC_URL", "https://eth-sepolia.g.alchemy.com/v2/${ALCHEMY_API_KEY}",
                        "sandbox.test-network"),
                arguments("CHECKOUT_URL", "https://api.payments.acme-pay.io/sandbox/${MERCHANT}/checkouts",
                        "sandbox.host"),
                arguments("CHECKOUT_URL", "https://prod.emea.api.fiservapps.com/sandbox/exp/v1/checkouts",
                        "sandbox.host"),
                arguments("ORDERS_API_URL", "https://gateway.acme-pay.com/SANDBOX", "sandbox.host"),
                arguments("TRIPAY_API_URL", "https://tripay.co.id/api-sandbox/transaction/create", "sandbox.host"),
                arguments("XRPL_NODE_URL", "wss://s.altnet.rippletest.net:51233", "sandbox.test-network"),
                arguments("ESPLORA_URL", "https://mutinynet.com/api", "sandbox.test-network"),
                arguments("OKTA_ISSUER", "https://dev-<DEV ID>.okta.com/oauth2/default", "sandbox.reserved-host"),
                arguments("OKTA_ISSUER", "https://dev-<DEVID>.okta.com/oauth2/default", "sandbox.reserved-host"),
                arguments("AUTH0_DOMAIN", "orders-sandbox.eu.auth0.com", "sandbox.provider-host"),
                arguments("OKTA_ISSUER", "https://acme-staging.okta.com/oauth2/default", "sandbox.provider-host"),
                arguments("PAYMENT_WEBHOOK_URL", "http://localhost:3000/api/gateway/payment/webhook",
                        "sandbox.local-public-url"),
                arguments("alipay.notify-url", "http://localhost:8080/pay/notify", "sandbox.local-public-url"),
                arguments("PAYPAL_IPN_URL", "http://127.0.0.1:8000/ipn", "sandbox.local-public-url"),
                arguments("IDP_SP_ACS_URL", "http://localhost:51822/saml2/acs", "sandbox.local-public-url"),
                arguments("spring.security.oauth2.client.provider.kc.token-uri",
                        "http://localhost:8180/realms/main/protocol/openid-connect/token", "sandbox.local-public-url"),
                arguments("DASHBOARD_URI", "http://localhost:3000", "sandbox.local-public-url"),
                arguments("hmpps-auth.client.access-token-uri", "http://localhost:9090/auth/oauth/token",
                        "sandbox.local-public-url"),
                arguments("security.oauth2.resource.user-info-uri", "http://127.0.0.1:9999/me",
                        "sandbox.local-public-url"),
                arguments("BROKER_URL", "sqs://foo:bar@localhost:4566", "sandbox.emulator"),
                arguments("INTERNAL_QUEUE_URL", "http://127.0.0.1:4566/000000000000/jobs", "sandbox.emulator"),
                arguments("NC_PUBLIC_URL", "http://rajanishs-MacBook-Pro.local:8080", "sandbox.local-public-url"),
                arguments("EMAIL_DOMAIN", "sl.local", "sandbox.local-public-url"),
                arguments("APP_ROOT_URL", "http://localhost:3000", "sandbox.local-public-url"),
                arguments("WEB_URL", "http://127.0.0.1:8080", "sandbox.local-public-url"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("caught")
    void productionValueOfTheseShapesShouldBeReportedAsNoGo(String key, String value, String code) {
        List<Finding> findings = on(production(key + "=" + value + "\n"), key);

        assertThat(findings).extracting(Finding::code).contains(code);
        assertThat(findings).filteredOn(finding -> finding.code().equals(code))
                .allMatch(finding -> finding.severity() == Severity.NO_GO);
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("MAINNET_RPC_URL", "https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}"),
                arguments("SITE_URL", "https://${DOMAIN}/sandbox"),
                arguments("APP_URL", "http://localhost:${PORT}/app"),
                arguments("REPO_URL", "https://github.com/acme/sandbox"),
                arguments("PLAYGROUND_URL", "https://codesandbox.io/s/sandbox-x1y2z"),
                arguments("TOOLS_URL", "https://tools.acme.com/sandboxes/list"),
                arguments("TOOLS_URL", "https://tools.acme.com/sandbox-tools/"),
                arguments("TOOLS_URL", "https://tools.acme.com/my-sandboxes/"),
                arguments("XRPL_NODE_URL", "wss://xrplcluster.com"),
                arguments("RIPPLE_URL", "https://s1.ripple.com:51234"),
                arguments("OKTA_ISSUER", "https://acme.okta.com/oauth2/default"),
                arguments("OKTA_ISSUER", "https://{tenant}.okta.com/oauth2/default"),
                arguments("OKTA_ISSUER", "https://devices-hub.okta.com/oauth2/default"),
                arguments("OKTA_ISSUER", "https://acme-prod.okta.com/oauth2/default"),
                arguments("OKTA_ISSUER", "https://devteam.okta.com/oauth2/default"),
                arguments("AUTH0_ISSUER_BASE_URL", "https://dev-sgt7gza7y2i87hdr.us.auth0.com"),
                arguments("PAYMENT_WEBHOOK_URL", "https://shop.acme.com/api/payment/webhook"),
                arguments("alipay.notify-url", "https://pay.acme.cn/api/alipay/notify"),
                arguments("OAUTH2_PROXY_URL", "http://localhost:4180"),
                arguments("KEYCLOAK_INTERNAL_URL", "http://localhost:8080"),
                arguments("nakadi.oauth2.localTokenInfoUrl", "http://localhost:9021/oauth2/tokeninfo"),
                arguments("OIDC_LOCAL_JWKS_URL", "http://127.0.0.1:9021/jwks"),
                arguments("WEB_URL", "https://www.acme.com"),
                arguments("VAULT_TOKEN_URL", "http://127.0.0.1:8200/v1/auth/token"),
                arguments("AWS_ENDPOINT_URL", "https://sqs.eu-west-1.amazonaws.com:4566"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("clean")
    void productionValueThatOnlyLooksLikeTheseShouldNotBeReported(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    @Test
    void relativePathThroughAHostUnderTheLocalhostDomainShouldBeReportedAsLoopback() {
        List<Finding> start = on(production("START_ROOM_URL=/_/global/maps.acme.localhost/Floor0/floor0.json\n"),
                "START_ROOM_URL");
        List<Finding> site = on(production("SITE_URL=/proxy/www.acme.localhost\n"), "SITE_URL");

        // a virtual host under .localhost is a development proxy's name: NO-GO since session 29 (WARN before)
        assertThat(start).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.reserved-host", Severity.NO_GO));
        assertThat(site).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @Test
    void relativePathWhoseSegmentsOnlyLookLikeHostsShouldNotBeReported() {
        assertThat(on(production("START_ROOM_URL=/_/global/maps.acme.com/Floor0/floor0.json\n"), "START_ROOM_URL"))
                .isEmpty();
        assertThat(on(production("REPORT_URL=/files/report.localhost.pdf\n"), "REPORT_URL")).isEmpty();
        assertThat(on(production("LOG_DIR=/var/log/maps.acme.localhost\n"), "LOG_DIR")).isEmpty();
    }

    @Test
    void webhookOfAServiceTheAppCallsShouldStayAWarningOnLoopback() {
        List<Finding> slack = on(production("SLACK_WEBHOOK_URL=http://localhost:9000/hook\n"), "SLACK_WEBHOOK_URL");
        List<Finding> notify = on(production("NOTIFY_URL=http://localhost:9000/notify\n"), "NOTIFY_URL");

        assertThat(slack).extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(notify).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void otherLoopbackPortsAndIntranetNamesShouldStayWarnings() {
        assertThat(on(production("QUEUE_URL=http://localhost:4567/jobs\n"), "QUEUE_URL"))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(on(production("PUBLIC_URL=https://portal.corp.local\n"), "PUBLIC_URL"))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(on(production("SEARCH_URL=http://search.local:9200\n"), "SEARCH_URL"))
                .extracting(Finding::severity).containsExactly(Severity.WARN);
        assertThat(on(production("OPA_AUTHORIZATION_URL=http://localhost:8181/v1/data/authz\n"),
                "OPA_AUTHORIZATION_URL")).extracting(Finding::severity).containsExactly(Severity.WARN);
    }

    @Test
    void notifyUrlOfACatalogPaymentProviderOnLoopbackShouldBeNoGo() {
        List<Finding> findings = on(production("STRIPE_WEBHOOK_URL=http://localhost:4242/webhook\n"),
                "STRIPE_WEBHOOK_URL");

        assertThat(findings).extracting(Finding::code).contains("sandbox.local-public-url");
    }

    @Test
    void fixedPartOfADeferredUrlShouldKeepItsHostAndTheWrittenPath() {
        Settings settings = Settings.builder()
                .dotenv("app.env", "RPC=https://eth-sepolia.g.alchemy.com/v2/${KEY}/x\nOWN=https://${DOMAIN}/a\n")
                .build();

        assertThat(SandboxGate.fixedPart(settings.get("RPC").orElseThrow()).value())
                .isEqualTo("https://eth-sepolia.g.alchemy.com/v2/");
        assertThat(SandboxGate.fixedPart(settings.get("OWN").orElseThrow())).isNull();
    }

    @Test
    void templateHostWithASpaceInsideItsBracketsShouldBeReadAsOneEndpoint() {
        assertThat(Endpoint.parseAll("https://dev-<DEV ID>.okta.com/oauth2/default", false))
                .singleElement().extracting(Endpoint::host).isEqualTo("dev-<DEV ID>.okta.com");
        assertThat(Endpoint.parseAll("https://a.example.org https://b.example.org", false)).hasSize(2);
    }
}
