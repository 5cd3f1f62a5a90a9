package dev.readiness.gates.internal;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The WARN and NO-GO codes the secrets and database gates give settings in production, for the reference tests. */
final class GateCodes {

    private GateCodes() {
    }

    static List<String> of(String key, String value) {
        return of(Map.of(key, value));
    }

    static List<String> of(Map<String, String> values) {
        GateContext context = GateContext.of(Stage.PRODUCTION, Settings.of(values));
        return Stream.concat(new SecretsGate().check(context).findings().stream(),
                new DatabaseGate().check(context).findings().stream())
                .filter(finding -> finding.severity() != Severity.INFO).map(Finding::code).toList();
    }
}
