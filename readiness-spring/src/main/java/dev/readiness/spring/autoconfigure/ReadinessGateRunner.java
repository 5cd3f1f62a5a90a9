package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.spring.EnvironmentSettings;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The late phase: once every singleton exists, and so before runners run, before the web server accepts a
 * connection and before schedulers start, runs the gates that need beans or facts (every {@link Gate} bean, and
 * the {@link java.util.ServiceLoader} gates that need facts the barrier could not provide) with the facts of every
 * {@link FactContributor} (beans and {@code ServiceLoader}), merges their results with the early phase's into the
 * one report of this boot, publishes it to {@link ReadinessReport}, logs it once, and throws
 * {@link ReadinessGateException} when it blocks. Two gates with one id (beans, {@code ServiceLoader} gates,
 * built-in gates) are a NO-GO naming both.
 *
 * <p>Without an early phase (an application context not started by {@code SpringApplication}, such as one in a
 * test), runs every gate here.
 */
class ReadinessGateRunner implements SmartInitializingSingleton {

    private static final Log log = LogFactory.getLog(ReadinessGateRunner.class);

    private final ConfigurableEnvironment environment;

    private final ReadinessProperties properties;

    private final ReadinessReport report;

    private final Supplier<Map<String, Gate>> gateBeans;

    private final Supplier<List<FactContributor>> contributorBeans;

    private final @Nullable EarlyPhase early;

    private final ClassLoader classLoader;

    private final Clock clock;

    ReadinessGateRunner(ConfigurableEnvironment environment, ReadinessProperties properties, ReadinessReport report,
            Supplier<Map<String, Gate>> gateBeans, Supplier<List<FactContributor>> contributorBeans,
            @Nullable EarlyPhase early, ClassLoader classLoader, Clock clock) {
        this.environment = environment;
        this.properties = properties;
        this.report = report;
        this.gateBeans = gateBeans;
        this.contributorBeans = contributorBeans;
        this.early = early;
        this.classLoader = classLoader;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        ReadinessOptions options = early != null ? early.options()
                : ReadinessOptions.of(properties, environment, Launch.UNKNOWN);
        GateIds ids = early != null ? new GateIds(early.gateSources()) : new GateIds();
        Map<String, Gate> gates = new LinkedHashMap<>();
        List<GateResult> results = new ArrayList<>();
        if (early != null) {
            early.factGates().stream().filter(gate -> !early.gateIds().contains(gate.id()))
                    .forEach(gate -> gates.put(gate.id(), gate));
        }
        else {
            for (Gate gate : BootGates.discover(classLoader)) {
                if (ids.addServiceLoaderGate(gate)) {
                    gates.put(gate.id(), gate);
                }
            }
            for (Gate gate : BootGates.adapterGates(options, environment)) {
                if (ids.add(gate, "the Spring adapter's own gate " + gate.getClass().getSimpleName())) {
                    gates.put(gate.id(), gate);
                }
            }
        }
        gateBeans.get().forEach((name, gate) -> {
            if (ids.add(gate, "bean '" + name + "' (" + gate.getClass().getName() + ")")) {
                gates.put(gate.id(), gate);
            }
        });
        gates.keySet().removeAll(options.excludedGates());

        if (early != null) {
            results.addAll(early.results());
        }
        List<Finding> factFailures = new ArrayList<>();
        Map<Class<?>, Object> facts = Map.of();
        if (!gates.isEmpty()) {
            List<FactContributor> contributors = new ArrayList<>(contributorBeans.get());
            contributors.addAll(BootGates.discoverFactContributors(classLoader));
            facts = BootGates.gatherFacts(contributors, factFailures, log);
        }
        results.addAll(BootGates.run(List.copyOf(gates.values()),
                early != null ? early.settings() : EnvironmentSettings.from(environment), facts, options));
        if (!factFailures.isEmpty()) {
            results.add(BootGates.factsFailures(factFailures));
        }
        ids.result().ifPresent(results::add);
        Report complete = BootGates.assemble(results, options, true, clock);
        double millis = (System.nanoTime() - start) / 1_000_000.0 + (early != null ? early.millis() : 0);
        report.set(complete);
        BootGates.log(log, complete, options.stage(), millis);
        if (complete.blocks()) {
            throw new ReadinessGateException(complete, options.exitCode(), options.stage().source(), 0);
        }
    }
}
