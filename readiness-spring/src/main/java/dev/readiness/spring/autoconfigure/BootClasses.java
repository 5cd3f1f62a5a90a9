package dev.readiness.spring.autoconfigure;

import dev.readiness.FactContributor;
import dev.readiness.FactSink;
import dev.readiness.Finding;
import dev.readiness.Policy;
import dev.readiness.Readiness;
import dev.readiness.Stage;
import dev.readiness.spring.ReadinessGateException;
import dev.readiness.spring.ReadinessReport;
import dev.readiness.spring.jpa.EntityScanPersistentTypesContributor;
import dev.readiness.spring.jpa.TenantFactsAutoConfiguration;
import java.util.function.Supplier;

/**
 * Loads and links, on a daemon thread started while Spring Boot prepares the environment, the adapter's classes that
 * the main thread would otherwise load, parse and verify itself later in a GO start: reading the boot properties and
 * the stage once the environment is prepared, the barrier, the auto-configuration and the late phase. Nothing is
 * initialized here (no static initializer runs, no logger is created), as Spring Boot's own
 * {@code BackgroundPreinitializer} keeps its work off the main thread: a class the main thread reaches first is simply
 * loaded there, as before. Linking verifies a class; {@link Class#getDeclaredFields()} links without initializing.
 * Thread-safe and stateless.
 */
final class BootClasses implements Supplier<Integer> {

    /**
     * Classes of the adapter and of core named by their binary names: private or package-private ones of other
     * packages, which no class literal here can name.
     */
    static final String[] BY_NAME = {
        "dev.readiness.spring.EnvironmentSettings$Property",
        "dev.readiness.spring.EnvironmentSettings$LoggingProperties",
        "dev.readiness.settings.SourceSpellings",
        "dev.readiness.spring.jpa.TenantFactsAutoConfiguration$Scan",
    };

    private final ClassLoader classLoader;

    BootClasses(ClassLoader classLoader) {
        this.classLoader = classLoader;
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
        for (String name : BY_NAME) {
            try {
                linked += link(Class.forName(name, false, classLoader)) ? 1 : 0;
            }
            catch (ClassNotFoundException | LinkageError ex) {
                // not on this class path: the main thread will not need it either
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
            ReadinessProperties.Sandbox.class, ReadinessProperties.FailOn.class, ReadinessProperties.Waiver.class,
            Stage.class, Launch.class, Launch.Kind.class, ReadinessOptions.class, Policy.class, Policy.Builder.class,
            Readiness.class, StageResolution.class, EarlyPhase.Judged.class, EarlyPhase.class,
            // context prepared, configuration classes parsed
            AddedSources.class, ReadinessGateException.class,
            // the auto-configurations and the late phase
            ReadinessAutoConfiguration.class, ReadinessReport.class, ReadinessGateRunner.class, BootDataSource.class,
            TenantFactsAutoConfiguration.class, EntityScanPersistentTypesContributor.class, FactContributor.class,
            FactSink.class, Finding.class,
        };
    }

    /**
     * Classes loaded here but linked where they are first used: linking them here would load, through their fields'
     * types, classes a GO start without JPA never loads ({@code ReadinessBarrier}'s {@code EntityTypesPhase}).
     *
     * @return the classes, loaded
     */
    static Class<?>[] loadedOnly() {
        return new Class<?>[] {ReadinessBarrier.class};
    }

    private static boolean link(Class<?> type) {
        try {
            type.getDeclaredFields();
            return true;
        }
        catch (LinkageError ex) {
            return false; // a field's type is missing from this class path; the class stays for its first use
        }
    }
}
