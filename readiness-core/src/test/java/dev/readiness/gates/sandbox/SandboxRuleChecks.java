package dev.readiness.gates.sandbox;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;

/** The sandbox gate's production check of a dotenv text, for the per-rule test tables. */
final class SandboxRuleChecks {

    private static final SandboxGate GATE = new SandboxGate(ProviderCatalog.builtIn());

    private SandboxRuleChecks() {
    }

    static List<Finding> production(String dotenv) {
        Settings settings = Settings.builder().dotenv("app.env", dotenv).build();
        return GATE.check(GateContext.of(Stage.PRODUCTION, settings)).findings();
    }

    static List<Finding> on(List<Finding> findings, String key) {
        return findings.stream().filter(finding -> finding.subject().equals(key)).toList();
    }

    /** The production findings on the key of one {@code KEY=value} line, judged alone. */
    static List<Finding> onLine(String line) {
        return on(production(line + "\n"), line.substring(0, line.indexOf('=')));
    }
}
