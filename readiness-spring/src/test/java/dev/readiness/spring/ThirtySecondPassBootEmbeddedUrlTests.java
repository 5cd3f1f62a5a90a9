package dev.readiness.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded database's URL prefix is read in place (no regular expression compiled in every boot), as the pattern
 * read it: {@code jdbc:h2:}, {@code jdbc:hsqldb:} or {@code jdbc:derby:} at the start, in any case.
 */
class ThirtySecondPassBootEmbeddedUrlTests {

    @Test
    void theEmbeddedEnginesShouldBeReadInAnyCaseAtTheStartOnly() {
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:h2:mem:orders")).isTrue();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("JDBC:H2:file:./data/app")).isTrue();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:hsqldb:mem:test")).isTrue();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:Derby:memory:db;create=true")).isTrue();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:h2")).isFalse();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:postgresql://db:5432/app")).isFalse();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("jdbc:h2tcp://db/app")).isFalse();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase(" jdbc:h2:mem:x")).isFalse();
        assertThat(EnvironmentSettings.namesEmbeddedDatabase("")).isFalse();
    }

    @Test
    void anEmbeddedUrlWithoutCredentialsShouldStillBeJudgedWithSpringBootsDefaults() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "  JDBC:H2:mem:orders")));

        var settings = EnvironmentSettings.from(environment);

        assertThat(settings.value("spring.datasource.username")).contains("sa");
        assertThat(settings.value("spring.datasource.password")).contains("");
    }
}
