package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirtieth pass's precision rules of the sandbox gate, each with its catch and a tempting clean value: a
 * server-side REST client's URL on loopback, a broker's host name, a key about a public key, a URL whose scheme no
 * browser opens, a self-hosted Ollama model server on loopback, a key marked for development only, and template text
 * a domain key only references.
 */
class ThirtiethPassPrecisionSandboxTests {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    /** As the CLI reads a properties file. */
    private static List<String> codes(String properties) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("application.properties", properties).build().settings())).findings().stream()
                .map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void aRestClientUrlOnLoopbackShouldStayCleanButAnotherUrlKeyAndASandboxHostShouldNot() {
        assertThat(codes("com.acme.OrdersClient/mp-rest/url=http://localhost:8081/rs\n")).isEmpty();
        assertThat(codes("quarkus.rest-client.orders.url=http://localhost:8081\n")).isEmpty();
        assertThat(codes("%prod.quarkus.rest-client.\"orders\".uri=http://127.0.0.1:8081\n")).isEmpty();
        assertThat(codes("micronaut.http.services.orders.url=http://localhost:8081\n")).isEmpty();
        // a client interface's key beside its own /mp-rest/ settings is the same client's URL
        assertThat(codes("com.acme.OrdersClient=http://localhost:8080/orders/rs\n"
                + "com.acme.OrdersClient/mp-rest/scope=javax.inject.Singleton\n")).isEmpty();
        assertThat(codes("com.acme.OrdersClient=http://localhost:8080/orders/rs\n"))
                .containsExactly("sandbox.local-host com.acme.OrdersClient");
        assertThat(codes("orders.service.url=http://localhost:8081\n"))
                .containsExactly("sandbox.local-host orders.service.url");
        // only loopback is the client's own business: a sandbox host under the same key is still one
        assertThat(codes("quarkus.rest-client.payments.url=https://api.sandbox.paypal.com\n"))
                .containsExactly("sandbox.provider-host quarkus.rest-client.payments.url");
    }

    @Test
    void aBrokersHostNameOnLoopbackShouldWarnAsADestinationButTheSitesHostNameShouldNot() {
        assertThat(codes("MessageBroker.RabbitMQ.HostName=localhost\n"))
                .containsExactly("sandbox.local-host MessageBroker.RabbitMQ.HostName");
        assertThat(codes("RabbitMqOptions.HostName=localhost\n"))
                .containsExactly("sandbox.local-host RabbitMqOptions.HostName");
        assertThat(codes("ApplicationSettings.HostName=localhost\n"))
                .containsExactly("sandbox.local-public-url ApplicationSettings.HostName");
    }

    @Test
    void aKeyAboutAPublicKeyShouldNotMakeItsUrlPublicButAPublicUrlShould() {
        assertThat(codes("auth.public_key_authentication.ethereum.network_url=http://127.0.0.1:8545\n"))
                .doesNotContain("sandbox.local-public-url auth.public_key_authentication.ethereum.network_url");
        assertThat(codes("auth.public_url=http://127.0.0.1:8080\n"))
                .containsExactly("sandbox.local-public-url auth.public_url");
    }

    @Test
    void aUrlNoBrowserOpensShouldWarnAsADestinationButAnHttpUrlUnderTheSameWordsShouldNot() {
        assertThat(codes("com.alipay.sofa.dashboard.registry=zookeeper://127.0.0.1:2181\n"))
                .containsExactly("sandbox.local-host com.alipay.sofa.dashboard.registry");
        assertThat(codes("events.external.producer.jms.broker-url=tcp://localhost:61616\n"))
                .containsExactly("sandbox.local-host events.external.producer.jms.broker-url");
        assertThat(codes("events.external.url=http://localhost:8080\n"))
                .containsExactly("sandbox.local-public-url events.external.url");
    }

    @Test
    void anOllamaServerOnLoopbackShouldStayCleanButAnotherModelGatewayShouldWarn() {
        assertThat(codes("OLLAMA_BASE_URL=http://localhost:11434\n")).isEmpty();
        assertThat(codes("spring.ai.ollama.base-url=http://127.0.0.1:11434\n")).isEmpty();
        assertThat(codes("LLM_BASE_URL=http://localhost:11434/v1\n"))
                .containsExactly("sandbox.local-host LLM_BASE_URL");
        assertThat(codes("OLLAMA_BASE_URL=https://ollama.example.com\n"))
                .containsExactly("sandbox.reserved-host OLLAMA_BASE_URL");
    }

    @Test
    void aDevelopmentOnlyKeyOnLoopbackShouldStayCleanButADevPrefixedOrPlainClientUrlShouldNot() {
        assertThat(codes("__DEV__CLIENT_URL=http://localhost:5173\n")).isEmpty();
        assertThat(codes("CLIENT_URL=http://localhost:5173\n"))
                .containsExactly("sandbox.local-public-url CLIENT_URL");
        assertThat(codes("DEV_CLIENT_URL=http://localhost:5173\n"))
                .containsExactly("sandbox.local-public-url DEV_CLIENT_URL");
        // the marker allows the development server's loopback, not a sandbox host
        assertThat(codes("__DEV__PAYMENT_URL=https://api.sandbox.paypal.com\n"))
                .containsExactly("sandbox.provider-host __DEV__PAYMENT_URL");
    }

    /** As the CLI reads an env file: references resolved. */
    private static List<String> envCodes(String dotenv) {
        return GATE.check(GateContext.of(Stage.PRODUCTION, ApplicationConfig.builder()
                .configText("docker.env", dotenv).build().settings())).findings().stream()
                .map(f -> f.code() + " " + f.subject()).toList();
    }

    @Test
    void templateTextADomainKeyOnlyReferencesShouldBeReportedWhereItIsWrittenButATemplateOfItsOwnShouldNot() {
        assertThat(envCodes("DOMAIN=your domain here\nPREPROD_APP_DOMAIN=preprod.app.${DOMAIN}\n"))
                .containsExactly("sandbox.reserved-host DOMAIN");
        assertThat(envCodes("PREPROD_APP_DOMAIN=your domain here\n"))
                .containsExactly("sandbox.reserved-host PREPROD_APP_DOMAIN");
        // a referenced value no rule reports leaves the template on the key that resolves it
        assertThat(envCodes("BASE=your domain here\nAPP_DOMAIN=app.${BASE}\n"))
                .containsExactly("sandbox.reserved-host APP_DOMAIN");
    }
}
