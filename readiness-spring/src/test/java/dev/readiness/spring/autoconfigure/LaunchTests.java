package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            jar:nested:/srv/app/orders.jar/!BOOT-INF/classes/!/        | PACKAGED     | orders.jar
            jar:file:/srv/app/orders.jar!/BOOT-INF/classes!/           | PACKAGED     | orders.jar
            file:/workspace/application.jar                            | PACKAGED     | application.jar
            jar:nested:/srv/app/billing.war/!WEB-INF/classes/!/        | PACKAGED     | billing.war
            file:/workspace/BOOT-INF/classes/                          | PACKAGED     | BOOT-INF/classes
            file:/home/dev/orders/target/classes/                      | BUILD_OUTPUT | target/classes
            file:/home/dev/orders/target/test-classes/                 | BUILD_OUTPUT | target/test-classes
            file:/home/dev/orders/build/classes/java/main/             | BUILD_OUTPUT | build/classes/java/main
            file:/home/dev/orders/build/classes/kotlin/main/           | BUILD_OUTPUT | build/classes/kotlin/main
            file:/home/dev/orders/out/production/orders/               | BUILD_OUTPUT | out/production/orders
            file:/home/dev/orders/bin/main/                            | BUILD_OUTPUT | bin/main
            file:/C:/Users/dev/orders/target/classes/                  | BUILD_OUTPUT | target/classes
            file:/app/classes/                                         | UNKNOWN      | ''
            file:/opt/service/                                         | UNKNOWN      | ''
            """)
    void locationShouldBeClassifiedByWhatRunsThere(String location, Launch.Kind kind, String name) {
        Launch launch = Launch.of(location);

        assertThat(launch.kind()).isEqualTo(kind);
        assertThat(launch.name()).isEqualTo(name);
    }

    @Test
    void aClassOfThisBuildShouldRunFromBuildOutput() {
        assertThat(Launch.of(LaunchTests.class)).isEqualTo(new Launch(Launch.Kind.BUILD_OUTPUT, "target/test-classes"));
    }

    @Test
    void aClassFromADependencyJarShouldRunFromAPackagedJar() {
        assertThat(Launch.of(Test.class).kind()).isEqualTo(Launch.Kind.PACKAGED);
        assertThat(Launch.of(Test.class).describe()).startsWith("a packaged jar (junit-jupiter-api-");
    }

    @Test
    void noClassShouldBeUnknown() {
        assertThat(Launch.of((Class<?>) null)).isEqualTo(Launch.UNKNOWN);
    }

    /**
     * The classification as it was written with regular expressions, before it became plain string checks to keep
     * pattern compiling off the boot's main thread: every location must be classified as they classify it.
     */
    @Property(tries = 3_000)
    void locationShouldBeClassifiedAsTheRegularExpressionsDid(@ForAll("locations") String location) {
        assertThat(Launch.of(location)).isEqualTo(byRegularExpressions(location));
    }

    @Provide
    Arbitrary<String> locations() {
        Arbitrary<String> segment = Arbitraries.of("target", "classes", "test-classes", "build", "resources", "java",
                "kotlin", "main", "test", "out", "production", "bin", "BOOT-INF", "WEB-INF", "orders.jar", "APP.WAR",
                "billing.war", ".jar", "x.jarx", "jar:nested:", "file:", "C:", "srv", "app", "", "a!b.jar", "Main.Jar");
        Arbitrary<String> delimiter = Arbitraries.of("/", "/", "/", "!", "\\", "/!");
        return Combinators.combine(segment.list().ofMaxSize(7), delimiter.list().ofMaxSize(7), Arbitraries.of("", "/"))
                .as((segments, delimiters, end) -> {
                    StringBuilder location = new StringBuilder();
                    for (int i = 0; i < segments.size(); i++) {
                        location.append(i < delimiters.size() ? delimiters.get(i) : "/").append(segments.get(i));
                    }
                    return location.append(end).toString();
                });
    }

    private static Launch byRegularExpressions(String location) {
        Pattern archive = Pattern.compile("([^/!]+\\.(?:jar|war))(?:/|!|$)", Pattern.CASE_INSENSITIVE);
        Pattern buildOutput = Pattern.compile(".*/((?:target/(?:test-)?classes)|(?:build/(?:classes/[^/]+|resources)"
                + "/[^/]+)|(?:out/(?:production|test)/[^/]+)|(?:bin/(?:main|test)))/?");
        Pattern extracted = Pattern.compile(".*/((?:BOOT|WEB)-INF/classes)/?");
        String path = location.replace('\\', '/');
        Matcher matcher = extracted.matcher(path);
        if (matcher.matches()) {
            return new Launch(Launch.Kind.PACKAGED, matcher.group(1));
        }
        matcher = archive.matcher(path);
        if (matcher.find()) {
            return new Launch(Launch.Kind.PACKAGED, matcher.group(1));
        }
        matcher = buildOutput.matcher(path);
        if (matcher.matches()) {
            return new Launch(Launch.Kind.BUILD_OUTPUT, matcher.group(1));
        }
        return Launch.UNKNOWN;
    }
}
