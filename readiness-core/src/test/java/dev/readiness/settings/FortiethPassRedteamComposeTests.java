package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.testkit.GateCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fortieth pass, hostile tester: a value split across two lines of a dotenv file that Compose reads. Compose
 * interpolates the project's {@code .env} and a service's {@code env_file:} with the shell's environment first, then
 * with what earlier lines of the file, and earlier env_files, set. The reader looked in the shell and {@code .env}
 * only, so {@code BASE=changeme} then {@code JWT_SECRET=${BASE}} in an env_file was a deferred {@code JWT_SECRET}
 * "from BASE of the shell that runs Compose", and {@code PASS=${BASE}} in {@code .env} read through
 * {@code JWT_SECRET: ${PASS}} was the text {@code ${BASE}}, deferred: GO in production where Compose injects
 * {@code changeme}.
 *
 * <p>And a variable matched by relaxed names: Compose's names are case-sensitive, as the shell's, but the reader
 * looked them up as Spring does, so {@code POSTGRES_PASSWORD: ${db_password:-postgres}} took the strong
 * {@code DB_PASSWORD} of {@code .env}, where Compose injects the published default {@code postgres}.
 */
class FortiethPassRedteamComposeTests {

    private static final String STRONG = "kq3VtN8x2LpZr7Yc1MwE5bHs9JdGf4UaQo6XiTy0RnKm2vPlSe8Bh3WzCj7Dg5Fu";

