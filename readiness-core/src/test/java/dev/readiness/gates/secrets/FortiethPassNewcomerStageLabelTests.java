package dev.readiness.gates.secrets;

import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Session 40's newcomer: a Railway service's production variables kept the development run's labels,
 * {@code SHOPIFY_API_KEY=dev_shopify_api_key} beside {@code SHOPIFY_API_SECRET}. The key is the public half of the
 * pair, judged for placeholders only, and a value with a word of its own ({@code dev}) was not read as an echo of
 * its key: the development API key went unnamed. A stage word before the key's name is a label now.
 */
class FortiethPassNewcomerStageLabelTests {

    private static final String SOUND_SECRET = "9fQ2vX7kLp4Rt8Zw1Nc6Hb3Md5Js0Ga";

    @Test
    void aDevelopmentLabelOfThePairsPublicHalfIsNamed() {
        GateCheck.run(Stage.PRODUCTION, Map.of("SHOPIFY_API_KEY", "dev_shopify_api_key",
                        "SHOPIFY_API_SECRET", SOUND_SECRET), new SecretsGate())
                .isNoGo()
                .hasFinding("secrets.placeholder", "SHOPIFY_API_KEY")
                .hasNoFinding("secrets.placeholder", "SHOPIFY_API_SECRET");
    }

    @Test
    void aStageWordBeforeTheKeysEndIsALabelToo() {
        GateCheck.run(Stage.PRODUCTION, Map.of("SHOPIFY_WEBHOOK_SECRET", "test-webhook-secret",
                        "STRIPE_API_KEY", "sandbox_stripe_api_key", "GEMINI_API_KEY", "LOCAL_GEMINI_API_KEY"),
                        new SecretsGate())
                .hasFinding("secrets.placeholder", "SHOPIFY_WEBHOOK_SECRET")
                .hasFinding("secrets.placeholder", "STRIPE_API_KEY")
                .hasFinding("secrets.placeholder", "GEMINI_API_KEY");
    }

    @Test
    void aStageWordBeforeOtherTextIsNotALabel() {
        // a random key after a stage word is judged as a key, and a sound public half stays clean
        GateCheck.run(Stage.PRODUCTION, Map.of("SHOPIFY_API_KEY", "dev_" + SOUND_SECRET,
                        "SHOPIFY_API_SECRET", SOUND_SECRET.toLowerCase(java.util.Locale.ROOT) + "Q"), new SecretsGate())
                .hasNoFinding("secrets.placeholder");
        GateCheck.run(Stage.PRODUCTION, Map.of("SHOPIFY_API_KEY", "3b8f0c2d9e7a41f6b5c8d2e0a9f7c3b1",
                        "SHOPIFY_API_SECRET", SOUND_SECRET), new SecretsGate())
                .hasNoFindings();
    }

    @Test
    void notAStageWordIsLeftAsBefore() {
        GateCheck.run(Stage.PRODUCTION, Map.of("SHOPIFY_API_KEY", "shop_shopify_api_key",
                        "SHOPIFY_API_SECRET", SOUND_SECRET), new SecretsGate())
                .hasNoFinding("secrets.placeholder", "SHOPIFY_API_KEY");
    }
}
