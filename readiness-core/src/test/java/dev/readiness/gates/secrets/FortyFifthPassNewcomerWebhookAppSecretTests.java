package dev.readiness.gates.secrets;

import static dev.readiness.gates.secrets.GateRuns.findingsIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import org.junit.jupiter.api.Test;

/**
 * Forty-fifth pass, newcomer (seed 004, a Shopify widget on Railway). Shopify signs every webhook with the app's client
 * secret, so a sound production env file holds {@code SHOPIFY_WEBHOOK_SECRET} equal to {@code SHOPIFY_API_SECRET}; the
 * forty-third pass's rule for one literal pasted under several keys made each a WARN {@code secrets.likely-published}
 * ("give each key a value of its own"), advice Shopify's design makes impossible, and an older app's secret without
 * the {@code shpss_} prefix was a NO-GO {@code secrets.reused}. One provider's webhook secret equal to its app, client,
 * API or auth secret is now neither; the service's own keys without a provider's name, a third copy, and two other
 * secrets of one provider stay reported. Random values were generated for this test.
 */
class FortyFifthPassNewcomerWebhookAppSecretTests {

    private static final String ISSUED = "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";
    private static final String HEX = "7d2f9a4c1e8b3f6a0d5c9e2b7f1a4c8e";
    private static final String RANDOM = "kQ7vN2xR9pLm4TzW8sYb3HcJ6fDg1AeUq5Wz";

    @Test
    void shopifysWebhookSecretIsTheAppsClientSecret() {
        String[] env = {"SHOPIFY_API_KEY=4f8a2c9e1b7d3f6a0c5e8b2d9f1a7c3e", "SHOPIFY_API_SECRET=" + ISSUED,
            "SHOPIFY_WEBHOOK_SECRET=" + ISSUED, "PGPASSWORD=" + RANDOM};

        assertThat(findingsIn("prod.env", "SHOPIFY_API_SECRET", env)).isEmpty();
        assertThat(findingsIn("prod.env", "SHOPIFY_WEBHOOK_SECRET", env)).isEmpty();
    }

    @Test
    void anOlderAppsHexSecretIsNoReuseEither() {
        String[] env = {"SHOPIFY_API_SECRET_KEY=" + HEX, "SHOPIFY_WEBHOOK_SECRET=" + HEX};

        assertThat(findingsIn("prod.env", "SHOPIFY_WEBHOOK_SECRET", env)).isEmpty();
        assertThat(findingsIn("prod.env", "SHOPIFY_API_SECRET_KEY", env)).isEmpty();
    }

    @Test
    void metaAndTwilioSignWithTheAppSecretAndTheAuthToken() {
        assertThat(findingsIn("prod.env", "FACEBOOK_WEBHOOK_SECRET", "FACEBOOK_APP_SECRET=" + HEX,
                "FACEBOOK_WEBHOOK_SECRET=" + HEX)).isEmpty();
        assertThat(findingsIn("shop.properties", "shop.facebook.webhook-secret",
                "shop.facebook.app-secret=" + RANDOM, "shop.facebook.webhook-secret=" + RANDOM)).isEmpty();
        assertThat(findingsIn("prod.env", "TWILIO_WEBHOOK_TOKEN", "TWILIO_AUTH_TOKEN=" + HEX,
                "TWILIO_WEBHOOK_TOKEN=" + HEX)).isEmpty();
    }

    @Test
    void theServicesOwnKeysWithoutAProviderStayReported() {
        assertThat(findingsIn("prod.env", "WEBHOOK_SECRET", "API_SECRET=" + RANDOM, "WEBHOOK_SECRET=" + RANDOM))
                .extracting(Finding::code).containsAnyOf("secrets.reused", "secrets.likely-published");
    }

    @Test
    void aThirdCopyOrTwoOtherSecretsOfOneProviderStayReported() {
        assertThat(findingsIn("prod.env", "SHOPIFY_WEBHOOK_SECRET", "SHOPIFY_API_SECRET=" + ISSUED,
                "SHOPIFY_WEBHOOK_SECRET=" + ISSUED, "GEMINI_API_SECRET=" + ISSUED))
                .extracting(Finding::code).contains("secrets.likely-published");
        assertThat(findingsIn("prod.env", "SHOPIFY_STOREFRONT_SECRET", "SHOPIFY_API_SECRET=" + ISSUED,
                "SHOPIFY_STOREFRONT_SECRET=" + ISSUED))
                .extracting(Finding::code).contains("secrets.likely-published");
        assertThat(findingsIn("prod.env", "STRIPE_WEBHOOK_SECRET", "SHOPIFY_API_SECRET=" + HEX,
                "STRIPE_WEBHOOK_SECRET=" + HEX)).extracting(Finding::code).contains("secrets.reused");
        assertThat(findingsIn("prod.env", "GITHUB_WEBHOOK_SECRET", "GITHUB_CLIENT_SECRET=" + HEX,
                "GITHUB_WEBHOOK_SECRET=" + HEX)).extracting(Finding::code).contains("secrets.reused");
    }
}
