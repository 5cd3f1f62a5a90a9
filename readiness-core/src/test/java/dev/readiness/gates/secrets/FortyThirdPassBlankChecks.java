package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;

/** What the forty-third pass's blank-secret tests share: two settings, and whether the blank one is reported. */
final class FortyThirdPassBlankChecks {

    private FortyThirdPassBlankChecks() {
    }

    /**
     * Runs the secrets gate for production on two settings and asserts that the blank one is, or is not, a NO-GO
     * {@code secrets.blank} on its own key.
     */
    static void assertBlankReported(String otherKey, String otherValue, String blankKey, boolean reported) {
        var report = GateCheck.run(Stage.PRODUCTION, Map.of(otherKey, otherValue, blankKey, ""), new SecretsGate());
        if (reported) {
            report.isNoGo().hasFinding("secrets.blank", blankKey);
        } else {
            report.hasNoFinding("secrets.blank", blankKey);
        }
    }
}