    private static Settings service(Path dir, String compose, Map<String, String> shell) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), compose);
        return ApplicationConfig.builder().environment(shell).composeFile(dir.resolve("compose.yaml"), "api")
                .build().settings();
    }

    private static Settings withEnvFiles(Path dir, String... files) throws IOException {
        StringBuilder compose = new StringBuilder("services:\n  api:\n    image: acme/api:1\n    env_file:\n");
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve("app" + i + ".env"), files[i]);
            compose.append("      - app").append(i).append(".env\n");
        }
        return service(dir, compose.toString(), Map.of());
    }

    @Test
    void anEnvFileValueReadingAnEarlierLineIsThatLinesValue(@TempDir Path dir) throws IOException {
        Settings settings = withEnvFiles(dir, "BASE=changeme\nJWT_SECRET=${BASE}\n");

        Setting secret = settings.get("JWT_SECRET").orElseThrow();
        assertThat(secret.isDeferred()).isFalse();
        assertThat(secret.value()).isEqualTo("changeme");
        assertThat(secret.origin().description()).isEqualTo(dir.resolve("app0.env") + ":2 via env_file of service api"
                + " via BASE from " + dir.resolve("app0.env") + ":1 via env_file of service api");
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasFinding("secrets.placeholder", "JWT_SECRET")
                .isNoGo();
    }

    @Test
    void anEnvFileValueReadingAnEarlierEnvFileIsThatFilesValue(@TempDir Path dir) throws IOException {
        Settings settings = withEnvFiles(dir, "BASE=changeme\n", "JWT_SECRET=${BASE:-" + STRONG + "}\n");

        assertThat(settings.value("JWT_SECRET")).contains("changeme");
    }

    @Test
    void aDotEnvValueReadingAnEarlierLineIsThatLinesValue(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "BASE=changeme\nPASS=\"${BASE}\"\n");
        Settings settings = service(dir, """
                services:
                  api:
                    image: acme/api:1
                    environment:
                      JWT_SECRET: ${PASS}
                      PASS:
                """, Map.of());

        assertThat(settings.get("JWT_SECRET").orElseThrow().isDeferred()).isFalse();
        assertThat(settings.value("JWT_SECRET")).contains("changeme");
        assertThat(settings.value("PASS")).contains("changeme");
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasFinding("secrets.placeholder", "JWT_SECRET");
    }

    @Test
    void theShellStillWinsOverTheFileAndALaterLineIsNotRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("app.env"), "BASE=changeme\nJWT_SECRET=${BASE}\nEARLY=${LATE}\nLATE=x\n");
        Settings settings = service(dir, "services:\n  api:\n    image: acme/api:1\n    env_file: app.env\n",
                Map.of("BASE", STRONG));

        assertThat(settings.value("JWT_SECRET")).contains(STRONG);
        assertThat(settings.value("BASE")).contains("changeme");
        assertThat(settings.get("EARLY").orElseThrow().isDeferred()).isTrue();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasNoFinding("secrets.placeholder", "JWT_SECRET");
    }

    @Test
    void aSingleQuotedReferenceToAnEarlierLineStaysText(@TempDir Path dir) throws IOException {
        Settings settings = withEnvFiles(dir, "BASE=changeme\nJWT_SECRET='${BASE}'\n");

        assertThat(settings.value("JWT_SECRET")).contains("${BASE}");
        assertThat(settings.get("JWT_SECRET").orElseThrow().isLiteral()).isTrue();
    }

    @Test
    void aStrongValueReadThroughAnEarlierLineStaysClean(@TempDir Path dir) throws IOException {
        Settings settings = withEnvFiles(dir, "BASE=" + STRONG + "\nJWT_SECRET=${BASE}\n");

        assertThat(settings.value("JWT_SECRET")).contains(STRONG);
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasNoFinding("secrets.placeholder", "JWT_SECRET")
                .hasNoFinding("secrets.too-weak", "JWT_SECRET");
    }

    @Test
    void aVariableIsFoundByItsExactNameAsComposeDoes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".env"), "DB_PASSWORD=" + STRONG + "\n");
        Settings settings = service(dir, """
                services:
                  api:
                    image: acme/api:1
                    environment:
                      POSTGRES_PASSWORD: ${db_password:-postgres}
                      REDIS_PASSWORD: ${Db_Password}
                """, Map.of());

        assertThat(settings.value("POSTGRES_PASSWORD")).contains("postgres");
        assertThat(settings.get("REDIS_PASSWORD").orElseThrow().isDeferred()).isTrue();
        GateCheck.forStage(Stage.PRODUCTION).settings(settings).gates(new SecretsGate()).run()
                .hasFinding("secrets.published-default", "POSTGRES_PASSWORD");
    }

    @Test
    void aPassedThroughVariableIsFoundByItsExactName(@TempDir Path dir) throws IOException {
        Settings settings = service(dir, """
                services:
                  api:
                    image: acme/api:1
                    environment:
                      - jwt_secret
                """, Map.of("JWT_SECRET", STRONG));

        assertThat(settings.list()).filteredOn(setting -> setting.key().equals("jwt_secret"))
                .singleElement().satisfies(setting -> assertThat(setting.isDeferred()).isTrue());
    }

    @Test
    void linesThatEachRepeatTheOneBeforeAreAnErrorNotAnExhaustedMemory(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder("A0=abcdefghij\n");
        for (int i = 1; i < 40; i++) {
            lines.append('A').append(i).append("=${A").append(i - 1).append("}${A").append(i - 1).append("}\n");
        }

        assertThatThrownBy(() -> withEnvFiles(dir, lines.toString()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("app0.env:")
                .hasMessageContaining("more than 16 MB");
    }

    @Test
    void linesThatEachRepeatTheOneBeforeAndAddToItAreAnErrorToo(@TempDir Path dir) throws IOException {
        StringBuilder lines = new StringBuilder("A0=abcdefghij\n");
        for (int i = 1; i < 8000; i++) {
            lines.append('A').append(i).append("=${A").append(i - 1).append("}x\n");
        }

        assertThatThrownBy(() -> withEnvFiles(dir, lines.toString()))
                .isInstanceOf(SettingsFileException.class)
                .hasMessageContaining("app0.env:")
                .hasMessageContaining("expand to more than 16 MB of text by this line");
    }
}
