package dev.readiness.benchmarks;

import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.Guessability;
import dev.readiness.gates.secrets.PublishedDefaults;
import dev.readiness.gates.secrets.SecretKeys;
import dev.readiness.gates.secrets.SecretStrength;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.settings.Settings;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The {@code secrets} gate over 1,000 settings of mixed shapes: about a third are secrets (signing secrets, AES
 * keys, passwords, provider keys, tokens, placeholders, published defaults, weak and reused values), the rest are
 * URLs, numbers, flags and names. {@code estimator=detect} uses zxcvbn4j (on this class path, as in an application
 * that adds it), {@code built-in} the estimator used without it.
 */
public class SecretsGateBenchmark extends SampledInMicroseconds {

    /** {@code detect}: zxcvbn4j (on this class path); {@code built-in}: the estimator used without it. */
    @Param({"detect", "built-in"})
    public String estimator;

    private SecretsGate gate;
    private GateContext context;

    @Setup
    public void setUp() {
        gate = estimator.equals("detect") ? new SecretsGate()
                : new SecretsGate(SecretKeys.defaults(),
                        new SecretStrength(PublishedDefaults.builtIn(), Guessability.builtIn()));
        Random random = new Random(1);
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; values.size() < 1000; i++) {
            switch (i % 15) {
                case 0 -> values.put("SERVICE_" + i + "_JWT_SECRET", base64(random, 32));
                case 1 -> values.put("SERVICE_" + i + "_AES_SECRET_KEY", hex(random, 32));
                case 2 -> values.put("SERVICE_" + i + "_DB_PASSWORD", base64(random, 18));
                case 3 -> values.put("PROVIDER_" + i + "_API_KEY", "sk_live_" + base64(random, 24).replace("+", "a")
                        .replace("/", "b"));
                case 4 -> values.put("SERVICE_" + i + "_HEALTH_TOKEN", UUID.nameUUIDFromBytes(bytes(random, 8)).toString());
                case 5 -> values.put("CARRIER_" + i + "_API_SECRET", i % 4 == 1 ? "<production-secret>"
                        : i % 4 == 3 ? "Summer2024!" : base64(random, 12));
                case 6 -> values.put("SERVICE_" + i + "_URL", "https://service-" + i + ".internal.example.org/api");
                case 7 -> values.put("SERVICE_" + i + "_TIMEOUT_MS", Integer.toString(1000 + i));
                case 8 -> values.put("FEATURE_" + i + "_ENABLED", i % 2 == 0 ? "true" : "false");
                case 9 -> values.put("spring.datasource.hikari.pool-" + i + ".maximum-pool-size", "10");
                case 10 -> values.put("SERVICE_" + i + "_TOKEN_TTL", "15m");
                case 11 -> values.put("SERVICE_" + i + "_CLIENT_ID", "client-" + i);
                case 12 -> values.put("logging.level.com.example.module" + i, "INFO");
                case 13 -> values.put("SERVICE_" + i + "_REGION", "eu-west-1");
                default -> values.put("SERVICE_" + i + "_NAME", "orders-" + i);
            }
        }
        values.put("LEGACY_JWT_SECRET", "404E635266556A586E3272357538782F413F4428472B4B6250645367566B5970");
        context = GateContext.of(Stage.PRODUCTION, Settings.of(values));
    }

    private static byte[] bytes(Random random, int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String base64(Random random, int count) {
        return Base64.getEncoder().encodeToString(bytes(random, count));
    }

    private static String hex(Random random, int count) {
        return HexFormat.of().formatHex(bytes(random, count));
    }

    @Benchmark
    public Outcome check() {
        return gate.check(context);
    }
}
