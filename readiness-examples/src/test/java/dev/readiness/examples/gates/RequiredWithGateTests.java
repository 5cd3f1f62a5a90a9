package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequiredWithGateTests {

    private final RequiredWithGate gate = RequiredWithGate.builder("acme.webhooks")
            .whenSet("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "webhooks cannot be verified")
            .whenSet("SHOPIFY_API_KEY", "SHOPIFY_API_SECRET", "HMACs cannot be verified")
            .build();

    @Test
    void checkWhenProviderAndItsSecretAreSetShouldSayGo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("STRIPE_SECRET_KEY", "sk_live_x", "STRIPE_WEBHOOK_SECRET", "whsec_y",
                "SHOPIFY_API_KEY", "k", "SHOPIFY_API_SECRET", "s"), gate).isGo().hasNoFindings();
    }

    @Test
    void checkWhenProviderIsNotConfiguredShouldNotRequireItsSecret() {
        GateCheck.run(Stage.PRODUCTION, Map.of("STRIPE_SECRET_KEY", " "), gate).isGo().hasNoFindings();
    }

    @Test
    void checkWhenSecretIsMissingShouldSayNoGoNamingIt() {
        GateCheck.run(Stage.PRODUCTION, Map.of("STRIPE_SECRET_KEY", "sk_live_x"), gate).isNoGo()
                .hasFinding("acme.webhooks.missing", "STRIPE_WEBHOOK_SECRET");
    }

    @Test
    void checkWhenSecretIsBlankShouldSayNoGoOnItsKey() {
        GateCheck.run(Stage.STAGING, Map.of("shopify.api-key", "k", "shopify.api-secret", ""), gate).isNoGo()
                .hasFinding("acme.webhooks.missing", "shopify.api-secret");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"DEVELOPMENT", "TEST"})
    void checkOutsideStagingAndProductionShouldSayNothing(Stage stage) {
        GateCheck.run(stage, Map.of("STRIPE_SECRET_KEY", "sk_test_x"), gate).isGo().hasNoFindings();
    }

    @Test
    void buildWithoutRulesShouldBeRefused() {
        assertThatIllegalStateException().isThrownBy(() -> RequiredWithGate.builder("acme.x").build())
                .withMessageContaining("whenSet");
    }
}
