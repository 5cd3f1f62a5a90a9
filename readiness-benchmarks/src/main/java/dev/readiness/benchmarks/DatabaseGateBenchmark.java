package dev.readiness.benchmarks;

import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.gates.database.DatabaseGate;
import dev.readiness.gates.database.DatabaseUrl;
import dev.readiness.gates.database.ParseResult;
import dev.readiness.settings.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@code database} gate over 1,000 mixed settings in production. {@code urlCount=2}: a realistic service (a
 * datasource URL with its username and password, a Redis URL, a host key, the rest ordinary application settings
 * the gate must classify and skip). {@code urlCount=100}: a stress mix of 100 database URLs of every form, good and
 * bad so that every rule runs, 50 companion and host keys, and 850 ordinary settings. Also the parser alone over
 * 100 URLs.
 */
public class DatabaseGateBenchmark extends SampledInMicroseconds {

    private static final List<String> URLS = List.of(
            "jdbc:postgresql://mydb.abc123.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=verify-full",
            "jdbc:mysql://orders.cluster-abc.eu-west-1.rds.amazonaws.com:3306/shop?sslMode=VERIFY_IDENTITY",
            "jdbc:postgresql:///orders?cloudSqlInstance=p:r:i&socketFactory=com.google.cloud.sql.postgres.SocketFactory",
            "jdbc:sqlserver://x.database.windows.net:1433;database=orders;encrypt=true;trustServerCertificate=false",
            "postgresql://app:Zx8kq2LmX7pW4z@ep-cool-name-123456.eu-central-1.aws.neon.tech/neondb?sslmode=require",
            "mongodb+srv://app@cluster0.abcde.mongodb.net/app?retryWrites=true&w=majority",
            "rediss://default@eu2-sought-hog-12345.upstash.io:6379",
            "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCPS)(HOST=ora1)(PORT=1522))(CONNECT_DATA=(SERVICE_NAME=s)))",
            "host=db.internal port=5432 dbname=orders user=app sslmode=verify-full",
            "Server=tcp:x.database.windows.net,1433;Initial Catalog=orders;Encrypt=True;TrustServerCertificate=False;",
            "jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1",
            "jdbc:tc:postgresql:15:///orders",
            "postgresql://postgres:postgres@db.internal:5432/app_test",
            "postgresql://user:pass@host:5432/masterdb",
            "jdbc:postgresql://orders.abc123.eu-west-1.rds.amazonaws.com/orders?sslmode=disable",
            "jdbc:mysql:replication://h1:3306,h2:3306/shop",
            "redis://cache.internal:6379/0",
            "jdbc:postgresql://localhost:5432/orders",
            "jdbc:postgresql://db:99999/broken",
            "jdbc:mysql://address=(host=h1)(port=3306)(type=primary),address=(host=h2)(port=3307)/shop");

    @Param({"2", "100"})
    public int urlCount;

    private Settings settings;
    private DatabaseGate gate;
    private GateContext context;

    @Setup
    public void setUp() {
        Map<String, String> values = new LinkedHashMap<>();
        if (urlCount == 2) {
            values.put("spring.datasource.url", URLS.get(0));
            values.put("spring.datasource.username", "orders_app");
            values.put("spring.datasource.password", "hV9kq2LmX7pW4zR8tYb");
            values.put("REDIS_URL", URLS.get(6));
            values.put("REDIS_PASSWORD", "Zx8kq2LmX7pW4zR8tYbq");
            values.put("DB_HOST", "orders-db.internal");
        } else {
            for (int i = 0; i < urlCount; i++) {
                values.put("SERVICE_" + i + "_DATABASE_URL", URLS.get(i % URLS.size()));
            }
            for (int i = 0; i < 25; i++) {
                values.put("SERVICE_" + i + "_DATABASE_USERNAME", "svc" + i);
                values.put("SERVICE_" + i + "_DB_HOST", "db-" + i + ".internal");
            }
        }
        for (int i = 0; values.size() < 1000; i++) {
            switch (i % 5) {
                case 0 -> values.put("app.feature-" + i + ".enabled", "true");
                case 1 -> values.put("APP_ENDPOINT_" + i + "_URL", "https://api-" + i + ".acme.io/v1");
                case 2 -> values.put("app.limits.item" + i, Integer.toString(i * 7));
                case 3 -> values.put("APP_TOKEN_" + i, "tok_" + Integer.toHexString(i * 7919) + "a8f3c2d1e0b9");
                default -> values.put("app.message.greeting" + i, "Hello, world number " + i);
            }
        }
        settings = Settings.of(values);
        gate = new DatabaseGate();
        context = GateContext.of(Stage.PRODUCTION, settings);
        if (settings.size() != 1000) {
            throw new IllegalStateException("expected 1000 settings, but was " + settings.size());
        }
    }

    @Benchmark
    public Outcome gateOver1000Settings() {
        return gate.check(context);
    }

    @Benchmark
    public void parse100Urls(Blackhole blackhole) {
        for (int i = 0; i < 100; i++) {
            ParseResult result = DatabaseUrl.parse(URLS.get(i % URLS.size()));
            blackhole.consume(result);
        }
    }
}
