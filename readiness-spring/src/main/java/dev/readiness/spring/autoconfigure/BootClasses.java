package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.Finding;
import dev.readiness.Gate;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Stage;
import dev.readiness.Waiver;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import dev.readiness.spring.jpa.TenantFactsAutoConfiguration;
import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Loads and links, on a daemon thread started while Spring Boot prepares the environment, the classes a GO start
 * would otherwise load, parse and verify later: first the main thread's (reading the boot properties and the stage
 * once the environment is prepared, the auto-configurations, the late phase), then those the early phase's background
 * thread needs once the environment is prepared (the runner, and the gates {@code ServiceLoader} lists). Nothing is
 * initialized here (no static initializer runs, no logger is created), so nothing races Spring Boot's own start, as
 * its {@code BackgroundPreinitializer} does more of; a class another thread reaches first is loaded there, as before.
 * {@link Class#getDeclaredConstructors()} links (verifies) a class without initializing it and loads only its
 * constructors' parameter types. Thread-safe and stateless.
 */
final class BootClasses implements Supplier<Integer> {

    /**
     * Classes of the adapter and of core named by their binary names: private or package-private ones of other
     * packages, which no class literal here can name.
     */
    static final String[] BY_NAME = {
        "dev.readiness.spring.autoconfigure.ReadinessRunListener$Judge",
        "dev.readiness.spring.EnvironmentSettings$Property",
        "dev.readiness.spring.EnvironmentSettings$LoggingProperties",
        "dev.readiness.settings.SourceSpellings",
        "dev.readiness.spring.jpa.TenantFactsAutoConfiguration$Scan",
    };

    /**
     * The classes the background thread's runner needs to judge the settings (discovering and running the gates,
     * assembling the report), by their binary names: most are package-private in core. Linked after the main thread's,
     * with the gates {@code ServiceLoader} lists, so that the early phase, started once the environment is prepared,
     * finds them linked and reaches the barrier sooner.
     */
    static final String[] RUNNER_BY_NAME = {
        "dev.readiness.spring.autoconfigure.BootGates",
        "dev.readiness.spring.autoconfigure.StageConsistencyGate",
        "dev.readiness.Gate",
        "dev.readiness.Readiness$Builder",
        "dev.readiness.Readiness$Source",
        "dev.readiness.Readiness$Source$Given",
        "dev.readiness.Gates",
        "dev.readiness.Gates$Construct",
        "dev.readiness.GateContext",
        "dev.readiness.PhaseRunner",
        "dev.readiness.PhaseRunner$GateTask",
        "dev.readiness.PhaseRunner$GateStep",
        "dev.readiness.PhaseRunner$GateRun",
        "dev.readiness.internal.BoundedExecutor",
        "dev.readiness.internal.BoundedExecutor$InTurn",
        "dev.readiness.internal.BoundedExecutor$Slot",
        "dev.readiness.internal.BoundedExecutor$Worker",
        "dev.readiness.internal.BoundedExecutor$Call",
        "dev.readiness.internal.BoundedExecutor$State",
        "dev.readiness.Exemptions",
        "dev.readiness.settings.PrefixIndex",
        "dev.readiness.Outcome",
        "dev.readiness.Severity",
        "dev.readiness.Status",
        "dev.readiness.GateResult",
        "dev.readiness.Phase",
        "dev.readiness.Phase$Judged",
        "dev.readiness.Phase$Deferred",
        "dev.readiness.ReportAssembler",
        "dev.readiness.Report",
        "dev.readiness.render.ProblemList",
        "dev.readiness.render.Escaping",
    };

    /**
     * Spring Boot's JDBC auto-configuration, as a class-file resource: {@link BootDataSource} is linked only when it is
     * on the class path, since the barrier loads it only for a service with a {@code dataSource} bean.
     */
    static final String JDBC_AUTO_CONFIGURATION =
            "org/springframework/boot/jdbc/autoconfigure/DataSourceAutoConfiguration.class";

    private final ClassLoader classLoader;

    private final @Nullable BooleanSupplier enabled;

    BootClasses(ClassLoader classLoader) {
        this(classLoader, null);
    }

    /**
     * @param classLoader the application's class loader
     * @param enabled waits, once the main thread's classes are linked, until the prepared environment says whether
     *     readiness is on: the runner's and the gates' classes are linked only then, and not at all when it is off
     */
    BootClasses(ClassLoader classLoader, @Nullable BooleanSupplier enabled) {
        this.classLoader = classLoader;
        this.enabled = enabled;
    }

    /**
     * Loads and links the classes, in the order a GO start's main thread needs them.
     *
     * @return how many were loaded and linked here or before
     */
    @Override
    public Integer get() {
        int linked = 0;
        try {
            for (Class<?> type : mainThreadClasses()) {
                linked += link(type) ? 1 : 0;
            }
            loadedOnly();
        }
        catch (LinkageError ex) {
            // a class of the list could not be loaded: the rest are loaded where they are first used
        }
        if (classLoader.getResource(JDBC_AUTO_CONFIGURATION) != null) {
            linked += link(BootDataSource.class) ? 1 : 0;
        }
        linked += linkNamed(BY_NAME);
        if (enabled != null && !enabled.getAsBoolean()) {
            return linked;
        }
        linked += linkNamed(RUNNER_BY_NAME);
        try {
            Iterator<ServiceLoader.Provider<Gate>> gates = ServiceLoader.load(Gate.class, classLoader).stream()
                    .iterator();
            while (gates.hasNext()) {
                linked += link(gates.next().type()) ? 1 : 0;
            }
        }
        catch (ServiceConfigurationError | LinkageError ex) {
            // the runner's own discovery meets the same registration and reports it as that gate's NO-GO
        }
        return linked;
    }

    private int linkNamed(String[] names) {
        int linked = 0;
        for (String name : names) {
            try {
                linked += link(Class.forName(name, false, classLoader)) ? 1 : 0;
            }
            catch (ClassNotFoundException | LinkageError ex) {
                // not on this class path: nothing will need it either
            }
        }
        return linked;
    }

    /**
     * The adapter's and core's classes a GO start's main thread loads after the run listener's {@code starting}:
     * evaluated here, on the preloading thread, since a class literal loads its class where it is evaluated.
     */
    static Class<?>[] mainThreadClasses() {
        return new Class<?>[] {
            // environment prepared: the boot properties, options, stage and the early phase
            ReadinessProperties.class, ReadinessProperties.SettingsGate.class, ReadinessProperties.Tenant.class,
            ReadinessProperties.KeySelection.class, ReadinessProperties.Secrets.class,
            ReadinessProperties.Sandbox.class, ReadinessProperties.FailOn.class,
            Stage.class, Launch.class, Launch.Kind.class, ReadinessOptions.class, Policy.class, Policy.Builder.class,
            Readiness.class, StageResolution.class, EarlyPhase.Judged.class, EarlyPhase.class,
            EarlyPhase.Judging.class,
            // context prepared, configuration classes parsed
            AddedSources.class,
            // the auto-configurations and the late phase
            ReadinessAutoConfiguration.class, ReadinessReport.class, ReadinessGateRunner.class,
            ReadinessGateRunner.PropertiesBean.class, ReadinessGateRunner.GateBeans.class,
            ReadinessGateRunner.ContributorBeans.class,
            TenantFactsAutoConfiguration.class, EntityScanPersistentTypesContributor.class, FactContributor.class,
            FactSink.class,
        };
    }

    /**
     * Classes loaded here but linked where they are first used: a GO start loads them only to verify the others
     * ({@code Finding}, {@code Waiver}, the exceptions), or linking them here would load, through their constructors'
     * types, classes a GO start without JPA never loads ({@code ReadinessBarrier}'s {@code EntityTypesPhase}).
     *
     * @return the classes, loaded
     */
    static Class<?>[] loadedOnly() {
        return new Class<?>[] {ReadinessProperties.Waiver.class, ReadinessGateException.class, ReadinessBarrier.class,
            Finding.class, Waiver.class};
    }

    private static boolean link(Class<?> type) {
        try {
            type.getDeclaredConstructors();
            return true;
        }
        catch (LinkageError ex) {
            return false; // a field's type is missing from this class path; the class stays for its first use
        }
    }
}
