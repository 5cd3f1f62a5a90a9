package dev.readiness.examples.orderhub;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.examples.gates.AesKeyGate;
import dev.readiness.examples.gates.AllowedOriginsGate;
import dev.readiness.examples.gates.HttpsUrlGate;
import dev.readiness.examples.gates.RequiredWithGate;
import dev.readiness.examples.gates.RuntimeModeGate;
import dev.readiness.settings.Setting;
import java.util.List;
import java.util.Optional;

/**
 * The order hub's own gates, beside the built-in ones (and the {@code tenant} gate over its entities):
 * <ul>
 *   <li>{@code orderhub.integrations}: a configured integration has its verifying secret: Shopify's API secret
 *       (webhook HMAC), S3's secret access key;</li>
 *   <li>{@code orderhub.encryption-key}: {@code CREDENTIALS_ENCRYPTION_KEY}, which seals stored channel credentials
 *       ("proper credential encryption"), is a 256-bit AES key;</li>
 *   <li>{@code orderhub.cors}: {@code CORS_ORIGINS} lists production HTTPS origins only;</li>
 *   <li>{@code orderhub.https}: {@code WEBHOOK_BASE_URL} (registered with the channels) and {@code S3_ENDPOINT} are
 *       HTTPS;</li>
 *   <li>{@code orderhub.google-client}: API and front end use the same Google OAuth client;</li>
 *   <li>{@code orderhub.node-env}: {@code NODE_ENV=production}.</li>
 * </ul>
 */
public final class OrderHubGates {

    private OrderHubGates() {
    }

    /**
     * Every custom gate of this example.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return List.of(
                RequiredWithGate.builder("orderhub.integrations")
                        .whenSet("SHOPIFY_API_KEY", "SHOPIFY_API_SECRET",
                                "Shopify webhooks cannot be HMAC-verified, so forged orders would be accepted")
                        .whenSet("S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "labels cannot be stored")
                        .build(),
                new AesKeyGate("orderhub.encryption-key", "CREDENTIALS_ENCRYPTION_KEY", 32, "AES-256-GCM"),
                new AllowedOriginsGate("orderhub.cors", "CORS_ORIGINS"),
                new HttpsUrlGate("orderhub.https", "WEBHOOK_BASE_URL", "S3_ENDPOINT"),
                googleClient(),
                new RuntimeModeGate("orderhub.node-env", "NODE_ENV", "production"));
    }

    static Gate googleClient() {
        return Gate.of("orderhub.google-client", "API and front end use one Google OAuth client", context -> {
            if (context.stage() != Stage.STAGING && context.stage() != Stage.PRODUCTION) {
                return Outcome.go();
            }
            Optional<Setting> api = context.settings().get("GOOGLE_CLIENT_ID").filter(s -> !s.value().isBlank());
            Optional<Setting> web = context.settings().get("NEXT_PUBLIC_GOOGLE_CLIENT_ID")
                    .filter(s -> !s.value().isBlank());
            if (api.isEmpty() || web.isEmpty() || api.get().value().trim().equals(web.get().value().trim())) {
                return Outcome.go();
            }
            return Outcome.of(Finding.noGo("orderhub.google-client.mismatch", web.get())
                    .message("differs from GOOGLE_CLIENT_ID (" + api.get().origin() + "): the API rejects the ID "
                            + "tokens the front end obtains, so Google sign-in fails")
                    .remediation("use the production OAuth client's id in both")
                    .build());
        });
    }
}
