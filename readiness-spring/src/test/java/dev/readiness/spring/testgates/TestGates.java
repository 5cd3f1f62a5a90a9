package dev.readiness.spring.testgates;

import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Gates;
import dev.readiness.Outcome;
import dev.readiness.SecretShape;
import dev.readiness.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Gates defined by the tests and registered for ServiceLoader in the test resources, so the adapter's tests do not
 * depend on the built-in gates. Each judges only its own {@code test.*} keys, so a configuration without them is GO.
 */
public final class TestGates {

    /** How often {@link SecretGate} ran, to prove which phase ran it. */
    public static final AtomicInteger SECRET_GATE_RUNS = new AtomicInteger();

    private TestGates() {
    }

    /**
     * The ids of the gates found through ServiceLoader that are not the tests' own (built-in gates once merged),
     * to exclude them where a test needs a verdict that depends only on the test gates; the runner's own
     * {@code readiness.*} gates cannot be excluded and are left out.
     *
     * @return the ids joined by commas, possibly empty
     */
    public static String foreignGateIds() {
        return Gates.discover(TestGates.class.getClassLoader()).stream().map(Gate::id)
                .filter(id -> !id.startsWith("test.") && !id.startsWith("readiness.")).collect(Collectors.joining(","));
    }

    /** NO-GO when {@code test.jwt-secret} is shorter than 32 characters. */
    public static final class SecretGate implements Gate {

        @Override
        public Outcome check(GateContext context) {
            SECRET_GATE_RUNS.incrementAndGet();
            return context.settings().get("test.jwt-secret")
                    .filter(setting -> setting.value().length() < 32)
                    .map(setting -> Outcome.of(Finding.noGo("test.secret.too-short", setting)
                            .message("The secret is too short: " + SecretShape.of(setting.value())
                                    + "; at least 32 characters are needed.")
                            .remediation("Generate a random secret of at least 32 characters.")
                            .build()))
                    .orElse(Outcome.go());
        }

        @Override
        public String id() {
            return "test.secret";
        }

        @Override
        public String description() {
            return "Test secret strength";
        }
    }

    /** NO-GO in production when {@code test.payment-url} points to a sandbox. */
    public static final class EndpointGate implements Gate {

        @Override
        public Outcome check(GateContext context) {
            if (context.stage() != Stage.PRODUCTION) {
                return Outcome.go();
            }
            return context.settings().get("test.payment-url")
                    .filter(setting -> setting.value().contains("sandbox"))
                    .map(setting -> Outcome.of(Finding.noGo("test.endpoint.sandbox", setting)
                            .message("The payment endpoint is a sandbox in production.")
                            .remediation("Point test.payment-url to the live endpoint.")
                            .build()))
                    .orElse(Outcome.go());
        }

        @Override
        public String id() {
            return "test.endpoint";
        }
    }

    /** WARN when {@code test.legacy-mode} is set. */
    public static final class WarnGate implements Gate {

        @Override
        public Outcome check(GateContext context) {
            return context.settings().get("test.legacy-mode")
                    .map(setting -> Outcome.of(Finding.warn("test.warn.legacy", setting)
                            .message("Legacy mode is deprecated.")
                            .remediation("Remove test.legacy-mode.")
                            .build()))
                    .orElse(Outcome.go());
        }

        @Override
        public String id() {
            return "test.warn";
        }
    }

    /** Needs a {@link Tables} fact: NO-GO for every table named {@code unscoped*}. */
    public static final class FactGate implements Gate {

        @Override
        public Outcome check(GateContext context) {
            List<Finding> findings = new ArrayList<>();
            context.fact(Tables.class).ifPresent(tables -> tables.names().stream()
                    .filter(name -> name.startsWith("unscoped"))
                    .forEach(name -> findings.add(Finding.of(dev.readiness.Severity.NO_GO, "test.fact.unscoped", name)
                            .message("The table has no tenant key.")
                            .remediation("Add a tenant key to " + name + ".")
                            .build())));
            return Outcome.of(findings);
        }

        @Override
        public String id() {
            return "test.fact";
        }

        @Override
        public Set<Class<?>> requiredFacts() {
            return Set.of(Tables.class);
        }
    }

    /**
     * A fact the tests contribute.
     *
     * @param names table names
     */
    public record Tables(List<String> names) {
    }
}
