package dev.readiness.gates.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 36's newcomer required the checklist's variables ({@code readiness.settings.required: DATABASE_URL,
 * JWT_SECRET, REDIS_URL}) and wrote {@code spring.data.redis.url: ${REDIS_URL}}; a deploy without {@code REDIS_URL}
 * was refused at boot with two findings for one fix: {@code settings.missing} on {@code REDIS_URL} and a
 * {@code settings.unresolved} WARN on {@code spring.data.redis.url}. The missing finding now names the key that refers
 * to the variable, and that key has no finding of its own; a key referring to another undefined variable still has.
 */
class ThirtySixthPassNewcomerMissingReferencedTests {

    @Test
    void aMissingRequiredVariableIsOneFindingNamingTheKeyThatRefersToIt() {
        Settings settings = Settings.builder()
                .add(Setting.unresolved("spring.data.redis.url", "${REDIS_URL}", Origin.of("application.yml:10:12"),
                        "REDIS_URL"))
                .add(Setting.unresolved("app.webhooks.base-url", "${WEBHOOK_BASE_URL}",
                        Origin.of("application.yml:19:15"), "WEBHOOK_BASE_URL"))
                .add(Setting.literal("readiness.settings.required", "DATABASE_URL, REDIS_URL",
                        Origin.of("application.yml:49:15")))
                .add(Setting.of("DATABASE_URL", "jdbc:postgresql://db.internal:5432/orders", Origin.of("env")))
                .build();

        List<Finding> findings = new RequiredSettingsGate(List.of()).check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).extracting(f -> f.code() + " " + f.severity() + " " + f.subject()).containsExactly(
                "settings.missing NO_GO REDIS_URL",
                "settings.unresolved WARN app.webhooks.base-url");
        assertThat(findings.get(0).message()).contains("spring.data.redis.url refers to it with no default");
    }

    @Test
    void aMissingRequiredVariableNothingRefersToReadsAsBefore() {
        Settings settings = Settings.builder()
                .add(Setting.literal("readiness.settings.required", "REDIS_URL", Origin.of("application.yml:49:15")))
                .build();

        List<Finding> findings = new RequiredSettingsGate(List.of()).check(GateContext.of(Stage.PRODUCTION, settings))
                .findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("settings.missing");
            assertThat(f.message()).endsWith("(for example redis.url or REDIS_URL).");
        });
    }
}
