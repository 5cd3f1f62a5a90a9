package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Origin;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 29's newcomer wrote the Compose file of the AfriGest API as the remediation of
 * {@code secrets.likely-published} asks (references, {@code ${JWT_ACCESS_SECRET:?set JWT_ACCESS_SECRET}}, the values
 * in an uncommitted {@code .env}) and got each secret reported as "a literal secret in a Compose file": the value's
 * origin {@code compose.yaml:10 via JWT_ACCESS_SECRET from .env:2} was read as the Compose file's own literal.
 */
class TwentyNinthPassNewcomerComposeTests {

    private static final String JWT = "kq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7Dg5Fu";
    private static final String DB = "Zt7pQw2Lx9Vr4Nc8Mb1Ks6Hd3Jf5Gy0Ue";

    @Test
    void aSecretInterpolatedFromDotEnvIsNoLiteralOfTheComposeFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: acme/api:1
                    environment:
                      JWT_ACCESS_SECRET: ${JWT_ACCESS_SECRET:?set JWT_ACCESS_SECRET}
                      DB_PASSWORD: ${POSTGRES_PASSWORD}
                """);
        Files.writeString(dir.resolve(".env"), "POSTGRES_PASSWORD=" + DB + "\nJWT_ACCESS_SECRET=" + JWT + "\n");
        Settings settings = ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build()
                .settings();

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasNoFinding("secrets.likely-published")
                .isGo();
    }

    @Test
    void aLiteralAndADefaultWrittenInTheComposeFileStayItsOwn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: acme/api:1
                    environment:
                      JWT_ACCESS_SECRET: %s
                      DB_PASSWORD: ${POSTGRES_PASSWORD:-%s}
                """.formatted(JWT, DB));
        Settings settings = ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build()
                .settings();

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasFinding("secrets.likely-published", "JWT_ACCESS_SECRET")
                .hasFinding("secrets.published-default", "DB_PASSWORD");
    }

    @Test
    void theRouteOfAnInterpolationIsReadAsElsewhere() {
        assertThat(ShippedFiles.interpolatedFromElsewhere(Origin.of("compose.yaml:10 via JWT_SECRET from .env:2")))
                .isTrue();
        assertThat(ShippedFiles.interpolatedFromElsewhere(Origin.file("compose.yaml", 10))).isFalse();
        assertThat(ShippedFiles.interpolatedFromElsewhere(
                Origin.of("application.yml:3:10 via the default of ${JWT_SECRET}"))).isFalse();
    }
}
