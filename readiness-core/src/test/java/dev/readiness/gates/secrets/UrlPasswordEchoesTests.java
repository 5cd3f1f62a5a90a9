package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static List<Finding> checkProperties(String text) {
        Settings settings = ApplicationConfig.builder().configText("application.properties", text).build().settings();
        return new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings();
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

    @Test
    void checkWhenAUrlReferencesTheWeakPasswordRatherThanWritingItShouldReportThePasswordOnly() throws IOException {
        Path env = Files.createTempFile("prod", ".env");
        Files.writeString(env, """
                POSTGRES_USER=opencve
                POSTGRES_PASSWORD=opencve
                SQL_ALCHEMY_CONN=postgresql://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/opencve
                RESULT_BACKEND=db+postgresql://${POSTGRES_USER}:opencve@postgres:5432/opencve
                """);
        try {
            Settings settings = ApplicationConfig.builder().envFile(env).build().settings();

            assertThat(new SecretsGate().check(GateContext.of(Stage.PRODUCTION, settings)).findings())
                    .extracting(Finding::subject).containsExactlyInAnyOrder("POSTGRES_PASSWORD", "RESULT_BACKEND");
        } finally {
            Files.delete(env);
        }
    }

    @Test
    void checkWhenAUrlUnderAnOrdinaryKeyWritesAWeakPasswordItselfShouldReportTheUrl() {
        List<Finding> findings = check("eureka.client.service-url.defaultZone",
                "http://user:password@registry:8761/eureka/");

        assertThat(findings).extracting(Finding::subject).containsExactly("eureka.client.service-url.defaultZone");
        assertThat(findings.get(0).message()).startsWith("carries a password in its URL that")
                .doesNotContain("password@");
        assertThat(checkProperties("eureka.client.service-url.defaultZone="
                + "http://user:${REGISTRY_SERVER_PASSWORD:password}@registry:8761/eureka/\n"))
                .extracting(Finding::subject).containsExactly("eureka.client.service-url.defaultZone");
        assertThat(checkProperties("eureka.client.service-url.defaultZone="
                + "http://user:${REGISTRY_SERVER_PASSWORD}@registry:8761/eureka/\n")).isEmpty();
        assertThat(check("BROKER_URL", "amqp://app:password@rabbitmq:5672/")).isEmpty();
        assertThat(check("eureka.client.service-url.defaultZone", "http://user:" + STRONG + "@registry:8761/eureka/"))
                .isEmpty();
        assertThat(check("eureka.client.service-url.defaultZone", "http://registry:8761/eureka/")).isEmpty();
    }
}
