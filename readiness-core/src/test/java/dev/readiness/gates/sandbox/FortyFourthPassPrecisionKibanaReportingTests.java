package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.codesOnLine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The forty-fourth pass's precision reading of Kibana's reporting address (set 141's two {@code kibana.yml} files):
 * {@code xpack.reporting.kibanaServer.hostname=localhost} is where Kibana's own headless browser opens this same
 * Kibana to render a report, which Elastic documents for a Kibana bound to {@code 0.0.0.0}; it is no public URL.
 * Kibana's public address ({@code server.publicBaseUrl}) and other server host names on loopback stay reported, each
 * finding naming its key and not the value.
 */
class FortyFourthPassPrecisionKibanaReportingTests {

    @ParameterizedTest
    @ValueSource(strings = {"xpack.reporting.kibanaServer.hostname=localhost",
            "xpack.reporting.kibanaServer.hostname=127.0.0.1",
            "xpack.reporting.kibanaServer.url=http://localhost:5601"})
    void kibanasReportingSelfCallOnLoopbackShouldNotBeReported(String line) {
        assertThat(codesOnLine(line)).doesNotContain("sandbox.local-public-url", "sandbox.local-host");
    }

    @Test
    void kibanasPublicAddressAndOtherServerNamesOnLoopbackShouldStayReported() {
        for (String line : List.of("server.publicBaseUrl=http://localhost:5601", "web.server.hostname=localhost",
                "reporting.server.hostname=localhost")) {
            assertThat(SandboxRuleChecks.onLine(line)).as(line).isNotEmpty()
                    .allSatisfy(finding -> assertThat(finding.message()).startsWith(line.substring(0, line.indexOf('='))));
        }
    }
}
