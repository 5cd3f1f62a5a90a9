package dev.readiness.gates.sandbox;

import static dev.readiness.gates.sandbox.SandboxRuleChecks.on;
import static dev.readiness.gates.sandbox.SandboxRuleChecks.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.readiness.Finding;
import dev.readiness.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A portal's URL is one that users are sent to; a health probe's is not. */
class PublicUrlWordsTests {

    @ParameterizedTest
    @ValueSource(strings = {"UrlPortal=http://localhost:4196", "CLIENT_PORTAL_URL=http://127.0.0.1:3000/portal"})
    void aPortalOnLoopbackShouldStopProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(production(line + "\n"), key)).extracting(Finding::code, Finding::severity)
                .containsExactly(tuple("sandbox.local-public-url", Severity.NO_GO));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PORTAL_URL=https://portal.acme-corp.io",
        "HEALTH_FAIL_URL=http://localhost:8081/internal/fail-probe"})
    void aProductionPortalOrALocalProbeShouldNotStopProduction(String line) {
        String key = line.substring(0, line.indexOf('='));
        assertThat(on(production(line + "\n"), key)).extracting(Finding::severity)
                .doesNotContain(Severity.NO_GO);
    }
}
