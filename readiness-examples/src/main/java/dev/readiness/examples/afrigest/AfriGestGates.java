package dev.readiness.examples.afrigest;

import dev.readiness.Gate;
import dev.readiness.examples.gates.AllowedOriginsGate;
import dev.readiness.examples.gates.HttpsUrlGate;
import dev.readiness.examples.gates.RequiredWithGate;
import java.util.List;

/**
 * AfriGest's own gates, beside the built-in ones:
 * <ul>
 *   <li>{@code afrigest.cors}: {@code ALLOWED_ORIGINS=https://app.<domain>}, never {@code *} nor a development
 *       origin;</li>
 *   <li>{@code afrigest.providers}: a configured payment provider has the secret that verifies its callbacks
 *       ({@code STRIPE_SECRET_KEY} ⇒ {@code STRIPE_WEBHOOK_SECRET}, PayPal client id ⇒ secret, MTN MoMo key ⇒ user
 *       id);</li>
 *   <li>{@code afrigest.token-ttl}: {@link TokenTtlGate};</li>
 *   <li>{@code afrigest.https}: the API URL the web app calls ({@code VITE_API_URL}) is HTTPS ("enforce TLS").</li>
 * </ul>
 * JWT access and refresh secrets that must differ need no custom gate: the built-in {@code secrets.reused} finds one
 * value under two keys.
 */
public final class AfriGestGates {

    private AfriGestGates() {
    }

    /**
     * Every custom gate of this example.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return List.of(
                new AllowedOriginsGate("afrigest.cors", "ALLOWED_ORIGINS"),
                RequiredWithGate.builder("afrigest.providers")
                        .whenSet("STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET",
                                "Stripe webhooks cannot be verified, so forged payment events would be accepted")
                        .whenSet("PAYPAL_CLIENT_ID", "PAYPAL_CLIENT_SECRET",
                                "PayPal payments cannot be created or captured")
                        .whenSet("MTN_MOMO_API_KEY", "MTN_MOMO_USER_ID",
                                "MTN MoMo requests cannot be authenticated")
                        .build(),
                new TokenTtlGate(),
                new HttpsUrlGate("afrigest.https", "VITE_API_URL"));
    }
}
