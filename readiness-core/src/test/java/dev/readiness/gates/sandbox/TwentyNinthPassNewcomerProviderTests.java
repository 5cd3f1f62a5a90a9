package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 29's newcomer: a Spring service nesting its mobile money providers under one group
 * ({@code afrigest.payments.momo.mtn.env}, {@code afrigest.payments.momo.orange.env}) got the Orange Money switch
 * reported as "switches MTN MoMo to its sandbox": {@code momo} named MTN MoMo first.
 */
class TwentyNinthPassNewcomerProviderTests {

    private static final ProviderCatalog BUILT_IN = ProviderCatalog.builtIn();

    @Test
    void aProviderNamedByItsOwnWordComesBeforeOneNamedByAGenericWord() {
        assertThat(BUILT_IN.providersNamedBy(List.of("afrigest", "payments", "momo", "orange", "env")))
                .extracting(Provider::id).containsExactly("orange-money", "mtn-momo");
        assertThat(BUILT_IN.providersNamedBy(List.of("orange", "momo", "env")))
                .extracting(Provider::id).containsExactly("orange-money", "mtn-momo");
        assertThat(BUILT_IN.providersNamedBy(List.of("payments", "momo", "mtn", "env")))
                .extracting(Provider::id).containsExactly("mtn-momo");
        assertThat(BUILT_IN.providersNamedBy(List.of("momo", "env")))
                .extracting(Provider::id).containsExactly("mtn-momo");
    }

    @Test
    void theNestedOrangeSwitchNamesOrangeMoney() {
        Report report = GateCheck.runDiscovered(Stage.PRODUCTION, Map.of(
                        "afrigest.payments.momo.mtn.env", "sandbox",
                        "afrigest.payments.momo.orange.env", "sandbox"))
                .isNoGo()
                .hasFinding("sandbox.test-mode", "afrigest.payments.momo.mtn.env")
                .hasFinding("sandbox.test-mode", "afrigest.payments.momo.orange.env")
                .report();
        assertThat(message(report, "afrigest.payments.momo.orange.env")).contains("switches Orange Money to its sandbox");
        assertThat(message(report, "afrigest.payments.momo.mtn.env")).contains("switches MTN MoMo to its sandbox");
    }

    private static String message(Report report, String subject) {
        return report.gate("sandbox").orElseThrow().findings().stream()
                .filter(finding -> finding.subject().equals(subject)).map(Finding::message).findFirst().orElseThrow();
    }
}
