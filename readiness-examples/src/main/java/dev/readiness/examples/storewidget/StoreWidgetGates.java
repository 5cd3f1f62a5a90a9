package dev.readiness.examples.storewidget;

import dev.readiness.Gate;
import dev.readiness.examples.gates.AllowedOriginsGate;
import dev.readiness.examples.gates.DevelopmentValuesGate;
import dev.readiness.examples.gates.HttpsUrlGate;
import dev.readiness.examples.gates.ProductionSwitchGate;
import dev.readiness.examples.gates.RequiredWithGate;
import dev.readiness.examples.gates.RuntimeModeGate;
import dev.readiness.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The widget service's own gates, beside the built-in ones:
 * <ul>
 *   <li>{@code storewidget.node-env}: {@code NODE_ENV=production} in all services;</li>
 *   <li>{@code storewidget.cors}: {@code CORS_ORIGINS} (API and dashboard) lists production HTTPS origins only;</li>
 *   <li>{@code storewidget.integrations}: Shopify's API secret (webhook HMAC verification) when the Shopify app is
 *       configured, the AWS secret key when its key id is;</li>
 *   <li>{@code storewidget.rate-limit}: {@code RATE_LIMIT_ENABLED} is not switched off in production;</li>
 *   <li>{@code storewidget.https}: the services' public URLs are HTTPS;</li>
 *   <li>{@code storewidget.development-values}: no credential or address keeps its value from
 *       {@code storewidget/development.properties} ("API keys regenerated from development values").</li>
 * </ul>
 */
public final class StoreWidgetGates {

    /** The development configuration production is compared with. */
    public static final String DEVELOPMENT_CONFIGURATION = "storewidget/development.properties";

    private StoreWidgetGates() {
    }

    /**
     * Every custom gate of this example, comparing production with the bundled development configuration.
     *
     * @return the gates
     */
    public static List<Gate> all() {
        return all(development());
    }

    /**
     * Every custom gate of this example.
     *
     * @param development the development configuration to compare production with
     * @return the gates
     */
    public static List<Gate> all(Settings development) {
        return List.of(
                new RuntimeModeGate("storewidget.node-env", "NODE_ENV", "production"),
                new AllowedOriginsGate("storewidget.cors", "CORS_ORIGINS"),
                RequiredWithGate.builder("storewidget.integrations")
                        .whenSet("SHOPIFY_API_KEY", "SHOPIFY_API_SECRET",
                                "Shopify webhook HMACs cannot be verified, so forged webhooks would be accepted")
                        .whenSet("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "product images cannot be stored")
                        .build(),
                new ProductionSwitchGate("storewidget.rate-limit", "RATE_LIMIT_ENABLED", true, true, "disabled",
                        "the API and widget endpoints accept unlimited requests (and Gemini calls cost money)"),
                new HttpsUrlGate("storewidget.https", "API_URL", "DASHBOARD_URL", "WIDGET_URL"),
                new DevelopmentValuesGate("storewidget.development-values", development));
    }

    /**
     * The bundled development configuration.
     *
     * @return its settings, each with the file as origin
     */
    public static Settings development() {
        Properties properties = new Properties();
        try (InputStream in = StoreWidgetGates.class.getClassLoader().getResourceAsStream(DEVELOPMENT_CONFIGURATION)) {
            if (in == null) {
                throw new IllegalStateException(DEVELOPMENT_CONFIGURATION + " is missing from the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEVELOPMENT_CONFIGURATION, e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return Settings.builder().map(values, DEVELOPMENT_CONFIGURATION).build();
    }
}
