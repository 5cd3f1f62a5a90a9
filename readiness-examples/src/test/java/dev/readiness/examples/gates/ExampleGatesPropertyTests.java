package dev.readiness.examples.gates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Stage;
import dev.readiness.examples.afrigest.AfriGestGates;
import dev.readiness.examples.orderhub.OrderHubGates;
import dev.readiness.examples.rappit.RappitGates;
import dev.readiness.examples.shopee.ShopeeGates;
import dev.readiness.examples.storewidget.StoreWidgetGates;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every custom gate of every example, fed arbitrary text under every key it reads (empty, control characters,
 * unpaired surrogates, non-ASCII, about a megabyte): it answers with findings, never an exception, and no finding
 * repeats a value it was not meant to show.
 */
class ExampleGatesPropertyTests {

    private static final List<Gate> GATES = all();

    /** Keys whose values are public by nature and which findings may name: origins, hosts, modes, lifetimes. */
    private static final Set<String> SHOWN = Set.of("ALLOWED_ORIGINS", "CORS_ORIGINS", "rappit.cors.allowed-origins",
            "NODE_ENV", "logging.level.root", "FEDEX_API_URL", "DHL_API_URL", "dhl.api-url", "fedex.api-url",
            "ACCESS_TTL", "REFRESH_TTL");

    private static final List<String> KEYS = List.of("AES_SECRET_KEY", "NODE_ENV", "SUPERADMIN_EMAIL",
            "ALERT_WEBHOOK_URL", "ALLOWED_ORIGINS", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "PAYPAL_CLIENT_ID",
            "ACCESS_TTL", "REFRESH_TTL", "VITE_API_URL", "SHOPIFY_API_KEY", "SHOPIFY_API_SECRET",
            "CREDENTIALS_ENCRYPTION_KEY", "CORS_ORIGINS", "WEBHOOK_BASE_URL", "S3_ENDPOINT", "GOOGLE_CLIENT_ID",
            "NEXT_PUBLIC_GOOGLE_CLIENT_ID", "RATE_LIMIT_ENABLED", "API_URL", "JWT_SECRET", "dhl.api-url",
            "fedex.api-url", "rappit.cors.allowed-origins", "rappit.oauth.test-endpoints", "logging.level.root");

    private static List<Gate> all() {
        List<Gate> gates = new ArrayList<>();
        gates.addAll(ShopeeGates.all());
        gates.addAll(AfriGestGates.all());
        gates.addAll(OrderHubGates.all());
        gates.addAll(StoreWidgetGates.all());
        gates.addAll(RappitGates.all());
        return gates;
    }

    @Property(tries = 400)
    void checkShouldNeverThrow(@ForAll("keys") String key, @ForAll("values") String value) throws Exception {
        Settings settings = Settings.of(Map.of(key, value));
        for (Stage stage : Stage.values()) {
            for (Gate gate : GATES) {
                assertThat(gate.check(GateContext.of(stage, settings))).as(gate.id()).isNotNull();
            }
        }
    }

    @Property(tries = 400)
    void findingsShouldNeverEchoAHiddenValue(@ForAll("keys") String key, @ForAll("values") String value)
            throws Exception {
        String planted = value + "Zq7Canary";
        Settings settings = Settings.of(Map.of(key, planted));
        for (Stage stage : Stage.values()) {
            for (Gate gate : GATES) {
                for (Finding finding : gate.check(GateContext.of(stage, settings)).findings()) {
                    if (!SHOWN.contains(key)) {
                        assertThat(finding.message() + finding.remediation() + finding)
                                .as("%s on %s", gate.id(), key).doesNotContain("Zq7Canary");
                    }
                }
            }
        }
    }

    @Property(tries = 3)
    void checkShouldHandleValuesOfAboutAMegabyte(@ForAll("keys") String key) throws Exception {
        for (String huge : List.of("https://" + "a".repeat(1_000_000) + ".example.org", "f".repeat(1_000_000),
                "1".repeat(1_000_000) + "d", "http://localhost," + "x".repeat(1_000_000))) {
            Settings settings = Settings.of(Map.of(key, huge));
            for (Gate gate : GATES) {
                assertThat(gate.check(GateContext.of(Stage.PRODUCTION, settings))).as(gate.id()).isNotNull();
            }
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(KEYS);
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars('\u0000', '\u001f', '\ud800', '\udfff', 'é', '中', ' ', ',', '*', ':',
                        '/', '%', '[', ']', '@').ofMaxLength(40),
                Arbitraries.of("", " ", "*", "http://", "https://", "https://[::1", "https://a b", "15", "15x",
                        "99999999999999999999d", "1e9d", "-1m", "0.0000001ms", "true", "TRUE", "yes", "\u0000",
                        "\ud800", "0x", "==", "AAAA====", "https://user:pass@host:99999/x"),
                Arbitraries.strings().withCharRange('0', 'f').ofMinLength(1).ofMaxLength(70),
                Arbitraries.strings().alpha().numeric().withChars('+', '/', '=', '-', '_').ofMaxLength(50));
    }
}
