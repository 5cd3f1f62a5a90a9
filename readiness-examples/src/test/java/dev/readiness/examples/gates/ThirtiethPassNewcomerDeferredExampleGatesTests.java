package dev.readiness.examples.gates;

import dev.readiness.Gate;
import dev.readiness.Stage;
import dev.readiness.examples.afrigest.TokenTtlGate;
import dev.readiness.examples.rappit.CarrierUrlsGate;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thirtieth pass, newcomer (left by the twenty-ninth): the example gates judged a deferred setting's text. Before a
 * deploy a {@code ${X}} that nothing given defines reaches a gate as that text, marked deferred (supplied at run time),
 * and the README tells a gate to skip it as the built-in gates do; the examples' own gates, which the README offers
 * as models, reported {@code ${WEBHOOK_BASE_URL}} as "not an absolute URL", {@code ${NODE_ENV}} as not production, a
 * {@code ${RATE_LIMIT_ENABLED}} as not a boolean and a {@code ${JWT_SECRET}} reference written alike in development
 * and production as a reused development credential.
 */
class ThirtiethPassNewcomerDeferredExampleGatesTests {

    private static Settings deferred(String key, String variable) {
        return Settings.builder()
                .add(Setting.deferred(key, "${" + variable + "}", Origin.file("application-prod.yml", 3), variable))
                .build();
    }

    static Stream<Arguments> gates() {
        return Stream.of(
                Arguments.of(new HttpsUrlGate("acme.https", "WEBHOOK_BASE_URL"), "WEBHOOK_BASE_URL"),
                Arguments.of(new AesKeyGate("acme.aes-key", "AES_SECRET_KEY", 32, "AES-256-GCM"), "AES_SECRET_KEY"),
                Arguments.of(new ProductionSwitchGate("acme.rate-limit", "RATE_LIMIT_ENABLED", true, false, "disabled",
                        "unlimited requests"), "RATE_LIMIT_ENABLED"),
                Arguments.of(new RuntimeModeGate("acme.node-env", "NODE_ENV", "production"), "NODE_ENV"),
                Arguments.of(new AllowedOriginsGate("acme.cors", "ALLOWED_ORIGINS"), "ALLOWED_ORIGINS"),
                Arguments.of(new CarrierUrlsGate(), "DHL_API_URL"),
                Arguments.of(new TokenTtlGate(), "ACCESS_TTL"));
    }

    @ParameterizedTest(name = "{0} on a deferred {1}")
    @MethodSource("gates")
    void aDeferredValueShouldNotBeJudged(Gate gate, String key) {
        GateCheck.forStage(Stage.PRODUCTION).settings(deferred(key, key)).gates(gate).run()
                .isGo().hasNoFindings();
    }

    @Test
    void aReferenceWrittenAlikeInDevelopmentAndProductionIsNoReusedCredential() {
        Settings development = Settings.builder()
                .add(Setting.deferred("JWT_SECRET", "${JWT_SECRET}", Origin.file(".env.development", 1), "JWT_SECRET"))
                .build();
        GateCheck.forStage(Stage.PRODUCTION).settings(deferred("JWT_SECRET", "JWT_SECRET"))
                .gates(new DevelopmentValuesGate("acme.dev-values", development)).run()
                .isGo().hasNoFindings();
    }

    @Test
    void aWrittenValueIsStillJudged() {
        GateCheck.run(Stage.PRODUCTION, Map.of("WEBHOOK_BASE_URL", "http://hooks.example.org"),
                new HttpsUrlGate("acme.https", "WEBHOOK_BASE_URL")).isNoGo()
                .hasFinding("acme.https.not-https", "WEBHOOK_BASE_URL");
    }
}
