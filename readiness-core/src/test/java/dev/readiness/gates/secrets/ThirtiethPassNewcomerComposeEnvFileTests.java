package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Stage;
import dev.readiness.settings.ApplicationConfig;
import dev.readiness.settings.Setting;
import dev.readiness.settings.Settings;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Left by session 29's newcomer and met again by session 30's: a service's {@code env_file: compose.env} was read as
 * a Compose file because its name has the word {@code compose}, so every secret the deployment keeps there was a
 * WARN {@code secrets.likely-published} "literal secret in a Compose file". The Compose reader now routes an
 * env_file's values ({@code compose.env:1 via env_file of service api}), and that file is judged as the deployment's
 * environment it is. A literal in the Compose file itself, and a dotenv file named for Compose that is given on its
 * own (how the labelled sets hold Compose environments), keep their finding.
 */
class ThirtiethPassNewcomerComposeEnvFileTests {

    private static final String STRIPE = "sk_live_51Nq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7D";
    private static final String JWT = "kq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7Dg5Fu";

    @Test
    void aSecretOfAnEnvFileNamedComposeEnvIsNoLiteralOfTheComposeFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: acme/api:1
                    env_file: compose.env
                """);
        Files.writeString(dir.resolve("compose.env"), "STRIPE_SECRET_KEY=" + STRIPE + "\nJWT_SECRET=" + JWT + "\n");
        Settings settings = ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build()
                .settings();

        Setting stripe = settings.get("STRIPE_SECRET_KEY").orElseThrow();
        assertThat(stripe.origin().description()).endsWith("compose.env:1 via env_file of service api");
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasNoFinding("secrets.likely-published")
                .isGo();
    }

    @Test
    void aLiteralOfTheComposeFileBesideItKeepsItsFinding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    image: acme/api:1
                    env_file: compose.env
                    environment:
                      JWT_SECRET: %s
                """.formatted(JWT));
        Files.writeString(dir.resolve("compose.env"), "STRIPE_SECRET_KEY=" + STRIPE + "\n");
        Settings settings = ApplicationConfig.builder().composeFile(dir.resolve("compose.yaml"), "api").build()
                .settings();

        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasFinding("secrets.likely-published", "JWT_SECRET")
                .hasNoFinding("secrets.likely-published", "STRIPE_SECRET_KEY");
    }

    @Test
    void aDotenvFileNamedForComposeGivenOnItsOwnStaysAComposeEnvironment(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docker-compose.env");
        Files.writeString(file, "JWT_SECRET=" + JWT + "\n");

        GateCheck.forStage(Stage.PRODUCTION).settings(Settings.builder().dotenvFile(file).build())
                .gates(new SecretsGate()).run()
                .hasFinding("secrets.likely-published", "JWT_SECRET");
    }
}
