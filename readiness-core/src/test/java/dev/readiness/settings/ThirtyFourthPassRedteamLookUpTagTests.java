package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.GateContext;
import dev.readiness.Severity;
import dev.readiness.Stage;
import dev.readiness.gates.secrets.SecretsGate;
import dev.readiness.gates.settings.RequiredSettingsGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile testing, thirty-fourth pass: Home Assistant's and ESPHome's {@code !secret name}, {@code !env_var NAME} and
 * {@code !include file} are look-ups only where those loaders read the file. A process environment (a dotenv file,
 * a Kubernetes container's {@code env}, a Compose service's {@code environment}) and a Spring application file hand
 * the text to the service as it is written, so {@code DB_PASSWORD=!secret G7K3M9P2H4K8} is a password of twenty
 * characters, not a look-up: it was deferred (GO in production) and the {@code settings.deferred} message printed the
 * "entry's name", the secret, whole.
 */
class ThirtyFourthPassRedteamLookUpTagTests {

    private static final String CANARY = "G7K3M9P2H4K8";

    @TempDir
    Path dir;

    private static List<String> report(ApplicationConfig.Builder builder) {
        Settings settings = builder.build().settings();
        GateContext context = GateContext.of(Stage.PRODUCTION, settings);
        return Stream.of(new SecretsGate().check(context), new RequiredSettingsGate().check(context))
                .flatMap(result -> result.findings().stream())
                .map(f -> f.severity() + " " + f.code() + " " + f.subject() + " " + f.message() + " "
                        + f.remediation())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"!secret ", "!env_var ", "!include ", "!secret.yaml "})
    void aTagInADotenvFileShouldBeTheLiteralPasswordItIs(String tag) throws IOException {
        Path env = Files.writeString(dir.resolve("prod.env"), "DB_PASSWORD=" + tag + CANARY + "\n");
        List<String> report = report(ApplicationConfig.builder().envFile(env));
        assertThat(report).noneMatch(line -> line.contains(CANARY.substring(0, 4)) || line.contains(CANARY.substring(8)));
        assertThat(report).noneMatch(line -> line.startsWith("INFO settings.deferred"));
    }

    @Test
    void aTagInAKubernetesContainersEnvShouldBeTheLiteralPasswordItIs() {
        String manifest = """
                apiVersion: v1
                kind: Pod
                metadata: {name: app}
                spec:
                  containers:
                  - name: app
                    image: app
                    env:
                    - name: DB_PASSWORD
                      value: "!secret G7K3M9P2H4K8"
                """;
        List<String> report = report(ApplicationConfig.builder().kubernetes("deploy.yaml", manifest, null));
        assertThat(report).noneMatch(line -> line.contains("G7K3") || line.contains("P2H4"));
        assertThat(report).noneMatch(line -> line.startsWith("INFO settings.deferred"));
    }

    @Test
    void aTagInTheProcessEnvironmentShouldBeTheLiteralPasswordItIs() {
        List<String> report = report(ApplicationConfig.builder()
                .environment(Map.of("DB_PASSWORD", "!env_var " + CANARY)));
        assertThat(report).noneMatch(line -> line.contains("G7K3") || line.contains("P2H4"));
        assertThat(report).noneMatch(line -> line.startsWith("INFO settings.deferred"));
    }

    @Test
    void aQuotedTagInASpringApplicationFileShouldBeTheLiteralPasswordItIs() {
        List<String> report = report(ApplicationConfig.builder().configText("application.yml",
                "spring:\n  datasource:\n    password: '!secret " + CANARY + "'\n"));
        assertThat(report).noneMatch(line -> line.contains("G7K3") || line.contains("P2H4"));
        // judged as the literal it is (a literal secret in the base file), not deferred
        assertThat(report).anyMatch(line -> line.startsWith("WARN secrets.shared-default spring.datasource.password"));
        assertThat(report).noneMatch(line -> line.startsWith("INFO settings.deferred"));
    }

    @Test
    void homeAssistantsAndZigbee2MqttsOwnFilesShouldKeepTheirLookUps() {
        String yaml = "mqtt:\n  password: !secret mqtt_password\nwifi:\n  password: '!secret wifi_password'\n";
        List<String> report = report(ApplicationConfig.builder().configText("configuration.yaml", yaml));
        assertThat(report).noneMatch(line -> line.startsWith(Severity.NO_GO.name()));
        assertThat(report).anyMatch(line -> line.startsWith("INFO settings.deferred mqtt.password"));
        String flattened = "mqtt.password=!secret mqtt_password\n";
        assertThat(report(ApplicationConfig.builder().configText("configuration.properties", flattened)))
                .noneMatch(line -> line.startsWith(Severity.NO_GO.name()));
    }
}
