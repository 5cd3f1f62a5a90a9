package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link BootClasses}: the classes a GO start's main thread and the early phase's runner need are loaded and linked on
 * the preloading thread, core's built-in gates too, and none of them is initialized there.
 */
class TwentyNinthPassBootClassesTests {

    @Test
    void everyClassNamedShouldBeOnTheClassPath() throws ClassNotFoundException {
        List<String> names = new ArrayList<>(List.of(BootClasses.BY_NAME));
        names.addAll(List.of(BootClasses.RUNNER_BY_NAME));
        for (String name : names) {
            assertThat(Class.forName(name, false, getClass().getClassLoader()).getName()).isEqualTo(name);
        }
    }

    @Test
    void getShouldLinkEveryClassOfTheListsAndEveryBuiltInGate() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(new BootClasses(loader).get()).isEqualTo(listed(loader));
    }

    @Test
    void getShouldInitializeNoClassItLoads() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Constructor<?> constructor = isolated.loadClass(BootClasses.class.getName())
                    .getDeclaredConstructor(ClassLoader.class);
            constructor.setAccessible(true);
            int linked = (Integer) ((Supplier<?>) constructor.newInstance(isolated)).get();
            sun.misc.Unsafe unsafe = unsafe();

            assertThat(linked).isEqualTo(listed(isolated));
            for (String name : List.of(ReadinessGateRunner.class.getName(), StageResolution.class.getName(),
                    ReadinessOptions.class.getName(), BootDataSource.class.getName(),
                    "dev.readiness.settings.SourceSpellings", "dev.readiness.PhaseRunner",
                    "dev.readiness.gates.database.DatabaseGate", "dev.readiness.gates.sandbox.SandboxGate",
                    "dev.readiness.gates.secrets.SecretsGate")) {
                @SuppressWarnings({"deprecation", "removal"})
                boolean uninitialized = unsafe.shouldBeInitialized(Class.forName(name, false, isolated));
                assertThat(uninitialized).as(name).isTrue();
            }
        }
    }

    /** The classes of the lists and core's built-in gates, as a class loader sees them. */
    private static int listed(ClassLoader loader) {
        return BootClasses.mainThreadClasses().length + BootClasses.BY_NAME.length
                + BootClasses.variableReaders(System.getenv().keySet()).length
                + (loader.getResource(BootClasses.JDBC_AUTO_CONFIGURATION) != null ? 1 : 0)
                + BootClasses.RUNNER_BY_NAME.length + BootClasses.BUILT_IN_GATES.length;
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(new URL[0]);
    }

    private static sun.misc.Unsafe unsafe() throws Exception {
        Field field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        return (sun.misc.Unsafe) field.get(null);
    }
}
