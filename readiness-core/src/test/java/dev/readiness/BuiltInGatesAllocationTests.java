package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A guard on the warm-path cost of the built-in gates that does not depend on time: the bytes one check of every
 * built-in gate allocates over the 1,000 settings of {@code AllGatesBenchmark} (readiness-benchmarks), measured on
 * this thread with {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)} (called reflectively: this
 * module does not read {@code jdk.management}). A rule that splits, copies or streams per
 * setting shows up here as bytes, on any machine and at any load, where it would show up in JMH only as time.
 *
 * <p>Where the budget comes from (2026-12-03, OpenJDK 17): JMH {@code AllGatesBenchmark.sequential -prof gc} and
 * this test both measured about 205 KB per check once the JIT had compiled the gates with escape analysis (245 KB
 * after that day's database-section rule), and 350&ndash;375 KB before it has (interpreter, C1, or C2 without escape
 * analysis). On 2026-12-03 (fourteenth session) the per-key records of the gates and the database gate's companion
 * keys cut the compiled figure to about 136 KB, and the budget to 192 KB. The test takes the smallest of
 * many checks, running until one is within the budget or {@value #MAX_RUNS} checks have run, so it waits for the
 * JIT instead of racing it; the budget leaves about 40 % of headroom over the compiled figure, and a rule that adds
 * a hundred bytes per setting (one substring, split or stream per key) crosses it. If a rule needs more, measure
 * before and after with {@code java -jar readiness-benchmarks/target/benchmarks.jar AllGatesBenchmark -prof gc}
 * ({@code gc.alloc.rate.norm} of {@code sequential}), say why in docs/PERFORMANCE.md, and raise the budget there
 * and here together.
 */
class BuiltInGatesAllocationTests {

    /** Bytes one warm check of every built-in gate may allocate over the benchmark's 1,000 settings. */
    private static final long BUDGET_BYTES = 192 * 1024;

    /** Checks after which the smallest allocation must be within the budget (the JIT compiles within a few hundred). */
    private static final int MAX_RUNS = 2000;

    private static final List<String[]> HEALTHY = List.of(
            new String[] {"JWT_SECRET", "q3Jb8yF0xN1vR7mK2pW9sT4hL6cZ5aD8eG1iU3oY7rE="},
            new String[] {"API_TOKEN", "b7f9c2e4a1d84f6e9b3c5a7d2e8f1c4a"},
            new String[] {"DATABASE_URL", "postgresql://orders.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full"},
            new String[] {"MONGODB_URI", "mongodb+srv://cluster0.abcde.mongodb.net/orders"},
            new String[] {"PAYPAL_API_URL", "https://api-m.paypal.com"},
            new String[] {"FEDEX_API_URL", "https://apis.fedex.com"},
            new String[] {"DHL_API_URL", "https://express.api.dhl.com/mydhlapi"},
            new String[] {"ORDERS_URL", "http://orders.shop.svc.cluster.local:8080/api"},
            new String[] {"CACHE_HOST", "10.0.4.12"},
            new String[] {"SENTRY_DSN", "https://abc123def456@o123456.ingest.sentry.io/7890123"},
            new String[] {"ALLOWED_ORIGINS", "https://app.mycompany.com,https://admin.mycompany.com"},
            new String[] {"S3_ENDPOINT", "https://s3.eu-west-1.amazonaws.com"},
            new String[] {"S3_ACCESS_KEY_ID", "AKIA4EXAMPLEQ7RZ2KXW"},
            new String[] {"LOG_LEVEL", "info"},
            new String[] {"PORT", "8080"},
            new String[] {"APP_NAME", "payments-api"},
            new String[] {"WORKER_CONCURRENCY", "16"},
            new String[] {"ACCESS_TTL", "15m"},
            new String[] {"FEATURE_ECOMMERCE_ENABLED", "true"},
            new String[] {"TIMEZONE", "Europe/Berlin"},
            new String[] {"PUBLIC_URL", "https://${APP_DOMAIN}/checkout"},
            new String[] {"REPORTS_SECRET_KEY", "${SHARED_SIGNING_KEY}"});

    @Test
    void warmCheckOfAThousandSettingsShouldAllocateWithinTheBudget() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Class<?> counting = Class.forName("com.sun.management.ThreadMXBean");
        assertThat(counting.isInstance(threads)
                && (boolean) counting.getMethod("isThreadAllocatedMemoryEnabled").invoke(threads))
                .as("this JVM must count the bytes each thread allocates").isTrue();
        Method allocatedBytes = counting.getMethod("getThreadAllocatedBytes", long.class);
        List<Gate> gates = List.copyOf(Gates.discover());
        GateContext context = GateContext.of(Stage.PRODUCTION, healthySettings());
        for (Gate gate : gates) {
            assertThat(gate.check(context).findings()).as("the healthy configuration, gate %s", gate.id()).isEmpty();
        }
        long threadId = Thread.currentThread().getId();
        long[] best = new long[gates.size()];
        long bestTotal = Long.MAX_VALUE;
        for (int run = 0; run < MAX_RUNS && bestTotal > BUDGET_BYTES; run++) {
            long[] bytes = new long[gates.size()];
            long total = 0;
            for (int i = 0; i < gates.size(); i++) {
                long before = (long) allocatedBytes.invoke(threads, threadId);
                gates.get(i).check(context);
                bytes[i] = (long) allocatedBytes.invoke(threads, threadId) - before;
                total += bytes[i];
            }
            if (total < bestTotal) {
                bestTotal = total;
                best = bytes;
            }
        }
        assertThat(bestTotal)
                .as("bytes the fewest-allocating of up to %d warm checks of the built-in gates allocated over 1,000 "
                        + "settings (per gate: %s); the budget is %d KB, set when the gates measured about 136 KB "
                        + "with escape analysis (see this test's Javadoc for how to measure and when to raise it)",
                        MAX_RUNS, perGate(gates, best), BUDGET_BYTES / 1024)
                .isLessThanOrEqualTo(BUDGET_BYTES);
    }

    private static String perGate(List<Gate> gates, long[] bytes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < gates.size(); i++) {
            parts.add(gates.get(i).id() + " " + bytes[i] / 1024 + " KB");
        }
        return String.join(", ", parts);
    }

    /** The benchmark's healthy production service: 1,000 settings, a few resolved through references. */
    private static Settings healthySettings() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            String[] template = HEALTHY.get(i % HEALTHY.size());
            String value = template[1];
            if (template[0].endsWith("SECRET") || template[0].endsWith("TOKEN")) {
                value = value.substring(0, value.length() - 4) + String.format("%04d", i);
            }
            values.put("SVC" + i + "_" + template[0], value);
        }
        values.put("APP_DOMAIN", "payments.mycompany.com");
        values.put("SHARED_SIGNING_KEY", "Zr4Tq8Wm2Xv6Nb1Kc9Lp3Hs7Jd5Fg0Ay2Ue6Io4Pw8Rt3Ey7Qu1Wi5Op9As2Df6G");
        return ApplicationConfig.builder().environment(values).build().settings();
    }
}
