package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link BootClasses} links the classes the main thread needs once the environment is prepared before the environment
 * says whether readiness is on, and those of the context (auto-configurations, late phase), the runner and the gates
 * only once it says readiness is on: a start switched off in a configuration file loads none of the latter.
 */
class ThirtySecondPassBootContextClassesTests {

    @Test
    void theMainThreadsClassesShouldBeTheEnvironmentsThenTheContexts() {
        List<Class<?>> all = new ArrayList<>(Arrays.asList(BootClasses.environmentClasses()));
        all.addAll(Arrays.asList(BootClasses.contextClasses()));

        assertThat(BootClasses.mainThreadClasses()).containsExactlyElementsOf(all);
        assertThat(BootClasses.environmentClasses()).doesNotContainAnyElementsOf(
                Arrays.asList(BootClasses.contextClasses()));
        assertThat(BootClasses.BY_NAME).containsExactly(concat(BootClasses.ENVIRONMENT_BY_NAME,
                BootClasses.CONTEXT_BY_NAME));
    }

    @Test
    void aStartTheEnvironmentSaysIsOffShouldLoadNoContextRunnerOrGateClass() throws Exception {
        try (Recording isolated = new Recording(classPath())) {
            Class<?> type = isolated.loadClass(BootClasses.class.getName());
            var constructor = type.getDeclaredConstructor(ClassLoader.class, BooleanSupplier.class);
            constructor.setAccessible(true);
            BooleanSupplier off = () -> false;

            ((Supplier<?>) constructor.newInstance(isolated, off)).get();

            assertThat(isolated.loaded(ReadinessOptions.class.getName())).isTrue();
            assertThat(isolated.loaded("dev.readiness.spring.EnvironmentSettings$Property")).isTrue();
            for (String name : List.of(ReadinessAutoConfiguration.class.getName(),
                    ReadinessGateRunner.class.getName(), AddedSources.class.getName(),
                    BootDataSource.class.getName(), "dev.readiness.spring.jpa.TenantFactsAutoConfiguration$Scan",
                    "dev.readiness.PhaseRunner", "dev.readiness.gates.secrets.SecretsGate")) {
                assertThat(isolated.loaded(name)).as(name).isFalse();
            }
        }
    }

    @Test
    void aStartTheEnvironmentSaysIsOnShouldLoadTheContextsClassesToo() throws Exception {
        try (Recording isolated = new Recording(classPath())) {
            Class<?> type = isolated.loadClass(BootClasses.class.getName());
            var constructor = type.getDeclaredConstructor(ClassLoader.class, BooleanSupplier.class);
            constructor.setAccessible(true);
            BooleanSupplier on = () -> true;

            ((Supplier<?>) constructor.newInstance(isolated, on)).get();

            for (String name : List.of(ReadinessAutoConfiguration.class.getName(),
                    ReadinessGateRunner.class.getName(), AddedSources.class.getName(),
                    "dev.readiness.spring.jpa.TenantFactsAutoConfiguration$Scan", "dev.readiness.PhaseRunner",
                    "dev.readiness.gates.secrets.SecretsGate")) {
                assertThat(isolated.loaded(name)).as(name).isTrue();
            }
        }
    }

    @Test
    void theReadersOfEnvironmentVariablesShouldBeLinkedOnlyWhereTheMainThreadWillLoadThem() {
        assertThat(BootClasses.variableReaders(List.of())).isEmpty();
        assertThat(BootClasses.variableReaders(List.of("PATH", "HOME", "JWT_SECRET")))
                .containsExactly("dev.readiness.spring.ShellVariables");
        assertThat(BootClasses.variableReaders(List.of("PATH", "REDIS_SERVICE_HOST")))
                .containsExactly("dev.readiness.spring.ShellVariables", "dev.readiness.spring.ServiceLinks");
        assertThat(BootClasses.variableReaders(List.of("KUBERNETES_PORT")))
                .containsExactly("dev.readiness.spring.ShellVariables", "dev.readiness.spring.ServiceLinks");
        for (String name : BootClasses.variableReaders(List.of("REDIS_SERVICE_HOST"))) {
            assertThat(name).satisfies(binary -> Class.forName(binary, false, getClass().getClassLoader()));
        }
    }

    private static String[] concat(String[] first, String[] second) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(second));
        return all.toArray(new String[0]);
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(new URL[0]);
    }

    /** A class loader of its own, so what a preload loads is seen apart from the tests' own classes. */
    private static final class Recording extends URLClassLoader {

        Recording(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        boolean loaded(String name) {
            return findLoadedClass(name) != null;
        }
    }
}
