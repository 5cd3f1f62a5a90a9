package dev.readiness.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

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
}
