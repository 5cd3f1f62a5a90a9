package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twentieth pass's sandbox rules against false warnings on clean production files, each on both sides: a
 * Kubernetes service under a cluster domain ending in {@code .local}; a packaged app's web-view origins in an origin
 * list; a call to the application's own API at its own address; a loopback address in a section switched off beside
 * it; a secret store's field map. Hosts and keys are made up unless a product's own
 * naming is the point.
 */
class SandboxPrecisionTwentiethPassTests {

    static Stream<Arguments> clean() {
        return Stream.of(
                // cluster DNS: service.namespace.svc.domain, whatever domain the cluster's administrator chose
                arguments("STS_URL=http://security-token-service.default.svc.nais.local/rest/v1/sts/token", "STS_URL"),
                arguments("ORDERS_URL=http://orders.shop.svc.k8s.local:8080", "ORDERS_URL"),
                // Capacitor on iOS and Android, Ionic: the app's pages on its users' devices
                arguments("CORS_ORIGINS=https://shop.acme-pay.io,capacitor://localhost,https://localhost", "CORS_ORIGINS"),
                arguments("CORS_ORIGINS=ionic://localhost,http://localhost", "CORS_ORIGINS"),
                // the application calling its own API at its own address
                arguments("NEXTAUTH_URL=http://localhost:3000\nSHOP_API_BASE_URL=http://localhost:3000/api/v1",
                        "SHOP_API_BASE_URL"),
                // the External Secrets operator's field map names the store's entry that fills the variable
                arguments("externalSecrets.appEnv.fields.APP_SENTRY_DSN=SENTRY_DSN",
                        "externalSecrets.appEnv.fields.APP_SENTRY_DSN"),
                // a section switched off beside its address
                arguments("postfixbounce.enabled=false\npostfixbounce.host=127.0.0.1", "postfixbounce.host"),
                arguments("warehouse.store.influxdb.enable=off\nwarehouse.store.influxdb.server-url=http://127.0.0.1:8086",
                        "warehouse.store.influxdb.server-url"));
    }

    @ParameterizedTest(name = "{1} in {0} is clean")
    @MethodSource("clean")
    void productionShouldLeaveClusterNamesAppOriginsAndOwnCallsAlone(String dotenv, String key) {
        assertThat(on(production(dotenv + "\n"), key)).isEmpty();
    }

    static Stream<Arguments> warned() {
        return Stream.of(
                // one machine's multicast-DNS names, with or without a svc-like word (a first label that names a
                // service, security-token-service.nais.local, is a discovery namespace's name since the thirty-ninth
                // pass: ThirtyNinthPassPrecisionSandboxTests)
                arguments("STS_URL=http://security-token.nais.local/rest/v1/sts/token", "STS_URL"),
                arguments("ORDERS_URL=http://svc.k8s.local:8080", "ORDERS_URL"),
                arguments("ORDERS_URL=http://orders.svc.local:8080", "ORDERS_URL"),
                // a development server beside the app's origins, and a port-less localhost without any app scheme
                arguments("CORS_ORIGINS=capacitor://localhost,http://localhost:5173", "CORS_ORIGINS"),
                arguments("CORS_ORIGINS=https://shop.acme-pay.io,http://localhost", "CORS_ORIGINS"),
                // another port than the application's own address
                arguments("NEXTAUTH_URL=http://localhost:3000\nSHOP_API_BASE_URL=http://localhost:4000/api/v1",
                        "SHOP_API_BASE_URL"),
                // a section switched on, or another section switched off
                arguments("postfixbounce.enabled=true\npostfixbounce.host=127.0.0.1", "postfixbounce.host"),
                arguments("ldap.enabled=false\npostfixbounce.host=127.0.0.1", "postfixbounce.host"));
    }

    static Stream<Arguments> spelled() {
        return Stream.of(
                arguments("appEnv.fields.APP_SENTRY_DSN=SENTRY_DSN", "appEnv.fields.APP_SENTRY_DSN"),
                arguments("externalSecretsDsn.APP_SENTRY_DSN=SENTRY_DSN", "externalSecretsDsn.APP_SENTRY_DSN"));
    }

    @ParameterizedTest(name = "{1} in {0} still spells its key")
    @MethodSource("spelled")
    void productionShouldStillStopAKeySpelledOutsideTheSecretStoreMap(String dotenv, String key) {
        assertThat(on(production(dotenv + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.template-url", Severity.NO_GO));
    }

    @ParameterizedTest(name = "{1} in {0} stays a warning")
    @MethodSource("warned")
    void productionShouldStillWarnAboutOneMachinesNames(String dotenv, String key) {
        assertThat(on(production(dotenv + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-host", Severity.WARN));
    }
}
