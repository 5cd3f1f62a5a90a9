package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlPasswordEchoesTests {

    private static final String STRONG = Samples.hex(32, 5);

    private static List<Finding> check(String... keysAndValues) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, Settings.of(settings))).findings();
    }

    @Test
    void checkWhenAUrlCarriesAWeakPasswordOfAnotherSettingShouldReportTheUrlToo() {
        List<Finding> findings = check("SIDEKIQ_REDIS_URL", "redis://:sidekickin@redis:6379/0",
                "REDIS_PASSWORD", "sidekickin");

        assertThat(findings).extracting(Finding::subject)
                .containsExactlyInAnyOrder("REDIS_PASSWORD", "SIDEKIQ_REDIS_URL");
        Finding url = findings.stream().filter(f -> f.subject().equals("SIDEKIQ_REDIS_URL")).findFirst().orElseThrow();
        assertThat(url.code()).isEqualTo("secrets.guessable");
        assertThat(url.message()).contains("REDIS_PASSWORD").doesNotContain("sidekickin");
    }

    @Test
    void checkWhenAUrlCarriesAStrongPasswordOrADifferentOneShouldLeaveItToTheDatabaseGate() {
        assertThat(check("REDIS_PASSWORD", STRONG, "REDIS_URL", "redis://:" + STRONG + "@redis:6379/0")).isEmpty();
        assertThat(check("REDIS_PASSWORD", "sidekickin", "CACHE_URL", "redis://:" + STRONG + "@redis:6379/0"))
                .extracting(Finding::subject).containsExactly("REDIS_PASSWORD");
        assertThat(check("ADMIN_EMAIL", "ops@sidekickin.example", "REDIS_PASSWORD", "sidekickin"))
                .extracting(Finding::subject).containsExactly("REDIS_PASSWORD");
    }
}
