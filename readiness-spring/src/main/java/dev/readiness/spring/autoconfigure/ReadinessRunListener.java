package dev.readiness.spring.autoconfigure;

import dev.readiness.Gate;
import dev.readiness.GateResult;
import dev.readiness.Report;
import dev.readiness.spring.EnvironmentSettings;
import dev.readiness.spring.ReadinessGateException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.BootstrapRegistry.InstanceSupplier;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The early phase: as soon as the environment is prepared (every configuration file, profile and variable
 * loaded, logging initialized) and before the application context is created, runs the gates found through
 * {@link java.util.ServiceLoader} that need no facts. A blocking report throws {@link ReadinessGateException}
 * there, so no connection pool, migration, web server, runner or scheduler starts. Otherwise the raw results are
 * handed to the late phase, which completes the one report of this boot.
 *
 * <p>Ordered last, after Spring Boot's own listener that prepares the environment. Does nothing when
 * {@code readiness.enabled} is {@code false}.
 */
class ReadinessRunListener implements SpringApplicationRunListener, Ordered {

    private static final Log log = LogFactory.getLog(ReadinessRunListener.class);

    private final SpringApplication application;

    ReadinessRunListener(SpringApplication application, String[] args) {
        this.application = application;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
            ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        if (!binder.bind("readiness.enabled", Boolean.class).orElse(true)) {
            return;
        }
        ReadinessProperties properties = binder.bindOrCreate("readiness", Bindable.of(ReadinessProperties.class));
        long start = System.nanoTime();
        ReadinessOptions options = ReadinessOptions.of(properties, environment);
        ClassLoader classLoader = application.getClassLoader();
        List<Gate> gates = new java.util.ArrayList<>(BootGates.discover(classLoader).stream()
                .filter(gate -> gate.requiredFacts().isEmpty())
                .toList());
        gates.add(new StageConsistencyGate(options.stage(), StageResolution.activeProfiles(environment)));
        gates.removeIf(gate -> options.excludedGates().contains(gate.id()));
        List<GateResult> results = BootGates.run(gates, EnvironmentSettings.from(environment), java.util.Map.of(),
                options);
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        Report report = BootGates.assemble(results, options, false, Clock.systemUTC());
        if (report.blocks()) {
            throw new ReadinessGateException(report, options.exitCode());
        }
        Set<String> ids = new LinkedHashSet<>();
        gates.forEach(gate -> ids.add(gate.id()));
        EarlyPhase early = new EarlyPhase(results, ids, millis);
        if (log.isDebugEnabled()) {
            log.debug("readiness early phase ran " + ids.size() + " gates in " + millis + " ms");
        }
        bootstrapContext.register(EarlyPhase.class, InstanceSupplier.of(early));
        bootstrapContext.addCloseListener((event) -> event.getApplicationContext().getBeanFactory()
                .registerSingleton(EarlyPhase.BEAN_NAME, early));
    }
}
