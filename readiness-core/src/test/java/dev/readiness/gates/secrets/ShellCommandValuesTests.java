package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellCommandValuesTests {

    private static List<Finding> findings(String file, String key, String value) {
        Settings settings = Settings.builder().add(Setting.of(key, value, Origin.file(file, 7))).build();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings().stream()
                .filter(finding -> finding.subject().equals(key)).toList();
    }

    @Test
    void checkWhenASourcedEnvFileGeneratesTheSecretShouldOnlyInform() {
        List<Finding> found = findings("config.example.env", "SHARED_SECRET", "$(head -c32 /dev/urandom | base64)");

        assertThat(found).extracting(Finding::code).containsExactly("secrets.shell-generated");
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(findings(".env", "COOKIE_SECRET", "`openssl rand -hex 32`")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void checkWhenTheCommandIsOnlyPartOfTheValueOrNotInAnEnvFileShouldJudgeTheText() {
        assertThat(findings("config.example.env", "SHARED_SECRET", "$(whoami)-changeme")).extracting(Finding::code)
                .doesNotContain("secrets.shell-generated");
        assertThat(findings("config.example.env", "SHARED_SECRET", "$(echo a) $(echo b)")).extracting(Finding::code)
                .doesNotContain("secrets.shell-generated");
        assertThat(findings("application.properties", "app.shared-secret", "$(head -c32 /dev/urandom | base64)"))
                .extracting(Finding::code).doesNotContain("secrets.shell-generated").isNotEmpty();
    }
}
