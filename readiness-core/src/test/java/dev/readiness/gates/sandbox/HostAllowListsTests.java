package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A site's Host allow-list of the local machine only, on both sides. */
class HostAllowListsTests {

    @ParameterizedTest
    @ValueSource(strings = {"ALLOWED_HOSTS=localhost,127.0.0.1,0.0.0.0", "DJANGO_ALLOWED_HOSTS=localhost 127.0.0.1 [::1]",
        "ALLOWED_HOSTS=localhost,localhost:8000", "AllowedHosts=localhost", "ALLOWED_HOSTS=['localhost','127.0.0.1']"})
    void aListOfTheLocalMachineOnlyShouldStopProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(production(line + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALLOWED_HOSTS=shop.acme-corp.io,127.0.0.1,localhost",
        "DJANGO_ALLOWED_HOSTS=localhost 127.0.0.1 0.0.0.0 app nginx", "ALLOWED_HOSTS=*", "AllowedHosts=*",
        "MCP_ALLOWED_HOSTS=127.0.0.1,localhost", "ALLOWED_HOSTS=${ALLOWED_HOSTS}", "ALLOWED_HOSTS=",
        "CORS_ALLOWED_HOSTS_LIMIT=5"})
    void aListWithTheSitesOwnNamesOrAnotherProductsListShouldStayClean(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(production(line + "\n"), key)).isEmpty();
    }
}
