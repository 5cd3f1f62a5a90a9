package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fifth pass's precision rules of the sandbox gate, each with the catch that stays and the tempting clean
 * value that goes quiet. Values are shaped like the open sets' but written here.
 *
 * <ul>
 *   <li>The unspecified address under a scheme no browser opens, in a key naming the process's own listeners
 *       ({@code KAFKA_LISTENERS=PLAINTEXT://0.0.0.0:9092}), is where it listens; a connector's or client's URI on it,
 *       a web URL on it, and a listener on loopback stay reported.</li>
 *   <li>A bare loopback host under a key that names one of the process's own listeners ({@code http.host},
 *       {@code jmx.host}, {@code cli_host}, {@code JsonRpc.Host}) keeps a local port off the network; the same words
 *       behind a back end's or a forwarding section's name, a bare {@code rpc host}, and a loopback with a scheme or
 *       a port stay reported.</li>
 * </ul>
 */
class FortyFifthPassPrecisionTests {

    @ParameterizedTest
    @ValueSource(strings = {"KAFKA_LISTENERS=EXTERNAL://0.0.0.0:9094,BROKER://0.0.0.0:29094",
            "broker.listener.uri=tcp://0.0.0.0:61618"})
    void unspecifiedAddressOfTheProcesssOwnListenersShouldNotBeReported(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.local-host", "sandbox.local-public-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_addr=http://0.0.0.0:8210", "ADMIN_API_URI=http://0.0.0.0:8011",
            "PUBLIC_SITE_URL=https://0.0.0.0:3443", "KAFKA_LISTENERS=PLAINTEXT://127.0.0.1:9094",
            "broker.networkConnector.uri=tcp://0.0.0.0:61619", "mqtt.serverURI=tcp://0.0.0.0:1884",
            "OPCUA_SERVER_URL=opc.tcp://0.0.0.0:4841"})
    void connectorsClientsWebUrlsAndLoopbackListenersShouldStayReported(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).as(line).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.message()).startsWith(line.substring(0, line.indexOf('='))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http.host=localhost", "services.admin.http.host=127.0.0.1", "jmx.host=localhost",
            "CLI_HOST=127.0.0.1", "Node.JsonRpc.Host=127.0.0.1", "rpc-http-host=127.0.0.1", "server.jmx.host=::1"})
    void ownListenerHostOnBareLoopbackShouldNotBeReported(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.local-host", "sandbox.local-public-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"client.http.host=localhost", "remote.http.host=127.0.0.1",
            "elasticsearch.http.host=localhost", "BTC_RPC_HOST=127.0.0.1", "metrics.host=localhost",
            "exporter.jmx.host=localhost", "target.jmx.host=localhost", "http.host=http://localhost:8080"})
    void destinationsWithTheSameWordsShouldStayReported(String line) {
        assertThat(codesOnLine(line)).as(line).contains("sandbox.local-host");
    }
}
