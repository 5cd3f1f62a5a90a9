package dev.readiness.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Hostile testing, thirty-fourth pass: SnakeYAML reads one long plain scalar in time that grows with the square of its
 * length, so a Kubernetes Secret with an 8 MB value on one line (under the 16 MB file limit) kept the check busy for
 * minutes before it answered. A YAML line over 1 MiB is now refused at once, naming the file and the line and quoting
 * nothing of it; a line just under the limit is read.
 */
class ThirtyFourthPassRedteamYamlLineTests {

    private static String secretManifest(int valueLength) {
        String value = Base64.getEncoder().encodeToString("G7K3M9P2".repeat(valueLength / 8 + 1)
                .substring(0, valueLength).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return """
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data:
                  DB_PASSWORD: %s
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                  - name: app
                    image: app
                    envFrom:
                    - secretRef: {name: s}
                """.formatted(value);
    }

    @Test
    void aSecretWithAValueOfManyMegabytesOnOneLineShouldBeRefusedAtOnceNamingTheLine() {
        String manifest = secretManifest(8 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(
                () -> ApplicationConfig.builder().kubernetes("deploy.yaml", manifest, null).build())
                .hasMessageContaining("deploy.yaml").hasMessageContaining("5")
                .hasMessageContaining("longer than")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("RzdL").doesNotContain("G7K3")));
    }

    @Test
    void aLineJustUnderTheLimitShouldStillBeRead() {
        String manifest = secretManifest(600_000);
        assertThat(ApplicationConfig.builder().kubernetes("deploy.yaml", manifest, null).build().settings()
                .get("DB_PASSWORD")).isPresent();
    }
}
