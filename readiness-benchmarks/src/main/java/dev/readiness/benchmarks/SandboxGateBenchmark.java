package dev.readiness.benchmarks;

import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.gates.sandbox.ProviderCatalog;
import dev.readiness.gates.sandbox.SandboxGate;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The {@code sandbox} gate over 1,000 mixed settings: provider URLs (sandbox and live), internal hosts, lists,
 * credentials (test and live), mode switches and plain values. {@code production} and {@code staging} judge a mix
 * in which 6 of 25 setting shapes are bad (about 240 findings in production, a worst case);
 * {@code productionHealthy} judges the 19 good shapes only, as a healthy production service has them.
 */
public class SandboxGateBenchmark extends SampledInMicroseconds {

    private static final List<String[]> TEMPLATES = List.of(
            new String[] {"PAYPAL_API_URL", "https://api-m.paypal.com"},
            new String[] {"PAYPAL_SANDBOX_URL", "https://api-m.sandbox.paypal.com/v2/checkout/orders"},
            new String[] {"FEDEX_API_URL", "https://apis.fedex.com"},
            new String[] {"DHL_API_URL", "https://express.api.dhl.com/mydhlapi/test"},
            new String[] {"CARRIER_ENDPOINT", "https://carrier-api.staging.partner.com/v2"},
            new String[] {"ORDERS_URL", "http://orders.shop.svc.cluster.local:8080/api"},
            new String[] {"CACHE_HOST", "10.0.4.12"},
            new String[] {"SENTRY_DSN", "https://abc123def456@o123456.ingest.sentry.io/7890123"},
            new String[] {"SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXX"},
            new String[] {"ALLOWED_ORIGINS", "https://app.mycompany.com,https://admin.mycompany.com"},
            new String[] {"KAFKA_URLS", "https://b-1.msk.amazonaws.com:9092, https://b-2.msk.amazonaws.com:9092"},
            new String[] {"STRIPE_SECRET_KEY", "sk_live_51HdGf2KZbWq8X9yTmN3pQrStUvWxYz0123456789abcdefGHIJ"},
            new String[] {"STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx0123456789"},
            new String[] {"JWT_SECRET", "Zr9xQ2mV7pL4kT8wN3bY6cH1fJ5dS0gA"},
            new String[] {"PAYPAL_ENV", "live"},
            new String[] {"MTN_MOMO_ENV", "sandbox"},
            new String[] {"FEATURE_SANDBOX", "false"},
            new String[] {"DATABASE_URL", "postgresql://app:secret@db.internal:5432/app"},
            new String[] {"LOG_LEVEL", "info"},
            new String[] {"PORT", "8080"},
            new String[] {"APP_NAME", "payments-api"},
            new String[] {"WORKER_CONCURRENCY", "16"},
            new String[] {"CALLBACK_URL", "http://localhost:3000/callback"},
            new String[] {"S3_ENDPOINT", "https://s3.eu-west-1.amazonaws.com"},
            new String[] {"TIMEZONE", "Europe/Berlin"});

    private static final java.util.Set<String> BAD = java.util.Set.of("PAYPAL_SANDBOX_URL", "DHL_API_URL",
            "CARRIER_ENDPOINT", "STRIPE_PUBLISHABLE_KEY", "MTN_MOMO_ENV", "CALLBACK_URL");

    private SandboxGate gate;
    private GateContext production;
    private GateContext staging;
    private GateContext productionHealthy;

    @Setup
    public void setUp() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            String[] template = TEMPLATES.get(i % TEMPLATES.size());
            values.put("SVC" + i + "_" + template[0], template[1]);
        }
        Settings settings = Settings.of(values);
        Map<String, String> healthy = new LinkedHashMap<>();
        List<String[]> good = TEMPLATES.stream().filter(template -> !BAD.contains(template[0])).toList();
        for (int i = 0; i < 1000; i++) {
            String[] template = good.get(i % good.size());
            healthy.put("SVC" + i + "_" + template[0], template[1]);
        }
        productionHealthy = GateContext.of(Stage.PRODUCTION, Settings.of(healthy));
        gate = new SandboxGate(ProviderCatalog.defaults());
        production = GateContext.of(Stage.PRODUCTION, settings);
        staging = GateContext.of(Stage.STAGING, settings);
    }

    @Benchmark
    public Outcome production() {
        return gate.check(production);
    }

    @Benchmark
    public Outcome productionHealthy() {
        return gate.check(productionHealthy);
    }

    @Benchmark
    public Outcome staging() {
        return gate.check(staging);
    }
}
