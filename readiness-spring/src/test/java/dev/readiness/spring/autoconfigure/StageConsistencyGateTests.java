package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageConsistencyGateTests {

    private static final String LIVE_KEY = "sk_live_" + "51HcanaryQ8wX3vRz0123456789";

    @ParameterizedTest(name = "[{index}] {0} with profiles [{1}] and {2}={3} stays GO")
    @CsvSource(delimiter = '|', textBlock = """
            DEVELOPMENT | dev         | APP_ENV         | development
            DEVELOPMENT | local,mysql | ENVIRONMENT     | local
            DEVELOPMENT | ''          | STRIPE_KEY      | sk_test_51HcanaryQ8wX3vRz0123456789
            DEVELOPMENT | ''          | STRIPE_PUBLIC   | pk_test_51HcanaryQ8wX3vRz0123456789
            TEST        | test        | management.endpoint.health.probes.enabled | true
            TEST        | ci          | app.mode        | liveness-check
            TEST        | ''          | STRIPE_KEY      | sk_live_
            DEVELOPMENT | ''          | ENV             | /etc/profile
            DEVELOPMENT | ''          | APP_ENV         | blue
            PRODUCTION  | prod        | STRIPE_KEY      | sk_live_51HcanaryQ8wX3vRz0123456789
            STAGING     | staging     | APP_ENV         | production
            """)
    void consistentConfigurationsShouldStayGo(Stage stage, String profiles, String key, String value) {
        assertThat(check(stage, profiles, Map.of(key, value)).findings()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0} with profiles [{1}] and {2} is a mismatch")
    @CsvSource(delimiter = '|', textBlock = """
            DEVELOPMENT | prod        | app.name        | shop             | spring.profiles.active | active profile 'prod'
            TEST        | dev,live    | app.name        | shop             | spring.profiles.active | active profile 'live'
            DEVELOPMENT | eu-staging  | app.name        | shop             | spring.profiles.active | active profile 'eu-staging'
            DEVELOPMENT | ''          | APP_ENV         | production       | APP_ENV                | map
            TEST        | ''          | ENVIRONMENT     | uat              | ENVIRONMENT            | map
            DEVELOPMENT | ''          | STRIPE_KEY      | LIVE             | STRIPE_KEY             | map
            DEVELOPMENT | ''          | stripe.restricted | rk_live_51HcanaryQ8wX3vRz01234 | stripe.restricted | map
            """)
    void productionSignalsInAReportingStageShouldBeNoGo(Stage stage, String profiles, String key, String value,
            String subject, String origin) {
        String actual = value.equals("LIVE") ? LIVE_KEY : value;

        List<Finding> findings = check(stage, profiles, Map.of(key, actual)).findings();

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("stage.mismatch");
            assertThat(finding.subject()).isEqualTo(subject);
            assertThat(finding.origin().description()).isEqualTo(origin);
            assertThat(finding.message()).contains("The stage is " + stage.id() + " (from readiness.stage)");
            if (actual.contains("_live_")) {
                String secretPart = actual.substring(actual.indexOf("_live_") + 6);
                for (int i = 0; i + 4 <= secretPart.length(); i++) {
                    assertThat(finding.toString() + finding.remediation())
                            .doesNotContain(secretPart.substring(i, i + 4));
                }
            }
        });
    }

    private static Outcome check(Stage stage, String profiles, Map<String, String> settings) {
        Set<String> active = new LinkedHashSet<>(Arrays.asList(profiles.split(",")));
        active.removeIf(String::isBlank);
        StageConsistencyGate gate = new StageConsistencyGate(new StageResolution(stage, "readiness.stage", true),
                active);
        return gate.check(GateContext.of(stage, Settings.builder().map(settings, "map").build()));
    }

}
