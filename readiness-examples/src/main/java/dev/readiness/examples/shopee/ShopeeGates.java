package dev.readiness.examples.shopee;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.examples.gates.AesKeyGate;
import dev.readiness.examples.gates.HttpsUrlGate;
import dev.readiness.examples.gates.RuntimeModeGate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Shopee→Amazon platform's own gates, beside the built-in {@code secrets}, {@code sandbox}, {@code database}
 * and {@code settings} gates:
 * <ul>
 *   <li>{@code shopee.aes-key}: {@code AES_SECRET_KEY} is a 256-bit key, as AES-256-GCM needs;</li>
 *   <li>{@code shopee.node-env}: {@code NODE_ENV=production} when deploying to production;</li>
 *   <li>{@code shopee.superadmin}: {@code SUPERADMIN_EMAIL} is a real mailbox, not a template address;</li>
 *   <li>{@code shopee.https}: {@code ALERT_WEBHOOK_URL}, when set, is HTTPS.</li>
 * </ul>
 * The gates read the same environment the API and the worker get, so one check covers both ("ensure
 * {@code AES_SECRET_KEY} is set and accessible to both API and worker").
 */
public final class ShopeeGates {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}");
    private static final List<String> TEMPLATE_DOMAINS = List.of("example.com", "example.org", "example.net",
            "test.com", "localhost");

    private ShopeeGates() {
    }

    /**
     * Every custom gate of this example.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return List.of(
                new AesKeyGate("shopee.aes-key", "AES_SECRET_KEY", 32, "AES-256-GCM"),
                new RuntimeModeGate("shopee.node-env", "NODE_ENV", "production"),
                superadmin(),
                new HttpsUrlGate("shopee.https", "ALERT_WEBHOOK_URL"));
    }

    static Gate superadmin() {
        return Gate.of("shopee.superadmin", "the bootstrap admin's e-mail is a real mailbox", context -> {
            if (context.stage() != Stage.PRODUCTION && context.stage() != Stage.STAGING) {
                return Outcome.go();
            }
            return context.settings().get("SUPERADMIN_EMAIL")
                    .filter(setting -> !setting.value().isBlank())
                    .filter(setting -> {
                        String email = setting.value().trim().toLowerCase(Locale.ROOT);
                        if (!EMAIL.matcher(email).matches()) {
                            return true;
                        }
                        String domain = email.substring(email.indexOf('@') + 1);
                        return TEMPLATE_DOMAINS.stream().anyMatch(t -> domain.equals(t) || domain.endsWith("." + t))
                                || domain.endsWith(".test") || domain.endsWith(".example") || domain.endsWith(".local")
                                || domain.endsWith(".invalid");
                    })
                    .map(setting -> Outcome.of(Finding.noGo("shopee.superadmin.email-invalid", setting)
                            .message("is not a deliverable address (malformed, or a reserved or template domain): "
                                    + "password resets and alerts for the bootstrap admin would go nowhere")
                            .remediation("set SUPERADMIN_EMAIL to the operations team's mailbox")
                            .build()))
                    .orElse(Outcome.go());
        });
    }
}
