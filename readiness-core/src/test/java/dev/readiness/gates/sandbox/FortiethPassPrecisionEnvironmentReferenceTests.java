package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fortieth pass, precision: {@code env://NAME}, the reference Tyk's gateway and Ory's services resolve from the
 * environment variable of that name, is no address, so a stage word in the variable's name
 * ({@code env://test_client_cert}) is no sandbox host; an {@code env://} value with a host, a port or a path is no
 * variable's name and stays judged as the address it is.
 */
class FortiethPassPrecisionEnvironmentReferenceTests {

    /** The production findings on the key of one line of a Tyk-style properties file, read as the CLI reads it. */
    private static List<Finding> onLine(String line) {
        Settings settings = ApplicationConfig.builder().configText("tyk.properties", line + "\n").build().settings();
        return SandboxRuleChecks.on(new SandboxGate(ProviderCatalog.builtIn())
                .check(GateContext.of(Stage.PRODUCTION, settings)).findings(), line.substring(0, line.indexOf('=')));
    }

    @Test
    void anEnvironmentReferenceNamingATestVariableShouldNotBeReported() {
        assertThat(onLine("security.certificates.upstream.*.env=env://test_client_cert")).isEmpty();
        assertThat(onLine("KRATOS_DSN=env://DSN")).isEmpty();
    }

    @Test
    void anEnvironmentSchemeBeforeATestHostAndPortShouldStayReported() {
        List<Finding> address = onLine("UPSTREAM_URL=env://test-gateway.acme.io:8080/v1");
        assertThat(address).extracting(Finding::code).contains("sandbox.host");
        assertThat(onLine("UPSTREAM_URL=https://test-gateway.acme.io/v1")).isNotEmpty();
    }
}
