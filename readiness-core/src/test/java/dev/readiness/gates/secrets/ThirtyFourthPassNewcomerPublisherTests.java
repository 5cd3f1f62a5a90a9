package dev.readiness.gates.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.Finding;
import dev.readiness.Stage;
import dev.readiness.testkit.GateCheck;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Thirty-fourth pass, newcomer: the production overlay's {@code SPRING_DATA_REDIS_PASSWORD=foobared} was rightly
 * {@code secrets.published-default}, but the message said only "catalog entry published-defaults.tsv:117 names its
 * public source", a file inside readiness-core's jar (the thirty-third newcomer left the same for MinIO's
 * {@code minioadmin}). The message now names who publishes the value, as the entry's source names it, unless that
 * name shares four characters with the value.
 */
class ThirtyFourthPassNewcomerPublisherTests {

    private static Finding finding(String key, String value) {
        return GateCheck.run(Stage.PRODUCTION, Map.of(key, value), new SecretsGate())
                .isNoGo()
                .hasFinding("secrets.published-default", key)
                .report().gate("secrets").orElseThrow().findings().stream()
                .filter(finding -> finding.code().equals("secrets.published-default"))
                .findFirst().orElseThrow();
    }

    @Test
    void redisRequirepassExampleNamesRedis() {
        assertThat(finding("SPRING_DATA_REDIS_PASSWORD", "foobared").message())
                .contains("published by Redis, catalog entry published-defaults.tsv:")
                .doesNotContain("foob").doesNotContain("ared");
    }

    @Test
    void aPublisherNameThatSpellsPartOfTheValueIsLeftOut() {
        assertThat(SecretStrength.publisher("MinIO: default MINIO_ROOT_USER and MINIO_ROOT_PASSWORD (https://min.io)",
                "minioadmin")).isEmpty();
        assertThat(SecretStrength.publisher("PostgreSQL images and tutorials: postgres/postgres (https://hub)",
                "postgres")).isEmpty();
        assertThat(finding("MINIO_ROOT_PASSWORD", "minioadmin").message()).doesNotContain("published by")
                .contains("names its public source");
    }

    @Test
    void aSourceWithoutANameBeforeAColonNamesNobody() {
        assertThat(SecretStrength.publisher("https://example.org/docs", "s3cr3t-value")).isEmpty();
        assertThat(SecretStrength.publisher("a tutorial (https://example.org/a:b)", "s3cr3t-value")).isEmpty();
        assertThat(SecretStrength.publisher("Redis: requirepass example in the shipped redis.conf", "foobared"))
                .isEqualTo("Redis");
    }
}
