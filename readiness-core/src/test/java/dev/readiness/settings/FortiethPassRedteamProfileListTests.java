package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fortieth pass, hostile tester: profiles named as Spring Boot's {@code spring.profiles.active} names them. The CLI's
 * {@code --profile prod,cloud}, the Maven goal's {@code <profiles>} and the test kit's
 * {@code GateCheck.app(dir, "prod,cloud")} took the list for one profile named {@code prod,cloud}, so
 * {@code application-prod.properties} was never read and a production profile holding {@code changeme} passed.
 */
class FortiethPassRedteamProfileListTests {

    private static Path app(Path dir) throws IOException {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "server.port=8080\n");
        Files.writeString(resources.resolve("application-prod.properties"), "jwt.secret=changeme\n");
        return dir;
    }

    @Test
    void aCommaListOfProfilesActivatesEachOfThem(@TempDir Path dir) throws IOException {
        app(dir);

        assertThat(ApplicationConfig.builder().application(dir).profiles("prod,cloud").build().activeProfiles())
                .containsExactly("prod", "cloud");
        assertThat(ApplicationConfig.builder().application(dir).profiles("cloud, prod", "eu").build()
                .activeProfiles()).containsExactly("cloud", "prod", "eu");
        GateCheck.app(dir, "prod,cloud").hasFinding("secrets.placeholder", "jwt.secret").isNoGo();
        GateCheck.app(dir, "cloud , prod").hasFinding("secrets.placeholder", "jwt.secret");
    }

    @Test
    void aListOfNothingIsStillRefused() {
        assertThatThrownBy(() -> ApplicationConfig.builder().profiles(" , "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
    }
}
