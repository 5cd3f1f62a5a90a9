package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fifteenth pass's host grammar, each rule on both sides: abbreviations of non-production environments, dashed
 * environment names, an integration zone, brokers' practice accounts, short environment words glued in front of a
 * product word and mode words glued behind a compound, {@code sandpit}, and {@code example} glued into a registrable
 * label. The hosts are made up on one invented domain, so that only the grammar, not the catalog, can read them.
 */
class EnvironmentGrammarTests {

    static Stream<Arguments> caught() {
        return Stream.of(
                arguments("ORDERS_API_URL", "https://api-ppe.acmebank.com/v1", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api.sit2.acmebank.com/v1", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://e2e.api.acmebank.com/v1", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api-preprd.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api.pre-prod.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://gw-non-production.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://api.acceptance.acmebank.com", "sandbox.host"),
                arguments("IDP_ISSUER_URL", "https://oidc.integration.acmebank.com", "sandbox.host"),
                arguments("GAUFREJS_URL", "https://integration.suite.acmebank.gouv.fr/widgets/lagaufre.js",
                        "sandbox.host"),
                arguments("NHS_AUTH_URL", "https://auth.sandpit.signin.acmebank.com", "sandbox.host"),
                arguments("BROKER_LOGIN_URL", "https://practicelogin.q-api.acmebank.com", "sandbox.host"),
                arguments("BROKER_API_URL", "https://paper-api.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://devapi.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://stagegw.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://openapiuat.acmebank.com", "sandbox.host"),
                arguments("ORDERS_API_URL", "https://paymentsapitest.acmebank.com", "sandbox.host"),
                arguments("apiServer.publicHost", "api.examplepod.com", "sandbox.reserved-host"),
                arguments("SITE_URL", "https://example1.com", "sandbox.reserved-host"),
                arguments("PAYFLOW_HOST_URL", "https://pilot-payflowpro.paypal.com", "sandbox.provider-host"),
                arguments("BLOCKFROST_PROJECT_ID", "preprodQ7cWm2Lx9RtVb4NzKd8HsYp3GfJa6EuT", "sandbox.test-credential"),
                arguments("BLOCKFROST_URL", "https://cardano-preview.blockfrost.io/api/v0", "sandbox.provider-host"));
    }

    @ParameterizedTest(name = "{0}={1} is {2}")
    @MethodSource("caught")
    void productionShouldReadNonProductionEnvironmentsInHostNames(String key, String value, String code) {
        assertThat(on(production(key + "=" + value + "\n"), key))
                .extracting(Finding::code, Finding::severity).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        code, Severity.NO_GO));
    }

    static Stream<Arguments> clean() {
        return Stream.of(
                arguments("ORDERS_API_URL", "https://ppe-supplies.com/v1"),
                arguments("ORDERS_API_URL", "https://visit.acmebank.com"),
                arguments("ORDERS_API_URL", "https://api.integrations.acmebank.com"),
                arguments("ORDERS_API_URL", "https://integration-api.acmebank.com"),
                arguments("ORDERS_API_URL", "https://pre.acmebank.com"),
                arguments("ORDERS_API_URL", "https://api-prod.acmebank.com"),
                arguments("ORDERS_API_URL", "https://sandpiper.acmebank.com"),
                arguments("CLINIC_API_URL", "https://practice-api.clinic.com"),
                arguments("ORDERS_API_URL", "https://paper-store.acmebank.com"),
                arguments("ORDERS_API_URL", "https://paperless.acmebank.com"),
                arguments("ORDERS_API_URL", "https://devportal.acmebank.com"),
                arguments("ORDERS_API_URL", "https://devshop.acmebank.com"),
                arguments("ORDERS_API_URL", "https://stagecoach.acmebank.com"),
                arguments("ORDERS_API_URL", "https://weblatest.acmebank.com"),
                arguments("ORDERS_API_URL", "https://apicontest.acmebank.com"),
                arguments("ORDERS_API_URL", "https://api.codesandbox.io"),
                arguments("SITE_URL", "https://examplify.com"),
                arguments("SITE_URL", "https://www.myexample-shop.com"),
                arguments("PAYFLOW_HOST_URL", "https://payflowpro.paypal.com"),
                arguments("BLOCKFROST_MAINNET_PROJECT_ID", "mainnetR2kVp8Wq4ZxLm7TcN3bHy6DsJf9GaUe5"),
                arguments("BLOCKFROST_URL", "https://cardano-mainnet.blockfrost.io/api/v0"));
    }

    @ParameterizedTest(name = "{0}={1} is clean")
    @MethodSource("clean")
    void productionShouldLeaveNamesThatOnlyResembleEnvironmentWordsAlone(String key, String value) {
        assertThat(on(production(key + "=" + value + "\n"), key)).isEmpty();
    }

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private static List<Finding> productionProperties(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    @Test
    void aQuotedUrlInAPropertiesFileIsReadWithoutItsQuotes() {
        assertThat(productionProperties("SESSION_URL_BASEPATH=\"https://localhost:1234\"\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
        assertThat(productionProperties("SESSION_URL_BASEPATH=\"https://pay.acmebank.com\"\n")).isEmpty();
        assertThat(productionProperties("GREETING=\"say \"hi\" to localhost\"\n")).isEmpty();
    }

    @Test
    void anIdentityProvidersUrlOnTheServicesOwnPortIsItsOwnAuthorizationServer() {
        assertThat(productionProperties("server.port=8086\noauth2.auth-server-url=http://127.0.0.1:8086\n"))
                .isEmpty();
        assertThat(productionProperties("server.port=8086\noauth2.auth-server-url=http://127.0.0.1:8180\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
        assertThat(productionProperties("server.port=8086\noauth2.redirect-uri=http://127.0.0.1:8086/login\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-public-url");
    }

    @Test
    void aspNetCoresListenUrlsAreBindAddresses() {
        assertThat(productionProperties("Kestrel.Endpoints.Https.Url=https://0.0.0.0:8443\n"
                + "Kestrel.Endpoints.Http.Url=http://localhost:5000\n")).isEmpty();
        assertThat(production("ASPNETCORE_URLS=http://0.0.0.0:80\n")).isEmpty();
        assertThat(productionProperties("Services.Orders.Url=http://localhost:5000\n"))
                .extracting(Finding::code).containsExactly("sandbox.local-host");
    }
}
