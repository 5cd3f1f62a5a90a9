package dev.readiness.benchmarks;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.Readiness;
import dev.readiness.Report;
import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Settings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every built-in gate (as {@link Gates#discover()} finds them) over 1,000 settings of a healthy production service:
 * secrets, provider URLs and keys, database URLs, internal hosts, flags, numbers and names, some of them
 * {@code ${…}} references resolved as the environment is (so the referenced-value rules run too).
 * {@code sequential} calls each gate's check one after another on the benchmark thread (the gates' own cost);
 * {@code runner} runs them through {@link Readiness#run()} on its bounded pool, with timeouts, waivers and
 * report assembly, as the Spring adapter and the CLI do. Both check one snapshot again and again, so what the gates
 * remember of a snapshot or of a key is warm. {@link #freshSnapshot(Fresh)} checks, each time, a new snapshot of the
 * same settings, as a service's one check at start-up does (what the gates remember of keys is warm, nothing they keep
 * of a snapshot is); {@link Unseen#unseenKeys} checks a new snapshot whose keys no check has seen either.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class AllGatesBenchmark {

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

    private List<Gate> gates;
    private GateContext context;
    private Readiness readiness;
    private GateContext[] snapshots;
    private int nextSnapshot;

    @Setup
    public void setUp() {
        setUp(healthySettings());
    }

    /** The set-up over other settings, which must be GO without findings too. */
    void setUp(Settings settings) {
        gates = new ArrayList<>(Gates.discover());
        context = GateContext.of(Stage.PRODUCTION, settings);
        snapshots = new GateContext[] {context, GateContext.of(Stage.PRODUCTION, healthySettings())};
        readiness = Readiness.builder().stage(Stage.PRODUCTION).settings(settings).gates(gates).build();
        Report report = readiness.run();
        if (gates.size() < 5) {
            throw new IllegalStateException("expected the built-in gates on the class path, found " + gates.size());
        }
        if (report.findings().findAny().isPresent()) {
            throw new IllegalStateException("the healthy configuration must be GO without findings, but: "
                    + report.findings().limit(5).toList());
        }
    }

    /** The 1,000 settings of the healthy production service, resolved as the environment is. */
    static Settings healthySettings() {
        return settings(false);
    }

    /**
     * The same service where no two URLs are equal (each has its own path or query parameter; hosts still repeat,
     * as a service's do under several keys): a gate that remembers what it read of a value gains nothing here.
     */
    static Settings distinctSettings() {
        return settings(true);
    }

    private static Settings settings(boolean distinct) {
        return settings(distinct, "SVC");
    }

    private static Settings settings(boolean distinct, String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            String[] template = HEALTHY.get(i % HEALTHY.size());
            String value = distinct ? distinct(template[1], i) : template[1];
            if (template[0].endsWith("SECRET") || template[0].endsWith("TOKEN")) {
                value = value.substring(0, value.length() - 4) + String.format("%04d", i);
            }
            values.put(prefix + i + "_" + template[0], value);
        }
        values.put("APP_DOMAIN", "payments.mycompany.com");
        values.put("SHARED_SIGNING_KEY", "Zr4Tq8Wm2Xv6Nb1Kc9Lp3Hs7Jd5Fg0Ay2Ue6Io4Pw8Rt3Ey7Qu1Wi5Op9As2Df6G");
        return ApplicationConfig.builder().environment(values).build().settings();
    }

    private static String distinct(String value, int index) {
        if (value.indexOf("://") < 0) {
            return value;
        }
        StringBuilder distinct = new StringBuilder();
        for (String url : value.split(",")) {
            distinct.append(distinct.length() == 0 ? "" : ",").append(url)
                    .append(url.indexOf('?') >= 0 ? "&application_name=svc" + index
                            : url.indexOf('/', url.indexOf("://") + 3) >= 0 ? "/v" + index : "/?svc=" + index);
        }
        return distinct.toString();
    }

    @Benchmark
    public List<Outcome> sequential() throws Exception {
        List<Outcome> outcomes = new ArrayList<>(gates.size());
        for (Gate gate : gates) {
            outcomes.add(gate.check(context));
        }
        return outcomes;
    }

    /**
     * {@link #sequential()} over two equal snapshots of the same settings in turn: each check reads a snapshot that
     * differs from the one before, so what the gates derive of the last snapshot alone is derived in every check, while
     * what they remember per key stays warm. What they keep beside each snapshot ({@code SnapshotMemo}: URL readings,
     * the sandbox judge) stays warm for both; {@code InterleavedJars … fresh} checks a new snapshot every time.
     */
    @Benchmark
    public List<Outcome> sequentialNewSnapshot() throws Exception {
        GateContext current = snapshots[nextSnapshot];
        nextSnapshot ^= 1;
        List<Outcome> outcomes = new ArrayList<>(gates.size());
        for (Gate gate : gates) {
            outcomes.add(gate.check(current));
        }
        return outcomes;
    }

    /**
     * {@link #sequential()} over a snapshot no check has read: each shot checks a new snapshot of the same 1,000
     * settings, built before the shot outside its time ({@link Fresh}), so nothing a gate keeps of a snapshot
     * ({@code SnapshotMemo}) is kept between checks, while what it remembers of keys is warm: a service's one check at
     * start-up, on warm code. Single shots, since a snapshot may be checked only once; many of them, for C2 to
     * compile. Compare with {@link #sequential()}, the same check of a snapshot checked before.
     *
     * @param fresh the snapshot of this shot
     * @return the gates' outcomes
     * @throws Exception as a gate's check may
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 4000)
    @Measurement(iterations = 3000)
    public List<Outcome> freshSnapshot(Fresh fresh) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(gates.size());
        for (Gate gate : gates) {
            outcomes.add(gate.check(fresh.context));
        }
        return outcomes;
    }

    /**
     * The snapshot of one {@link #freshSnapshot(Fresh)} shot: {@link #healthySettings()} built anew before every shot
     * (keys and values are new strings, the index and every setting new), outside the shot's time.
     */
    @State(Scope.Thread)
    public static class Fresh {

        private GateContext context;

        @Setup(Level.Iteration)
        public void newSnapshot() {
            context = GateContext.of(Stage.PRODUCTION, healthySettings());
        }
    }

    @Benchmark
    public Report runner() {
        return readiness.run();
    }

    /**
     * Checks a snapshot whose 1,000 keys no earlier check has seen (each invocation's keys carry a new prefix), so
     * nothing remembered of a key or a snapshot helps: the cost of a service's single check, on warm code.
     */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public static class Unseen {

        private long generation;
        private List<Gate> gates;
        private GateContext context;

        @Setup(Level.Trial)
        public void discover() {
            gates = new ArrayList<>(Gates.discover());
        }

        @Setup(Level.Invocation)
        public void freshSnapshot() {
            context = GateContext.of(Stage.PRODUCTION, settings(false, "G" + generation++ + "SVC"));
        }

        @Benchmark
        public List<Outcome> unseenKeys() throws Exception {
            List<Outcome> outcomes = new ArrayList<>(gates.size());
            for (Gate gate : gates) {
                outcomes.add(gate.check(context));
            }
            return outcomes;
        }
    }
}
