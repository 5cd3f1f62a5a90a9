package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;

/** A product's own URL on its own demo deployment, and HOST beside a web scheme: the service's public address. */
class OwnAddressRulesTests {

    @Test
    void aProductsOwnUrlOnItsDemoHostIsItsDeployment() {
        assertThat(production("REMARK_URL=https://demo.remark42.com\n"
                + "KEYCLOAK_FRONTEND_URL=https://keycloak-demo01.duckdns.com/auth\n")).isEmpty();
    }

    @Test
    void anotherProductsDemoHostOrAProvidersDemoStaysReported() {
        assertThat(production("REMARK_URL=https://demo.commento.io\n"
                + "PAYPAL_URL=https://demo.paypal.com\n"
                + "ORDERS_API_CALLBACK_URL=https://demo.orders-api.io/callback\n"))
                .extracting(Finding::code).containsExactly("sandbox.host", "sandbox.host", "sandbox.host");
    }

    @Test
    void aHostBesideAWebSchemeIsThePublicHost() {
        // the one-word scheme itself is plain HTTP for the site (forty-eighth pass, first contact)
        assertThat(production("HOST='localhost'\nPROTO='http'\nPORT='3000'\n"))
                .extracting(Finding::code, Finding::subject)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("sandbox.local-public-url", "HOST"),
                        org.assertj.core.groups.Tuple.tuple("sandbox.tls-off", "PROTO"));
    }

    @Test
    void aHostWithoutASchemeBesideItIsABindAddress() {
        assertThat(production("HOST=localhost\nPORT=3000\n")).isEmpty();
        assertThat(production("HOST=0.0.0.0\nPROTO=https\n")).isEmpty();
        assertThat(production("HOST=localhost\nPROTOCOL=grpc\n")).isEmpty();
    }

    @Test
    void kestrelsListenUrlsAreBindAddresses() {
        assertThat(production("Kestrel.Endpoints.Https.Url=https://0.0.0.0:8443\n"
                + "Kestrel.Endpoints.Http.Url=http://localhost:5000\nASPNETCORE_URLS=http://+:8080\n"
                + "urls=http://*:3389\n")).isEmpty();
    }

    @Test
    void aClientsUrlBesideKestrelStaysReported() {
        assertThat(production("Kestrel.Endpoints.Https.Url=https://0.0.0.0:8443\n"
                + "Api.Url=https://api.sandbox.paypal.com\n"))
                .extracting(Finding::subject).containsExactly("Api.Url");
    }
}
