package dev.readiness.gates.secrets;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;

/** The secrets gate's production check of a values file written as one line, for the per-pass test tables. */
final class ValuesFileChecks {

    private ValuesFileChecks() {
    }

    /** The codes for {@code key} in a properties file of {@code lines} joined by {@code |}. */
    static List<String> codesIn(String lines, String key) {
        Settings settings = Settings.builder()
                .properties("values-production.properties", lines.replace('|', '\n') + "\n").build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).map(Finding::code).toList();
    }

    /** The codes for the key of the last line of {@code lines} joined by {@code |}. */
    static List<String> codesOfLastKey(String lines) {
        String last = lines.substring(lines.lastIndexOf('|') + 1);
        return codesIn(lines, last.substring(0, last.indexOf('=')));
    }
}
