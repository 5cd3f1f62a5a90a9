package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.Finding;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Stage;
import dev.readiness.Waiver;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import dev.readiness.spring.jpa.TenantFactsAutoConfiguration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Loads and links, on a daemon thread started while Spring Boot prepares the environment, the classes a GO start
 * would otherwise load, parse and verify later: first those the main thread needs once the environment is prepared
 * (reading the boot properties and the stage); then, once the environment says readiness is on, the main thread's
 * later ones (the auto-configurations, the late phase) and those the early phase's background thread needs (the
 * runner, and core's built-in gates). Nothing is
 * initialized here (no static initializer runs, no logger is created), so nothing races Spring Boot's own start, as
 * its {@code BackgroundPreinitializer} does more of; a class another thread reaches first is loaded there, as before.
 * {@link Class#getDeclaredConstructors()} links (verifies) a class without initializing it and loads only its
 * constructors' parameter types. Thread-safe and stateless.
 */
final class BootClasses implements Supplier<Integer> {

    /**
     * Classes of the adapter and of core that the main thread needs the moment the environment is prepared, named by
     * their binary names: private or package-private ones of other packages, which no class literal here can name.
     */
    static final String[] ENVIRONMENT_BY_NAME = {
        "dev.readiness.spring.autoconfigure.ReadinessRunListener$Judge",
        "dev.readiness.spring.autoconfigure.ExitRefusal",
        "dev.readiness.ExitGuard",
        "dev.readiness.spring.EnvironmentSettings$Property",
        "dev.readiness.spring.EnvironmentSettings$LoggingProperties",
        "dev.readiness.settings.SourceSpellings",
    };

    private static final String SHELL_VARIABLES = "dev.readiness.spring.ShellVariables";

    private static final String SERVICE_LINKS = "dev.readiness.spring.ServiceLinks";

    /** Classes by binary name that the context's auto-configurations need: linked once readiness is known to be on. */
    static final String[] CONTEXT_BY_NAME = {
        "dev.readiness.spring.jpa.TenantFactsAutoConfiguration$Scan",
    };

    /** Every class of the adapter and of core named by its binary name, in the order they are linked. */
    static final String[] BY_NAME = concat(ENVIRONMENT_BY_NAME, CONTEXT_BY_NAME);

    /**
     * The classes the background thread's runner needs to judge the settings (discovering and running the gates,
     * assembling the report), by their binary names: most are package-private in core. Linked after the main thread's,
     * with core's built-in gates, so that the early phase, started once the environment is prepared,
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
     * Core's built-in gates, as its {@code META-INF/services/dev.readiness.Gate} registers them, by binary name: linked
     * here without reading the registrations, which the runner's discovery reads anyway once the environment is
     * prepared (a {@code ServiceLoader} scan asks every jar of the class path for the file: about 0.5 ms of CPU after
     * the first, 2026-12-06). A service's own gates are linked where the runner first constructs them.
     */
    static final String[] BUILT_IN_GATES = {
        "dev.readiness.gates.database.DatabaseGate",
        "dev.readiness.gates.settings.RequiredSettingsGate",
        "dev.readiness.gates.settings.UnknownPropertiesGate",
        "dev.readiness.gates.sandbox.SandboxGate",
        "dev.readiness.gates.secrets.SecretsGate",
        "dev.readiness.gates.tenant.TenantGate",
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
     * @param enabled waits, once the classes the main thread needs when the environment is prepared are linked,
     *     until the prepared environment says whether readiness is on: the context's, the runner's and the gates'
     *     classes are linked only then, and not at all when it is off
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
            for (Class<?> type : environmentClasses()) {
                linked += link(type) ? 1 : 0;
            }
        }
        catch (LinkageError ex) {
            // a class of the list could not be loaded: the rest are loaded where they are first used
        }
        linked += linkNamed(ENVIRONMENT_BY_NAME);
        linked += linkNamed(variableReaders(environmentVariableNames()));
        if (enabled != null && !enabled.getAsBoolean()) {
            return linked;
        }
        try {
            for (Class<?> type : contextClasses()) {
                linked += link(type) ? 1 : 0;
            }
            loadedOnly();
        }
        catch (LinkageError ex) {
            // as above
        }
        if (classLoader.getResource(JDBC_AUTO_CONFIGURATION) != null) {
            linked += link(BootDataSource.class) ? 1 : 0;
        }
        linked += linkNamed(CONTEXT_BY_NAME);
        linked += linkNamed(RUNNER_BY_NAME);
        linked += linkNamed(BUILT_IN_GATES);
        return linked;
    }

    /**
     * The readers of environment variables the main thread's {@code EnvironmentSettings.from} will load for these
     * names: the shell's when there is any variable, the service links' when a name may be one ({@code _SERVICE_},
     * {@code _PORT}), as its own test reads them. None for an empty environment, so a start without variables links
     * neither.
     *
     * @param names the environment variables' names
     * @return the readers' binary names
     */
    static String[] variableReaders(java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return new String[0];
        }
        for (String name : names) {
            if (name.indexOf("_SERVICE_") > 0 || name.indexOf("_PORT") > 0) {
                return new String[] {SHELL_VARIABLES, SERVICE_LINKS};
            }
        }
        return new String[] {SHELL_VARIABLES};
    }

    private static java.util.Collection<String> environmentVariableNames() {
        try {
            return System.getenv().keySet();
        }
        catch (RuntimeException denied) {
            return java.util.List.of();
        }
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
     * {@link #environmentClasses()}, then {@link #contextClasses()}.
     */
    static Class<?>[] mainThreadClasses() {
        Class<?>[] environment = environmentClasses();
        Class<?>[] context = contextClasses();
        Class<?>[] all = java.util.Arrays.copyOf(environment, environment.length + context.length);
        System.arraycopy(context, 0, all, environment.length, context.length);
        return all;
    }

    /**
     * The classes the main thread needs the moment the environment is prepared and readiness is on (the boot
     * properties, options, stage and the early phase): linked before the environment says whether it is on, since
     * the main thread would load them itself right after. Evaluated here, on the preloading thread, since a class
     * literal loads its class where it is evaluated.
     */
    static Class<?>[] environmentClasses() {
        return new Class<?>[] {
            ReadinessProperties.class, ReadinessProperties.SettingsGate.class, ReadinessProperties.Tenant.class,
            ReadinessProperties.KeySelection.class, ReadinessProperties.Secrets.class,
            ReadinessProperties.Sandbox.class, ReadinessProperties.FailOn.class,
            Stage.class, Launch.class, Launch.Kind.class, ReadinessOptions.class, Policy.class, Policy.Builder.class,
            Readiness.class, StageResolution.class, EarlyPhase.Judged.class, EarlyPhase.class,
            EarlyPhase.Judging.class,
        };
    }

    /**
     * The classes the main thread needs from the prepared context on (the added sources, the auto-configurations and
     * the late phase): linked only once the environment says readiness is on, so a start switched off in a
     * configuration file links none of them; the context is prepared well after the environment, so a GO start still
     * finds them linked.
     */
    static Class<?>[] contextClasses() {
        return new Class<?>[] {
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

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
