package dev.readiness.startup.bench;

import dev.readiness.Gate;
import dev.readiness.GateContext;
import dev.readiness.Outcome;
import dev.readiness.Phase;
import dev.readiness.Readiness;
import dev.readiness.Stage;
import dev.readiness.render.ProblemList;
import dev.readiness.settings.Settings;
import dev.readiness.spring.EnvironmentSettings;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * What the readiness work of a boot costs in a cold JVM, step by step, in the order a boot does it, each step on
 * this thread: CPU time and classes loaded per step (the first step to touch a shared class pays for it). Prints
 * one {@code STEP name cpu-ms classes} line per step. Run it in fresh JVMs, several times, and take medians. Each
 * gate is built and checked once, as at boot: the runner step runs a boot phase ({@code parallelism(1)}) over the
 * gates already built, each answering with the outcome of its first check, so that step is the runner's own cost
 * (its worker threads, timeouts, the phase's bookkeeping), not a second check. With the argument
 * {@code catalogs-first} the catalogs are read in steps of their own before the gates are built.
 */
public final class ColdCostBreakdown {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ColdCostBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(
                "--server.port=0", "--readiness.stage=production", "--spring.main.banner-mode=off"));
        environment.getPropertySources().iterator().forEachRemaining(source -> source.getName());
        step("spring environment (not readiness)", () -> environment.getProperty("readiness.stage"));
        Settings settings = step("settings from the environment", () -> EnvironmentSettings.from(environment));
        ClassLoader loader = ColdCostBreakdown.class.getClassLoader();
        if (args.length > 0 && args[0].equals("catalogs-first")) {
            step("catalog: published defaults", dev.readiness.gates.secrets.PublishedDefaults::builtIn);
            step("catalog: secret strength (JWT keys, estimator)", dev.readiness.gates.secrets.SecretStrength::defaults);
            step("catalog: providers", dev.readiness.gates.sandbox.ProviderCatalog::defaults);
        }
        List<Gate> gates = new ArrayList<>();
        for (ServiceLoader.Provider<Gate> provider : step("discovery (ServiceLoader, list)",
                () -> ServiceLoader.load(Gate.class, loader).stream().toList())) {
            gates.add(step("construct " + provider.type().getSimpleName(), provider::get));
        }
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        Readiness.Builder runner = Readiness.builder().parallelism(1).stage(Stage.PRODUCTION).settings(settings);
        for (Gate gate : gates) {
            Outcome outcome = step("first check " + gate.id(), () -> gate.check(context));
            runner.gate(new Checked(gate, outcome), "ServiceLoader provider " + gate.getClass().getName());
        }
        Phase phase = step("runner as at boot (gates built and checked)", () -> runner.build().runPhase());
        step("report and GO line", () -> ProblemList.compactTable(Readiness.builder().stage(Stage.PRODUCTION)
                .settings(settings).build().report(phase)));
    }

    /** A gate already checked once: the runner gets its first outcome instead of running its check again. */
    private record Checked(Gate gate, Outcome outcome) implements Gate {

        @Override
        public String id() {
            return gate.id();
        }

        @Override
        public String description() {
            return gate.description();
        }

        @Override
        public Set<Class<?>> requiredFacts() {
            return gate.requiredFacts();
        }

        @Override
        public Outcome check(GateContext context) {
            return outcome;
        }
    }

    private static <T> T step(String name, Callable<T> work) throws Exception {
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long cpu = THREADS.getCurrentThreadCpuTime();
        T value = work.call();
        System.out.printf(Locale.ROOT, "STEP %-45s %8.2f ms %5d classes%n", name,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes);
        return value;
    }
}
