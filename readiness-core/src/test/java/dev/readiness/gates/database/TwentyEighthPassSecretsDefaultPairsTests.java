package dev.readiness.gates.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bitnami's documented default password ({@code user}/{@code bitnami}) in a broker URL is a default pair. */
class TwentyEighthPassSecretsDefaultPairsTests {

    private static List<String> codes(String text) {
        return new DatabaseGate().check(GateContext.of(Stage.PRODUCTION, Settings.builder().dotenv(".env", text + "\n")
                .build())).findings().stream().map(Finding::code).toList();
    }

    @Test
    void bitnamisDefaultPasswordIsADefaultPair() {
        assertThat(WellKnownCredentials.isWellKnown("user", "bitnami")).isTrue();
        assertThat(codes("CELERY_BROKER_URL=amqp://user:bitnami@queue:5672")).contains("database.default-credentials");
    }

    @Test
    void aPasswordThatOnlyContainsTheWordStaysClean() {
        assertThat(WellKnownCredentials.isWellKnown("user", "bitnami-Qz7Xk2Lm9Pv4")).isFalse();
        assertThat(codes("CELERY_BROKER_URL=amqp://user:bitnami-Qz7Xk2Lm9Pv4@queue:5672"))
                .doesNotContain("database.default-credentials");
    }
}
