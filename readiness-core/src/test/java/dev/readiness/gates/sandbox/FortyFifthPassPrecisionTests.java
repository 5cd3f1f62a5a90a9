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
 *   <li>The unspecified address under a scheme no browser opens ({@code PLAINTEXT://0.0.0.0:9092},
 *       {@code opc.tcp://0.0.0.0:4840}, {@code thrift://0.0.0.0:9083}) is a protocol server's listen address; a web
 *       URL on it, and loopback under the same schemes, stay reported.</li>
 * </ul>
 */
class FortyFifthPassPrecisionTests {

    @ParameterizedTest
    @ValueSource(strings = {"KAFKA_LISTENERS=EXTERNAL://0.0.0.0:9094,BROKER://0.0.0.0:29094",
            "OPCUA_ENDPOINT_URL=opc.tcp://0.0.0.0:4841/plant/server/",
            "hive.metastore.uris=thrift://0.0.0.0:9084",
            "BROKER_SERVER_URI=tcp://0.0.0.0:1884"})
    void unspecifiedAddressUnderAListenerSchemeShouldNotBeReported(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.local-host", "sandbox.local-public-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api_addr=http://0.0.0.0:8210", "ADMIN_API_URI=http://0.0.0.0:8011",
            "PUBLIC_SITE_URL=https://0.0.0.0:3443", "hive.metastore.uris=thrift://127.0.0.1:9084",
            "OPCUA_ENDPOINT_URL=opc.tcp://localhost:4841/plant/server/"})
    void webUrlOnTheUnspecifiedAddressAndLoopbackUnderAListenerSchemeShouldStayReported(String line) {
        List<Finding> findings = SandboxRuleChecks.onLine(line);
        assertThat(findings).as(line).isNotEmpty()
                .allSatisfy(finding -> assertThat(finding.message()).startsWith(line.substring(0, line.indexOf('='))));
    }
}
