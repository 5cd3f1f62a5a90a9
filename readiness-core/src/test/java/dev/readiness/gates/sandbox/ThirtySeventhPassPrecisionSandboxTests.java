package dev.readiness.gates.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The thirty-seventh pass's precision rule of the sandbox gate: a title under a server-name key (Zabbix's
 * {@code ZBX_SERVER_NAME=Zabbix Server}, the name its web front end shows) is no template text, though one of its
 * words ({@code Server}) is a word that describes a host setting; prose that asks for a value, or only describing
 * words, stays template text.
 */
class ThirtySeventhPassPrecisionSandboxTests {

    private static List<Finding> findings(String text, String key) {
        var settings = ApplicationConfig.builder().configText("production.env", text).build().settings();
        return new SandboxGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(f -> f.subject().equals(key) && f.severity() != Severity.INFO).toList();
    }

    @Test
    void aTitleWithADescribingWordShouldNotBeTemplateText() {
        assertThat(findings("ZBX_SERVER_NAME=Zabbix Server\n", "ZBX_SERVER_NAME")).isEmpty();
        assertThat(findings("SERVER_HOSTNAME=Acme Site\n", "SERVER_HOSTNAME")).isEmpty();
    }

    @Test
    void anAskingPhraseOrOnlyDescribingWordsShouldStayTemplateText() {
        for (String value : List.of("Your Server Name", "Server Name", "DNS SERVER", "Example Server",
                "your server host here")) {
            List<Finding> found = findings("ZBX_SERVER_NAME=" + value + "\n", "ZBX_SERVER_NAME");
            assertThat(found).as(value).extracting(Finding::code).containsExactly("sandbox.reserved-host");
            assertThat(found.get(0).message()).contains("ZBX_SERVER_NAME").doesNotContain(value);
        }
    }
}
