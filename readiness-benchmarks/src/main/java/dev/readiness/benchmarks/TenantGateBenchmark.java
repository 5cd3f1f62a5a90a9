package dev.readiness.benchmarks;

import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Stage;
import dev.readiness.gates.tenant.PersistentAttribute;
import dev.readiness.gates.tenant.PersistentType;
import dev.readiness.gates.tenant.PersistentTypes;
import dev.readiness.gates.tenant.TenantGate;
import dev.readiness.settings.Settings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code tenant} gate over a large model: 2,000 entity types with 15 attributes each, scoped directly, through a
 * mapped superclass or through an embeddable, with every tenth type unscoped, every fiftieth global. Measures one
 * whole check (configuration read, every type judged, findings built), configured and inferred.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TenantGateBenchmark {

    @Param({"2000"})
    public int typeCount;

    @Param({"configured", "inferred"})
    public String mode;

    private final TenantGate gate = new TenantGate();
    private GateContext context;

    @Setup
    public void setUp() {
        List<PersistentType> types = new ArrayList<>(typeCount);
        for (int i = 0; i < typeCount; i++) {
            String name = "com.acme.domain" + (i % 40) + ".Entity" + i;
            PersistentType.Builder type = PersistentType.builder(name).annotation("jakarta.persistence.Entity");
            for (int a = 0; a < 14; a++) {
                type.attribute(new PersistentAttribute("field" + a, name, "java.lang.String", false, false));
            }
            switch (i % 10) {
                case 0 -> { } // unscoped
                case 1, 2, 3 -> type.supertype("com.acme.TenantScoped").attribute(
                        new PersistentAttribute("organizationId", "com.acme.TenantScoped", "java.lang.Long", false,
                                false));
                case 4, 5 -> type.attribute(new PersistentAttribute("tenant.organizationId", "com.acme.TenantRef",
                        "java.lang.Long", false, false));
                default -> type.attribute(new PersistentAttribute("organizationId", name, "java.lang.Long", false,
                        false));
            }
            types.add(type.build());
        }
        List<String> globals = new ArrayList<>();
        for (int i = 0; i < typeCount; i += 50) {
            globals.add("Entity" + i);
        }
        Map<String, String> settings = mode.equals("configured")
                ? Map.of("readiness.tenant.attributes", "organizationId", "readiness.tenant.global-types",
                        String.join(",", globals))
                : Map.of("readiness.tenant.global-types", String.join(",", globals));
        context = GateContext.of(Stage.PRODUCTION, Settings.of(settings), Clock.systemUTC(),
                Map.of(PersistentTypes.class, PersistentTypes.of(types)));
    }

    @Benchmark
    public Outcome check() {
        return gate.check(context);
    }
}
