package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Runs the secrets gate for production on an env file in the directory that holds the comment over a blank key,
     * and gives the findings on that key.
     */
    static List<Finding> commentedBlankFindings(Path directory, String comment, String key) throws IOException {
        Path file = Files.writeString(directory.resolve("app.env"), comment + "\n" + key + "=\n");
        return GateCheck.forStage(Stage.PRODUCTION)
                .settings(ApplicationConfig.builder().envFile(file).build().settings())
                .gates(new SecretsGate()).run().report().findings()
                .filter(finding -> finding.subject().equals(key)).toList();
    }
}
