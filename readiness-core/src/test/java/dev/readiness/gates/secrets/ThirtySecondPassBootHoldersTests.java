package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.gates.internal.WordSets;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The key tests a boot runs for every key leave the value rules' tables unbuilt: {@link ShapeDescriptions}' key test
 * does not initialize {@code StandInWords}, and the secrets helpers' regular expressions are compiled only for a value
 * that needs them; the vocabularies' bounds found by loops are those the streams found.
 */
class ThirtySecondPassBootHoldersTests {

    @Test
    void aKeyTestOfShapeDescriptionsShouldNotInitializeTheStandInWords() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class<?> shapes = Class.forName(ShapeDescriptions.class.getName(), true, isolated);
            Method namesCredential = shapes.getDeclaredMethod("namesCredential", String.class);
            namesCredential.setAccessible(true);

            assertThat(namesCredential.invoke(null, "AIRBRAKE_PROJECT_KEY")).isEqualTo(true);
            assertThat(namesCredential.invoke(null, "server.port")).isEqualTo(false);
            assertThat(initialized(isolated, "dev.readiness.gates.internal.StandInWords")).isFalse();
        }
    }

    @Test
    void theKeyTestsOfTheSecretsHelpersShouldCompileNoRegularExpression() throws Exception {
        try (URLClassLoader isolated = new URLClassLoader(classPath(), ClassLoader.getPlatformClassLoader())) {
            Class.forName(SecretHashKeys.class.getName(), true, isolated);
            Class.forName(ImportCredentials.class.getName(), true, isolated);
            Class.forName(SecretObjectReferences.class.getName(), true, isolated);

            assertThat(initialized(isolated, SecretHashKeys.class.getName() + "$Digest")).isFalse();
            assertThat(initialized(isolated, ImportCredentials.class.getName() + "$Parameter")).isFalse();
            assertThat(initialized(isolated, SecretObjectReferences.class.getName() + "$Parts")).isFalse();
        }
    }

    @Test
    void aDescriptionOfAShapeShouldStillBeReadAsOne() {
        assertThat(ShapeDescriptions.describesCredential("API_TOKEN", "random-string-of-32-hex-characters")).isTrue();
        assertThat(ShapeDescriptions.describesCredential("API_TOKEN", "9f86d081884c7d659a2feaa0c55ad015")).isFalse();
    }

    @Test
    void theBoundsOfAVocabularyShouldBeItsShortestAndLongestWords() {
        assertThat(WordSets.shortest(Set.of("mock", "mocked", "fake", "stub", "dummy"))).isEqualTo(4);
        assertThat(WordSets.longest(Set.of("mock", "mocked", "fake", "stub", "dummy"))).isEqualTo(6);
        assertThat(WordSets.shortest(Set.of())).isZero();
        assertThat(WordSets.longest(Set.of())).isZero();
    }

    /**
     * Whether a class of the loader has been initialized; loads it first (loading initializes nothing). Asks
     * {@code sun.misc.Unsafe} reflectively, as this module does not read {@code jdk.unsupported}.
     */
    private static boolean initialized(ClassLoader loader, String name) throws Exception {
        Class<?> type = Class.forName(name, false, loader);
        Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
        Field field = unsafeType.getDeclaredField("theUnsafe");
        field.setAccessible(true);
        Method shouldBeInitialized = unsafeType.getMethod("shouldBeInitialized", Class.class);
        return !(Boolean) shouldBeInitialized.invoke(field.get(null), type);
    }

    private static URL[] classPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        return urls.toArray(new URL[0]);
    }
}
