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
 * {@link BootClasses}: the classes a GO start's main thread needs are loaded and linked on the preloading thread,
 * and none of them is initialized there.
 */
class TwentyNinthPassBootClassesTests {

    @Test
    void everyClassNamedShouldBeOnTheClassPath() throws ClassNotFoundException {
        for (String name : BootClasses.BY_NAME) {
            assertThat(Class.forName(name, false, getClass().getClassLoader()).getName()).isEqualTo(name);
        }
    }

    @Test
    void getShouldLinkEveryClassOfTheList() {
        int listed = BootClasses.mainThreadClasses().length + BootClasses.BY_NAME.length;

        assertThat(new BootClasses(getClass().getClassLoader()).get()).isEqualTo(listed);
    }

    @Test
    void getShouldInitializeNoClassItLoads() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Constructor<?> constructor = isolated.loadClass(BootClasses.class.getName())
                    .getDeclaredConstructor(ClassLoader.class);
            constructor.setAccessible(true);
            int linked = (Integer) ((Supplier<?>) constructor.newInstance(isolated)).get();
            sun.misc.Unsafe unsafe = unsafe();

            assertThat(linked).isEqualTo(BootClasses.mainThreadClasses().length + BootClasses.BY_NAME.length);
            for (String name : List.of(ReadinessGateRunner.class.getName(), StageResolution.class.getName(),
                    ReadinessOptions.class.getName(), BootDataSource.class.getName(),
                    "dev.readiness.settings.SourceSpellings")) {
                @SuppressWarnings({"deprecation", "removal"})
                boolean uninitialized = unsafe.shouldBeInitialized(Class.forName(name, false, isolated));
                assertThat(uninitialized).as(name).isTrue();
            }
        }
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
